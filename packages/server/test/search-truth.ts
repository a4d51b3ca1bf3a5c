/**
 * Ground truth for search tests, computed without the search code: every conversation's transcript
 * is regenerated from its stored script fields, folded with a plain implementation of the documented
 * rules (case, Latin accents, apostrophes, stop words), and scanned for each query.
 */
import Database from 'better-sqlite3';
import type { TranscriptItem } from '../src/domain.js';
import { buildScript } from '../src/generator/transcript.js';
import { maskCustomer } from '../src/present/obscure.js';
import { transcriptFor } from '../src/present/transcript.js';
import { STOP_WORDS } from '../src/search/stop-words.js';
import { fromRow } from '../src/store/sqlite/rows.js';
import { CONVERSATION_COLUMNS } from '../src/store/sqlite/schema.js';
import type { ConversationRecord } from '../src/store/record.js';

export interface Doc {
  n: number;
  /** Raw texts a caller without pii.view sees (transcript items, notes), for picking queries. */
  texts: string[];
  /** Folded content words per field, space-separated, as seen without pii.view. */
  fields: string[];
  /** The same with PII (only for document frequencies: the index counts words of every column). */
  allFields: string[];
}

/** The documented folding, written independently: NFD without Latin combining marks, apostrophes dropped. */
export function fold(text: string): string[] {
  const plain = text
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’ʼ](?=[\p{L}\p{N}])/gu, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  return (plain.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
}

function itemText(item: TranscriptItem): string | null {
  if (item.kind === 'message' && item.speaker !== 'system') return item.text;
  if (item.kind === 'whisper') return item.text;
  if (item.kind === 'email') return `${item.subject}\n${item.bodyText}`;
  return null;
}

/** Reads every conversation of a seeded database (`nowMs`: when it was seeded, i.e. indexed). */
export function loadCorpus(file: string): { docs: Doc[]; nowMs: number } {
  const db = new Database(file, { readonly: true });
  const nowMs = Number(db.prepare(`SELECT value FROM meta WHERE key = 'now_ms'`).pluck().get());
  const rows = db.prepare(`SELECT ${CONVERSATION_COLUMNS.join(', ')} FROM conversations ORDER BY n`).raw(true).all() as unknown[][];
  db.close();
  const docs: Doc[] = [];
  for (const row of rows) {
    const rec: ConversationRecord = fromRow(row);
    const items = !rec.hasTranscript ? [] : rec.status === 'in_progress' ? transcriptFor(rec, { canViewPii: true }, nowMs).items : buildScript(rec, { lite: true }).items;
    const customer = { name: rec.customerName, email: rec.customerEmail, phone: rec.customerPhone };
    const raw = [items.map(itemText).filter((t): t is string => t !== null).join('\n'), rec.notes.map((x) => x.text).join('\n'), rec.dispositionNotes ?? ''];
    const masked = raw.map((t) => maskCustomer(t, customer));
    docs.push({
      n: rec.n,
      texts: masked,
      fields: masked.map((t) => fold(t).join(' ')),
      allFields: [...raw, rec.customerName, rec.customerEmail, rec.customerPhone].map((t) => fold(t).join(' ')),
    });
  }
  return { docs, nowMs };
}

/** A query as the test means it: clauses (alternatives of adjacent words), required phrases, exclusions. */
export interface TruthQuery {
  clauses: { alternatives: string[][]; required?: boolean }[];
  excluded?: string[][];
}

const hasLetter = (w: string) => /\D/.test(w);
const has = (field: string, seq: string[]) => ` ${field} `.includes(` ${seq.join(' ')} `);
/** A single word also matches longer words: starting with it from 3 characters, containing it from 4. */
function wordMatches(field: string, w: string): boolean {
  if (has(field, [w])) return true;
  if (w.length >= 4 && hasLetter(w)) return field.includes(w);
  if (w.length >= 3 && hasLetter(w)) return ` ${field}`.includes(` ${w}`);
  return false;
}

export interface Ranked {
  n: number;
  tier: 'exact' | 'all_words' | 'some_words';
  score: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const BONUS = { exact: 200, all_words: 100, some_words: 0 };

/** Every match in the documented order: tier, then score (bonus + rarity of matched words), then newest. */
export function rank(docs: Doc[], q: TruthQuery): Ranked[] {
  const total = docs.length ? docs[docs.length - 1].n : 1;
  const df = (w: string) => docs.reduce((k, d) => k + (d.allFields.some((f) => has(f, [w])) ? 1 : 0), 0);
  const weight = (alts: string[][]) => {
    const sum = alts.reduce((s, t) => s + Math.min(...t.map(df)), 0);
    return round(Math.log(1 + total / (1 + Math.min(sum, total))));
  };
  const clauses = q.clauses.map((c) => ({ ...c, weight: weight(c.alternatives) }));
  const allWeight = clauses.reduce((s, c) => s + c.weight, 0);
  // The exact phrase: one alternative of each clause, in order.
  let sequences: string[][] = [[]];
  for (const c of q.clauses) sequences = sequences.flatMap((s) => c.alternatives.map((a) => [...s, ...a]));
  const out: Ranked[] = [];
  for (const d of docs) {
    if ((q.excluded ?? []).some((t) => d.fields.some((f) => has(f, t)))) continue;
    const matched = clauses.map((c) =>
      c.alternatives.some((t) => d.fields.some((f) => (t.length > 1 || c.required ? has(f, t) : wordMatches(f, t[0])))),
    );
    if (clauses.some((c, i) => c.required && !matched[i])) continue;
    if (!matched.some(Boolean)) continue;
    const exact = sequences.some((s) => d.fields.some((f) => has(f, s)));
    const all = matched.every(Boolean);
    const tier = exact ? 'exact' : all ? 'all_words' : 'some_words';
    const score = tier === 'some_words' ? clauses.reduce((s, c, i) => s + (matched[i] ? c.weight : 0), 0) : BONUS[tier] + allWeight;
    out.push({ n: d.n, tier, score: round(score) });
  }
  const order = { exact: 0, all_words: 1, some_words: 2 };
  return out.sort((a, b) => order[a.tier] - order[b.tier] || b.score - a.score || b.n - a.n);
}

/** Distinct folded words of the corpus (to keep test words under the expansion cap). */
export function vocabulary(docs: Doc[]): Set<string> {
  const words = new Set<string>();
  for (const d of docs) for (const f of d.allFields) for (const w of f.split(' ')) if (w) words.add(w);
  return words;
}

/** Words that partially match `w` (what the index expands it to, uncapped). */
export function partialMatches(vocab: Set<string>, w: string): number {
  let k = 0;
  for (const v of vocab) if (v !== w && ((w.length >= 4 && v.includes(w)) || (w.length >= 3 && v.startsWith(w)))) k++;
  return k;
}
