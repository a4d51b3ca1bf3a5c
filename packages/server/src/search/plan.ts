/**
 * Relevance as a sequence of passes over the whole index, each read newest first:
 *   1. exact      the query's words as one phrase (common words skipped)
 *   2. all_words  every word (whole, or partially: prefix from 3 letters, infix from 4)
 *   3. some_words one pass per set of matched words, heaviest set first
 * Passes are disjoint, so a page is the first `limit` rows of their concatenation, and reaching
 * it never needs scoring every match. A word's weight is its rarity, ln(1 + N / (1 + df)); a hit's
 * score is its tier bonus plus the weights of the words it matched. Within a tier, higher scores
 * come first, then newer conversations. In the some-words tier only the five heaviest words decide
 * the order (beyond that the number of passes would explode); the rest still count for the tiers.
 */
import { and, not, or, phrase, word, type Expr } from './expr.js';
import { exactSequences, type ParsedQuery, type Term } from './query-text.js';
import type { SearchTier } from './search.js';

export const TIER_BONUS: Record<SearchTier, number> = { id: 300, exact: 200, all_words: 100, some_words: 0 };
const RANKED = 5;

export interface Pass {
  /** Stable name of the pass, kept in cursors. */
  key: string;
  tier: SearchTier;
  expr: Expr;
  score: number;
}

export interface ClauseMatch {
  expr: Expr;
  weight: number;
}

export interface SearchPlan {
  /** Everything the query matches (totals, start-time order); null when there is nothing to look for. */
  any: Expr | null;
  passes: Pass[];
  /** For classifying hits found in start-time order. */
  exact: Expr | null;
  all: Expr | null;
  clauses: ClauseMatch[];
  /** Words the highlighter marks, and the exact-tier phrases it prefers fragments with. */
  words: string[];
  phrases: Term[];
}

export interface WordStats {
  /** Longer words that partially match `word`. */
  expansions(word: string): string[];
  docFreq(word: string): number;
  /** Conversations in the index. */
  total: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function planSearch(p: ParsedQuery, stats: WordStats): SearchPlan {
  const empty: SearchPlan = { any: null, passes: [], exact: null, all: null, clauses: [], words: [], phrases: [] };
  if (!p.clauses.length) return empty;
  const excluded = p.excluded.map(phrase);
  const idf = (df: number) => Math.log(1 + stats.total / (1 + Math.min(df, stats.total)));
  let partial = false;
  const termExpr = (t: Term, required: boolean): Expr => {
    if (t.length > 1 || required) return phrase(t);
    const more = stats.expansions(t[0]);
    if (more.length) partial = true;
    return or([word(t[0]), ...more.map(word)]);
  };
  // A phrase is no more frequent than its rarest word; alternatives add up.
  const termDf = (t: Term) => Math.min(...t.map((w) => stats.docFreq(w)));
  const clauses = p.clauses.map((c) => ({
    required: c.required,
    expr: or(c.alternatives.map((t) => termExpr(t, c.required))),
    weight: round(idf(c.alternatives.reduce((sum, t) => sum + termDf(t), 0))),
  }));
  const required = clauses.filter((c) => c.required);
  const optional = clauses.filter((c) => !c.required).sort((a, b) => b.weight - a.weight);
  const requiredWeight = required.reduce((s, c) => s + c.weight, 0);
  const allWeight = clauses.reduce((s, c) => s + c.weight, 0);
  const allExpr = and(clauses.map((c) => c.expr));
  const sequences = exactSequences(p);
  const exactExpr = sequences.length ? and([...required.map((c) => c.expr), or(sequences.map(phrase))]) : null;

  const passes: Pass[] = [];
  if (exactExpr) passes.push({ key: 'e', tier: 'exact', expr: not(exactExpr, excluded), score: round(TIER_BONUS.exact + allWeight) });
  // One clause without partial matches: every all-words match is an exact one.
  const allCoversExact = clauses.length === 1 && p.clauses[0].alternatives.length === 1 && !partial;
  if (!(exactExpr && allCoversExact)) {
    passes.push({ key: 'a', tier: 'all_words', expr: not(allExpr, exactExpr ? [...excluded, exactExpr] : excluded), score: round(TIER_BONUS.all_words + allWeight) });
  }

  const heavy = optional.slice(0, RANKED);
  const light = optional.slice(RANKED);
  const buckets: Pass[] = [];
  for (let mask = (1 << heavy.length) - 1; mask >= 0; mask--) {
    const inSet = heavy.filter((_c, i) => mask & (1 << i));
    const outSet = heavy.filter((_c, i) => !(mask & (1 << i)));
    const full = outSet.length === 0;
    if (full && !light.length) continue; // that is the all-words tier
    const keep = [...required.map((c) => c.expr), ...inSet.map((c) => c.expr)];
    if (!keep.length) {
      if (!light.length) continue; // nothing matched at all
      keep.push(or(light.map((c) => c.expr)));
    }
    const drop = [...excluded, ...outSet.map((c) => c.expr)];
    if (full) drop.push(and(light.map((c) => c.expr)));
    const weight = requiredWeight + inSet.reduce((s, c) => s + c.weight, 0);
    buckets.push({ key: `s${mask}`, tier: 'some_words', expr: not(and(keep), drop), score: round(weight) });
  }
  buckets.sort((a, b) => b.score - a.score || Number(b.key.slice(1)) - Number(a.key.slice(1)));
  passes.push(...buckets);

  const anyKeep = required.length ? and(required.map((c) => c.expr)) : or(optional.map((c) => c.expr));
  return {
    any: not(anyKeep, excluded),
    passes,
    exact: exactExpr,
    all: allExpr,
    clauses: clauses.map((c) => ({ expr: c.expr, weight: c.weight })),
    words: p.words,
    phrases: sequences,
  };
}

/** Tier and score of a hit found in start-time order, from which of the plan's expressions it matched. */
export function classify(plan: SearchPlan, inExact: boolean, inAll: boolean, matched: boolean[]): { tier: SearchTier; score: number } {
  const weight = plan.clauses.reduce((s, c, i) => s + (matched[i] ? c.weight : 0), 0);
  const tier: SearchTier = inExact ? 'exact' : inAll ? 'all_words' : 'some_words';
  return { tier, score: round(TIER_BONUS[tier] + weight) };
}
