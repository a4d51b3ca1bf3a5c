import path from 'node:path';

/**
 * Where the server keeps its data when no `--data` is given: `$CK_DATA_DIR`, else
 * `./conversations-kit-data` in the working directory — never inside `node_modules`, so an
 * `npx conversations-kit-server` keeps its seeded database across upgrades.
 */
export function defaultDataDir(): string {
  return path.resolve(process.env.CK_DATA_DIR ?? 'conversations-kit-data');
}

/** The SQLite database inside a data folder. */
export function databaseIn(dataDir: string): string {
  return path.join(dataDir, 'conversations.sqlite');
}
