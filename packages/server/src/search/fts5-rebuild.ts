import type Database from 'better-sqlite3';
import { fromRow } from '../store/sqlite/rows.js';
import { CONVERSATION_COLUMNS } from '../store/sqlite/schema.js';
import { documentFor } from './document.js';
import { SearchIndexLoader } from './fts5-load.js';
import { dropSearchIndexSchema } from './fts5-schema.js';

/**
 * Rebuilds the full-text index from the stored conversations, for a database written by an older
 * version (its index holds other text or none). Seeded databases never need it.
 */
export function rebuildSearchIndex(db: Database.Database, nowMs = Date.now()): void {
  const page = db.prepare(`SELECT ${CONVERSATION_COLUMNS.join(', ')} FROM conversations WHERE n > ? ORDER BY n LIMIT 2000`).raw(true);
  db.exec('BEGIN IMMEDIATE');
  try {
    dropSearchIndexSchema(db);
    const loader = new SearchIndexLoader(db);
    // Pages: better-sqlite3 runs no other statement while one is being iterated.
    for (let after = 0; ; ) {
      const rows = page.all(after) as unknown[][];
      if (!rows.length) break;
      for (const row of rows) {
        const rec = fromRow(row);
        loader.add(rec.n, documentFor(rec, nowMs, undefined, loader.counter));
        after = rec.n;
      }
    }
    loader.finish();
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
