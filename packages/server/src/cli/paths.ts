import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/server/data/conversations.sqlite */
export const DEFAULT_DB_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/conversations.sqlite');
