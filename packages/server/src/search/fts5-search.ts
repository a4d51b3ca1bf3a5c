import type Database from 'better-sqlite3';
import { invalid } from '../http/errors.js';
import { decodeCursor, encodeCursor } from '../store/query.js';
import type { ConversationRecord } from '../store/record.js';
import { whereClause } from '../store/sqlite/filters.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SearchDocument } from './document.js';
import { toFts5, type Expr } from './expr.js';
import { FTS_COLUMNS, PUBLIC_COLUMNS, SEARCH_INDEX_VERSION, createSearchIndexSchema } from './fts5-schema.js';
import { Fts5Vocabulary } from './fts5-vocab.js';
import { rebuildSearchIndex } from './fts5-rebuild.js';
import { idSearch, findById, looksLikeId } from './id-search.js';
import { classify, planSearch, type SearchPlan } from './plan.js';
import { parseQuery } from './query-text.js';
import { NO_HIGHLIGHT, TOTAL_CAP, type SearchHitRef, type SearchIndex, type SearchRequest, type SearchResultPage } from './search.js';

interface Scope {
  columns: readonly string[] | undefined;
  filter: { sql: string; params: unknown[] };
}

/**
 * The reference search on SQLite FTS5: the plan's passes (plan.ts) read newest first over the
 * whole index, each a MATCH with `ORDER BY rowid DESC LIMIT`, which FTS5 answers without
 * visiting more matches than it returns. Conversation numbers grow with start time, so rowid
 * order is start-time order.
 */
