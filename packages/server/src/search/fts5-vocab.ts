import type Database from 'better-sqlite3';
import { allowsInfix, allowsPartial } from './normalize.js';

/** Partial matches of one word, most frequent first: a short prefix must not turn into thousands of words. */
export const MAX_EXPANSIONS = 40;
/** Document frequencies counted on the fly (words outside the vocabulary) stop here. */
const COUNT_CAP = 10_000;

/**
 * Word statistics and partial matching over the SQLite index: document counts per word (seeded in
 * bulk, extended as documents are indexed), prefix expansion by key range, infix expansion through
 * the vocabulary's trigram index.
 */
export class Fts5Vocabulary {
  private readonly prefix: Database.Statement;
  private readonly infix: Database.Statement;
  private readonly docs: Database.Statement;
  private readonly countMatches: Database.Statement;
  private readonly insertTerm: Database.Statement;
  private readonly insertTrigram: Database.Statement;
  private readonly cache = new Map<string, number>();

  constructor(private readonly db: Database.Database) {
    this.prefix = db.prepare(`SELECT term FROM search_vocab WHERE term > ? AND term < ? ORDER BY docs DESC LIMIT ${MAX_EXPANSIONS}`).pluck();
    this.infix = db.prepare(
      `SELECT v.term FROM search_vocab_tri t JOIN search_vocab v ON v.id = t.rowid WHERE search_vocab_tri MATCH ? ORDER BY v.docs DESC LIMIT ${MAX_EXPANSIONS}`,
    ).pluck();
    this.docs = db.prepare(`SELECT docs FROM search_vocab WHERE term = ?`).pluck();
    this.countMatches = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT ${COUNT_CAP})`).pluck();
    this.insertTerm = db.prepare(`INSERT OR IGNORE INTO search_vocab (term, docs) VALUES (?, 1)`);
    this.insertTrigram = db.prepare(`INSERT INTO search_vocab_tri (rowid, term) VALUES (?, ?)`);
  }

  /** Longer words that contain `word` (as a prefix from 3 characters, anywhere from 4), without `word` itself. */
  expansions(word: string): string[] {
    if (!allowsPartial(word)) return [];
    const found = new Set<string>(this.prefix.all(word, `${word}\uffff`) as string[]);
    if (allowsInfix(word)) for (const t of this.infix.all(`"${word}"`) as string[]) found.add(t);
    found.delete(word);
    return [...found].slice(0, MAX_EXPANSIONS);
  }

  /** Conversations containing the whole word (counted up to a cap for words outside the vocabulary). */
  docFreq(word: string): number {
    const known = this.docs.get(word) as number | undefined;
    if (known !== undefined) return known;
    let n = this.cache.get(word);
    if (n === undefined) {
      n = this.countMatches.get(`"${word}"`) as number;
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(word, n);
    }
    return n;
  }

  /** Makes words of a newly indexed document known (counts are estimates between reseeds). */
  add(words: Iterable<string>): void {
    for (const w of words) {
      if (!allowsPartial(w)) continue;
      const info = this.insertTerm.run(w);
      if (info.changes) this.insertTrigram.run(info.lastInsertRowid, w);
    }
    this.cache.clear();
  }
}

/** Writes seeded vocabulary counts and builds their trigram index. */
export function writeVocabulary(db: Database.Database, counts: Map<string, number>): void {
  const insert = db.prepare(`INSERT INTO search_vocab (term, docs) VALUES (?, ?)`);
  for (const [term, docs] of counts) insert.run(term, docs);
  db.exec(`INSERT INTO search_vocab_tri (search_vocab_tri) VALUES ('rebuild')`);
}
