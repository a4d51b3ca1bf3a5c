import type Database from 'better-sqlite3';
import { invalid } from '../http/errors.js';
import { decodeCursor, encodeCursor } from '../store/query.js';
import type { ConversationRecord } from '../store/record.js';
import { whereClause } from '../store/sqlite/filters.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SearchDocument } from './document.js';
import { idSearch, findById, looksLikeId } from './id-search.js';
import { parseSearch, tierExpressions } from './query-text.js';
import type { SearchHitRef, SearchIndex, SearchRequest, SearchResultPage, SearchTier } from './search.js';

/**
 * Ranking looks at the newest CANDIDATES matches of each tier only: bm25 over every match of a
 * common word on a million conversations takes more than a second, and nobody pages that far.
 */
const CANDIDATES = 500;
/**
 * Totals stop counting here: counting every match of a common word on a million conversations
 * takes about a second. A larger result set reports this number.
 */
export const TOTAL_CAP = 10_000;
const TIER_BONUS: Record<SearchTier, number> = { exact: 200, all_words: 100, some_words: 0, id: 300 };

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

  index(rec: ConversationRecord, doc: SearchDocument): void {
    this.del.run(rec.n);
    this.ins.run(rec.n, doc.transcript, doc.agentNotes, doc.dispositionNotes);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.statements.size > 300) this.statements.clear();
      this.statements.set(sql, s);
    }
    return s;
  }

  search(req: SearchRequest): SearchResultPage {
    if (looksLikeId(req.q) && findById(this.store, req.q).length) return idSearch(this.store, req);
    const parsed = parseSearch(req.q);
    if (!parsed.terms.length) return { hits: [], total: 0, nextCursor: null, terms: [] };
    const expr = tierExpressions(parsed);
    const filter = whereClause(req.query);
    const filtered = filter.sql !== '1';
    const from = filtered ? 'conv_fts f JOIN conversations c ON c.n = f.rowid' : 'conv_fts f';
    const where = filtered ? `conv_fts MATCH ? AND ${filter.sql}` : 'conv_fts MATCH ?';

    const total = (this.stmt(`SELECT count(*) AS c FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${TOTAL_CAP})`).get(expr.some, ...filter.params) as { c: number }).c;
    if (req.sort === 'relevance') return this.byRelevance(req, expr, from, where, filter.params, total, parsed.terms);
    return this.byTime(req, expr, from, where, filter.params, total, parsed.terms);
  }

  private byRelevance(
    req: SearchRequest, expr: { exact: string; all: string; some: string }, from: string, where: string, params: unknown[], total: number, terms: string[],
  ): SearchResultPage {
    let offset = 0;
    if (req.cursor) {
      const c = decodeCursor(req.cursor);
      if (!Array.isArray(c) || c[0] !== 'r' || !Number.isSafeInteger(c[1]) || c[1] < 0) throw invalid('cursor', 'is not a cursor of this search');
      offset = c[1];
    }
    const ranked: SearchHitRef[] = [];
    const seen = new Set<number>();
    const sql = `SELECT n, -rank AS score FROM (SELECT f.rowid AS n, bm25(conv_fts, 1.0, 0.8, 0.8) AS rank FROM ${from} WHERE ${where} ORDER BY f.rowid DESC LIMIT ${CANDIDATES}) ORDER BY rank, n DESC`;
    const tiers: [SearchTier, string][] = [['exact', expr.exact], ['all_words', expr.all], ['some_words', expr.some]];
    for (const [tier, e] of tiers) {
      if (tier === 'all_words' && e === expr.some) continue; // a single term: "all" and "some" are the same query
      for (const row of this.stmt(sql).all(e, ...params) as { n: number; score: number }[]) {
        if (seen.has(row.n)) continue;
        seen.add(row.n);
        ranked.push({ n: row.n, tier, score: Math.round((TIER_BONUS[tier] + row.score) * 1000) / 1000 });
      }
      // Lower tiers rank below everything found so far: they are only needed to fill this page.
      if (ranked.length > offset + req.limit) break;
    }
    const page = ranked.slice(offset, offset + req.limit);
    const more = ranked.length > offset + req.limit;
    return { hits: page, total, nextCursor: more ? encodeCursor(['r', offset + req.limit]) : null, terms };
  }

  private byTime(
    req: SearchRequest, expr: { exact: string; all: string; some: string }, from: string, where: string, params: unknown[], total: number, terms: string[],
  ): SearchResultPage {
    const desc = req.sort !== 'startTime:asc';
    let after: number | null = null;
    if (req.cursor) {
      const c = decodeCursor(req.cursor);
      if (!Array.isArray(c) || c[0] !== 't' || !Number.isSafeInteger(c[1])) throw invalid('cursor', 'is not a cursor of this search');
      after = c[1];
    }
    // Conversation numbers grow with start time, so rowid order is start-time order without a sort.
    const keyset = after === null ? '' : desc ? ' AND f.rowid < ?' : ' AND f.rowid > ?';
    const rows = this.stmt(`SELECT f.rowid AS n, -bm25(conv_fts, 1.0, 0.8, 0.8) AS score FROM ${from} WHERE ${where}${keyset} ORDER BY f.rowid ${desc ? 'DESC' : 'ASC'} LIMIT ?`)
      .all(expr.some, ...params, ...(after === null ? [] : [after]), req.limit + 1) as { n: number; score: number }[];
    const page = rows.slice(0, req.limit);
    const tierOf = this.tiersFor(page.map((r) => r.n), expr);
    const hits = page.map((r) => {
      const tier = tierOf.get(r.n) ?? 'some_words';
      return { n: r.n, tier, score: Math.round((TIER_BONUS[tier] + r.score) * 1000) / 1000 };
    });
    const last = page[page.length - 1];
    return { hits, total, nextCursor: rows.length > req.limit && last ? encodeCursor(['t', last.n]) : null, terms };
  }

  /** Which tier each of a few conversations reaches. */
  private tiersFor(ns: number[], expr: { exact: string; all: string }): Map<number, SearchTier> {
    const out = new Map<number, SearchTier>();
    if (!ns.length) return out;
    const inList = ns.map(() => '?').join(',');
    for (const [tier, e] of [['all_words', expr.all], ['exact', expr.exact]] as const) {
      for (const row of this.stmt(`SELECT rowid AS n FROM conv_fts WHERE conv_fts MATCH ? AND rowid IN (${inList})`).all(e, ...ns) as { n: number }[]) out.set(row.n, tier);
    }
    return out;
  }
}
