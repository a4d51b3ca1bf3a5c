import { common } from './common.js';
import { table } from './table.js';
import { insights } from './insights.js';
import { recording } from './recording.js';
import { diagnostics } from './diagnostics.js';
import { list } from './list.js';

/** The German catalogue, merged from the German area files like the English one. */
export const de = { ...common, ...table, ...insights, ...recording, ...diagnostics, ...list };
