import type Database from 'better-sqlite3';
import { invalid } from '../http/errors.js';
import { decodeCursor, encodeCursor } from '../store/query.js';
import type { ConversationRecord } from '../store/record.js';
import { whereClause } from '../store/sqlite/filters.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SearchDocument } from './document.js';
import { idSearch, findById, looksLikeId } from './id-search.js';
import { parseSearch, quoteTerm, tierExpressions, type ParsedSearch } from './query-text.js';
import type { SearchHitRef, SearchIndex, SearchRequest, SearchResultPage, SearchTier } from './search.js';

/**
 * The candidate set: the newest matches of any query word (filters applied), at most this many.
 * Ranking and the total are computed over it. FTS5's bm25() scores every match of every phrase
 * (a common word on a million conversations takes over a second), so relevance is computed
 * here from which words each candidate contains, with word rarity measured inside the set.
 * A larger result set reports this number as its total.
 */
export const CANDIDATES = 5_000;
const TIER_BONUS: Record<SearchTier, number> = { exact: 200, all_words: 100, some_words: 0, id: 300 };
const TIER_ORDER: Record<SearchTier, number> = { id: 0, exact: 1, all_words: 2, some_words: 3 };

export class Fts5Search implements SearchIndex {
  readonly fullText = true;
  private readonly db: Database.Database;
  private readonly del: Database.Statement;
  private readonly ins: Database.Statement;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly store: SqliteStore) {
    this.db = store.db;
    this.del = this.db.prepare('DELETE FROM conv_fts WHERE rowid = ?');
    this.ins = this.db.prepare('INSERT INTO conv_fts (rowid, transcript, agent_notes, disposition_notes) VALUES (?, ?, ?, ?)');
  }

  /** Writes synchronously (inside the caller's transaction); a failure throws rather than rejecting. */
  index(rec: ConversationRecord, doc: SearchDocument): Promise<void> {
    this.del.run(rec.n);
    this.ins.run(rec.n, doc.transcript, doc.agentNotes, doc.dispositionNotes);
    return Promise.resolve();
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql).pluck();
      if (this.statements.size > 300) this.statements.clear();
      this.statements.set(sql, s);
    }
    return s;
  }

  async search(req: SearchRequest): Promise<SearchResultPage> {
    if (looksLikeId(req.q) && (await findById(this.store, req.q)).length) return idSearch(this.store, req);
    const parsed = parseSearch(req.q);
    if (!parsed.terms.length) return { hits: [], total: 0, nextCursor: null, terms: [] };
    const some = tierExpressions(parsed).some;
    const filter = whereClause(req.query);
    const filtered = filter.sql !== '1';
    const from = filtered ? 'conv_fts f JOIN conversations c ON c.n = f.rowid' : 'conv_fts f';
    const where = filtered ? `conv_fts MATCH ? AND ${filter.sql}` : 'conv_fts MATCH ?';
    const matches = (order: 'DESC' | 'ASC', limit: number, after: number | null) =>
      this.stmt(`SELECT f.rowid FROM ${from} WHERE ${where}${after === null ? '' : ` AND f.rowid ${order === 'DESC' ? '<' : '>'} ?`} ORDER BY f.rowid ${order} LIMIT ${limit}`)
        .all(some, ...filter.params, ...(after === null ? [] : [after])) as number[];

    // Conversation numbers grow with start time, so rowid order is start-time order without a sort.
    const candidates = matches('DESC', CANDIDATES, null);
    const total = candidates.length;

    if (req.sort === 'relevance') {
      const offset = this.offsetCursor(req.cursor);
      const ranked = this.rank(candidates, parsed);
      return {
        hits: ranked.slice(offset, offset + req.limit),
        total,
        nextCursor: offset + req.limit < ranked.length ? encodeCursor(['r', offset + req.limit]) : null,
        terms: parsed.terms,
      };
    }

    let after: number | null = null;
    if (req.cursor) {
      const c = decodeCursor(req.cursor);
      if (!Array.isArray(c) || c[0] !== 't' || !Number.isSafeInteger(c[1])) throw invalid('cursor', 'is not a cursor of this search');
      after = c[1];
    }
    const order = req.sort === 'startTime:asc' ? 'ASC' : 'DESC';
    const rows = matches(order, req.limit + 1, after);
    const page = rows.slice(0, req.limit);
    const tiers = new Map(this.rank(page, parsed).map((h) => [h.n, h]));
    const last = page[page.length - 1];
    return {
      hits: page.map((n) => tiers.get(n)!),
      total,
      nextCursor: rows.length > req.limit && last !== undefined ? encodeCursor(['t', last]) : null,
      terms: parsed.terms,
    };
  }

  private offsetCursor(cursor: string | null): number {
    if (!cursor) return 0;
    const c = decodeCursor(cursor);
    if (!Array.isArray(c) || c[0] !== 'r' || !Number.isSafeInteger(c[1]) || c[1] < 0) throw invalid('cursor', 'is not a cursor of this search');
    return c[1];
  }

  /**
   * Tier and score of each conversation (all matched at least one word): the exact phrase, every
   * word, or some words; within a tier, the rarer the matched words the higher the score. Every
   * lookup is bounded to the conversations' rowid span, which FTS5 seeks to directly.
   */
  private rank(ns: number[], parsed: ParsedSearch): SearchHitRef[] {
    if (!ns.length) return [];
    const wanted = new Set(ns);
    let lo = ns[0];
    let hi = ns[0];
    for (const n of ns) {
      if (n < lo) lo = n;
      if (n > hi) hi = n;
    }
    const within = (expression: string) => {
      const found = new Set<number>();
      for (const n of this.stmt('SELECT rowid FROM conv_fts WHERE conv_fts MATCH ? AND rowid BETWEEN ? AND ?').all(expression, lo, hi) as number[]) {
        if (wanted.has(n)) found.add(n);
      }
      return found;
    };
    const words = parsed.terms.map((t) => {
      const has = within(`${quoteTerm(t)}*`);
      return { has, weight: Math.log(1 + ns.length / (1 + has.size)) };
    });
    const exact = parsed.terms.length === 1 && parsed.tokens.length === 1 ? words[0].has : within(tierExpressions(parsed).exact);
    const hits = ns.map((n) => {
      let matched = 0;
      let weight = 0;
      for (const w of words) {
        if (w.has.has(n)) {
          matched++;
          weight += w.weight;
        }
      }
      const tier: SearchTier = exact.has(n) ? 'exact' : matched === words.length ? 'all_words' : 'some_words';
      return { n, tier, score: Math.round((TIER_BONUS[tier] + weight) * 1000) / 1000 };
    });
    // Best tier first, then score, then newest.
    return hits.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || b.score - a.score || b.n - a.n);
  }
}
