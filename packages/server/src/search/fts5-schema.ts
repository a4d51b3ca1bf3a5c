import type Database from 'better-sqlite3';

/** Bump when what the index stores changes: an index of another version is rebuilt on open. */
export const SEARCH_INDEX_VERSION = '2';

/** Columns of the full-text index. `pii` holds customer PII (only callers with pii.view match it). */
export const FTS_COLUMNS = ['transcript', 'agent_notes', 'disposition_notes', 'pii'] as const;
export const PUBLIC_COLUMNS = ['transcript', 'agent_notes', 'disposition_notes'] as const;

/**
 * The full-text index (rowid = conversation number), contentless: documents are regenerated from the
 * script. Text arrives folded (see normalize.ts) as words separated by spaces, so the ascii tokenizer
 * (every non-ASCII character is a word character) splits it exactly as it was folded.
 * The vocabulary (folded words with a letter, 3+ characters) with document counts serves word
 * rarity and partial matches: prefixes by range, infixes through its trigram index.
 */
export function createSearchIndexSchema(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
      ${FTS_COLUMNS.join(', ')}, content='', contentless_delete=1, tokenize='ascii'
    );
    CREATE TABLE IF NOT EXISTS search_vocab (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, docs INTEGER NOT NULL);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab_tri USING fts5(term, content='search_vocab', content_rowid='id', tokenize='trigram');
  `);
}

/** Removes the index (before a rebuild). */
export function dropSearchIndexSchema(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS search_fts; DROP TABLE IF EXISTS search_vocab_tri; DROP TABLE IF EXISTS search_vocab;`);
}