export class Fts5Search implements SearchIndex {
  readonly fullText = true;
  private readonly db: Database.Database;
  private readonly vocab: Fts5Vocabulary;
  private readonly del: Database.Statement;
  private readonly ins: Database.Statement;
  private readonly maxN: Database.Statement;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly store: SqliteStore) {
    this.db = store.db;
    createSearchIndexSchema(this.db);
    const version = this.db.prepare(`SELECT value FROM meta WHERE key = 'search_index'`).pluck().get();
    if (version !== SEARCH_INDEX_VERSION) rebuildSearchIndex(this.db);
    this.vocab = new Fts5Vocabulary(this.db);
    this.del = this.db.prepare('DELETE FROM search_fts WHERE rowid = ?');
    this.ins = this.db.prepare(`INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
    this.maxN = this.db.prepare('SELECT coalesce(max(n), 0) FROM conversations').pluck();
  }

  /** Writes synchronously (inside the caller's transaction); a failure throws rather than rejecting. */
  index(rec: ConversationRecord, doc: SearchDocument): Promise<void> {
    this.del.run(rec.n);
    this.ins.run(rec.n, doc.transcript, doc.agentNotes, doc.dispositionNotes, doc.pii);
    this.vocab.add(new Set(`${doc.transcript} ${doc.agentNotes} ${doc.dispositionNotes} ${doc.pii}`.split(' ')));
    return Promise.resolve();
  }

  async search(req: SearchRequest): Promise<SearchResultPage> {
    if (looksLikeId(req.q)) {
      const found = await findById(this.store, req.q);
      if (found.length) return idSearch(this.store, req, found);
    }
    const plan = planSearch(parseQuery(req.q), {
      expansions: (w) => this.vocab.expansions(w),
      docFreq: (w) => this.vocab.docFreq(w),
      total: Math.max(1, this.maxN.get() as number),
    });
    const highlight = { words: plan.words, phrases: plan.phrases };
    if (!plan.any) return { hits: [], total: 0, totalIsLowerBound: false, nextCursor: null, highlight: NO_HIGHLIGHT };
    const scope: Scope = { columns: req.canViewPii ? undefined : PUBLIC_COLUMNS, filter: whereClause(req.query) };
    const { total, totalIsLowerBound } = this.count(plan.any, scope);
    const page = req.sort === 'relevance' ? this.byRelevance(plan, scope, req, total, totalIsLowerBound) : this.byTime(plan, scope, req);
    return { ...page, total, totalIsLowerBound, highlight };
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

  /** Conversation numbers matching `expr` within the scope, newest (or oldest) first, after `after`. */
  private matches(expr: Expr, scope: Scope, desc: boolean, after: number | null, limit: number): number[] {
    const filtered = scope.filter.sql !== '1';
    const from = filtered ? 'search_fts f JOIN conversations c ON c.n = f.rowid' : 'search_fts f';
    const bound = after === null ? '' : ` AND f.rowid ${desc ? '<' : '>'} ?`;
    const where = `search_fts MATCH ?${filtered ? ` AND ${scope.filter.sql}` : ''}${bound}`;
    const sql = `SELECT f.rowid FROM ${from} WHERE ${where} ORDER BY f.rowid ${desc ? 'DESC' : 'ASC'} LIMIT ${limit}`;
    return this.stmt(sql).all(toFts5(expr, scope.columns), ...scope.filter.params, ...(after === null ? [] : [after])) as number[];
  }

  /**
   * Matches up to TOTAL_CAP. With filters, only the newest TOTAL_CAP text matches are checked against
   * them (each check reads a conversation row): when there are more, the count is a lower bound.
   */
  private count(expr: Expr, scope: Scope): { total: number; totalIsLowerBound: boolean } {
    const match = toFts5(expr, scope.columns);
    const scan = `SELECT rowid AS n FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ${TOTAL_CAP + 1}`;
    if (scope.filter.sql === '1') {
      const counted = this.stmt(`SELECT count(*) FROM (${scan})`).get(match) as number;
      return { total: Math.min(counted, TOTAL_CAP), totalIsLowerBound: counted > TOTAL_CAP };
    }
    const row = this.db
      .prepare(`SELECT count(*) AS scanned, coalesce(sum(${scope.filter.sql}), 0) AS matched FROM (${scan}) m JOIN conversations c ON c.n = m.n`)
      .get(...scope.filter.params, match) as { scanned: number; matched: number };
    return { total: Math.min(row.matched, TOTAL_CAP), totalIsLowerBound: row.scanned > TOTAL_CAP || row.matched > TOTAL_CAP };
  }

  /** Pages through the passes in order; the cursor names the pass and the last conversation of the page. */
  private byRelevance(plan: SearchPlan, scope: Scope, req: SearchRequest, total: number, lowerBound: boolean): Pick<SearchResultPage, 'hits' | 'nextCursor'> {
    let start = 0;
    let after: number | null = null;
    let delivered = 0;
    if (req.cursor) {
      const c = decodeCursor(req.cursor);
      const valid = Array.isArray(c) && c[0] === 'r' && Number.isSafeInteger(c[2]) && Number.isSafeInteger(c[3]);
      const at = valid ? plan.passes.findIndex((p) => p.key === c[1]) : -1;
      if (!valid || at < 0) throw invalid('cursor', 'is not a cursor of this search');
      [start, after, delivered] = [at, c[2] as number, c[3] as number];
    }
    // One row past the page tells whether another page follows, unless the total already does.
    const known = !lowerBound || delivered + req.limit < total;
    const want = known ? req.limit : req.limit + 1;
    const hits: (SearchHitRef & { pass: string })[] = [];
    for (let i = start; i < plan.passes.length && hits.length < want; i++) {
      const pass = plan.passes[i];
      for (const n of this.matches(pass.expr, scope, true, i === start ? after : null, want - hits.length)) {
        hits.push({ n, tier: pass.tier, score: pass.score, pass: pass.key });
      }
    }
    const page = hits.slice(0, req.limit);
    const more = known ? delivered + page.length < total && page.length === req.limit : hits.length > req.limit;
    const last = page[page.length - 1];
    return {
      hits: page.map(({ n, tier, score }) => ({ n, tier, score })),
      nextCursor: more && last ? encodeCursor(['r', last.pass, last.n, delivered + page.length]) : null,
    };
  }

  private byTime(plan: SearchPlan, scope: Scope, req: SearchRequest): Pick<SearchResultPage, 'hits' | 'nextCursor'> {
    let after: number | null = null;
    if (req.cursor) {
      const c = decodeCursor(req.cursor);
      if (!Array.isArray(c) || c[0] !== 't' || !Number.isSafeInteger(c[1])) throw invalid('cursor', 'is not a cursor of this search');
      after = c[1] as number;
    }
    const desc = req.sort !== 'startTime:asc';
    const rows = this.matches(plan.any!, scope, desc, after, req.limit + 1);
    const page = rows.slice(0, req.limit);
    const last = page[page.length - 1];
    return {
      hits: this.classifyPage(plan, scope, page),
      nextCursor: rows.length > req.limit && last !== undefined ? encodeCursor(['t', last]) : null,
    };
  }

  /** Tier and score of each conversation of a start-time page, from lookups bounded to the page's rowid span. */
  private classifyPage(plan: SearchPlan, scope: Scope, ns: number[]): SearchHitRef[] {
    if (!ns.length) return [];
    const lo = Math.min(...ns);
    const hi = Math.max(...ns);
    const within = (expr: Expr | null) =>
      new Set(expr ? (this.stmt('SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?').all(toFts5(expr, scope.columns), lo, hi) as number[]) : []);
    const exact = within(plan.exact);
    const all = within(plan.all);
    const clauses = plan.clauses.map((c) => within(c.expr));
    return ns.map((n) => ({ n, ...classify(plan, exact.has(n), all.has(n), clauses.map((s) => s.has(n))) }));
  }
}
