import type Database from 'better-sqlite3';
import { countVocabulary, type SearchDocument } from './document.js';
import { FTS_COLUMNS, SEARCH_INDEX_VERSION, createSearchIndexSchema } from './fts5-schema.js';
import { writeVocabulary } from './fts5-vocab.js';

/**
 * Bulk loading of the full-text index (seeding, rebuilds): documents in rowid order inside the
 * caller's transaction, vocabulary counts gathered on the way (or handed over by seed workers),
 * written once at the end.
 */
export class SearchIndexLoader {
  private readonly insert: Database.Statement;
  readonly counts = new Map<string, number>();

  constructor(private readonly db: Database.Database) {
    createSearchIndexSchema(db);
    // Bigger segments during the load: fewer incremental merges.
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 8)`);
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('crisismerge', 64)`);
    this.insert = db.prepare(`INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
  }

  /** Adds a document; without `counted` its vocabulary is counted here. */
  add(n: number, doc: SearchDocument, counted = false): void {
    this.insert.run(n, doc.transcript, doc.agentNotes, doc.dispositionNotes, doc.pii);
    if (!counted) countVocabulary(doc, this.counts);
  }

  /** Merges vocabulary counts computed elsewhere (seed workers). */
  merge(counts: Iterable<[string, number]>): void {
    for (const [w, k] of counts) this.counts.set(w, (this.counts.get(w) ?? 0) + k);
  }

  /** Writes the vocabulary and marks the index as current. Call inside the loading transaction. */
  finish(): void {
    writeVocabulary(this.db, this.counts);
    this.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', ?)`).run(SEARCH_INDEX_VERSION);
  }
}
