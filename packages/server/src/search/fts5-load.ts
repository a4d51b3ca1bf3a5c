import type Database from 'better-sqlite3';
import { VocabularyCounter, type SearchDocument } from './document.js';
import { FTS_COLUMNS, SEARCH_INDEX_VERSION, createSearchIndexSchema } from './fts5-schema.js';
import { writeVocabulary } from './fts5-vocab.js';

/**
 * Bulk loading of the full-text index (seeding, rebuilds): documents in rowid order inside the
 * caller's transaction; vocabulary counts come from `counter` (pass it to documentFor) or from
 * seed workers (`merge`), written once at the end.
 */
export class SearchIndexLoader {
  private readonly insert: Database.Statement;
  readonly counter = new VocabularyCounter();
  private readonly counts = new Map<string, number>();

  constructor(private readonly db: Database.Database) {
    createSearchIndexSchema(db);
    // Bigger segments during the load: fewer incremental merges.
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 8)`);
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('crisismerge', 64)`);
    this.insert = db.prepare(`INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
  }

  add(n: number, doc: SearchDocument): void {
    this.insert.run(n, doc.transcript, doc.agentNotes, doc.dispositionNotes, doc.pii);
  }

  /** Merges vocabulary counts computed elsewhere (seed workers). */
  merge(counts: Iterable<[string, number]>): void {
    for (const [w, k] of counts) this.counts.set(w, (this.counts.get(w) ?? 0) + k);
  }

  /** Writes the vocabulary and marks the index as current. Call inside the loading transaction. */
  finish(): void {
    this.merge(this.counter.counts());
    writeVocabulary(this.db, this.counts);
    this.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', ?)`).run(SEARCH_INDEX_VERSION);
  }
}
