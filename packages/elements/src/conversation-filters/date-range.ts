import type { ConversationQuery } from '@conversations-kit/sdk';

/** The time-range presets, in the order the control offers them. */
export type RangePreset = 'any' | 'today' | 'last7' | 'last30' | 'custom';
export const RANGE_PRESETS: readonly RangePreset[] = ['any', 'today', 'last7', 'last30', 'custom'];

/** Local midnight of the day `daysAgo` before `now`. */
function startOfDay(now: Date, daysAgo = 0): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo);
}

/**
 * The `from` a preset means, in the user's local time: today since midnight, or the last N
 * calendar days including today. Open-ended (`to` unset), so live conversations keep arriving.
 */
export function presetRange(preset: Exclude<RangePreset, 'custom' | 'any'>, now = new Date()): { from: string; to?: string } {
  const days = preset === 'today' ? 0 : preset === 'last7' ? 6 : 29;
  return { from: startOfDay(now, days).toISOString() };
}

/** Which preset a query's `from`/`to` are (`custom` for any other range, `any` for none). */
export function presetOf(query: ConversationQuery, now = new Date()): RangePreset {
  if (!query.from && !query.to) return 'any';
  if (!query.to && query.from) {
    for (const preset of ['today', 'last7', 'last30'] as const) if (presetRange(preset, now).from === query.from) return preset;
  }
  return 'custom';
}

/** `YYYY-MM-DD` of a local date, as `<input type="date">` takes it. */
export function dateInputValue(iso: string | undefined, endExclusive = false): string {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) - (endExclusive ? 1 : 0));
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A custom range from two `YYYY-MM-DD` values (either may be empty): `from` at the start of its
 * local day, `to` at the start of the day after (the API's `to` is exclusive). Null when reversed.
 */
export function customRange(fromDate: string, toDate: string): { from?: string; to?: string } | null {
  const parse = (value: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  };
  const from = parse(fromDate);
  const to = parse(toDate);
  if (from && to && from.getTime() > to.getTime()) return null;
  const range: { from?: string; to?: string } = {};
  if (from) range.from = from.toISOString();
  if (to) range.to = new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1).toISOString();
  return range;
}

/** The query with its time range replaced. */
export function withRange(query: ConversationQuery, range: { from?: string; to?: string }): ConversationQuery {
  const next: ConversationQuery = { ...query };
  delete next.from;
  delete next.to;
  if (range.from) next.from = range.from;
  if (range.to) next.to = range.to;
  return next;
}

/** The query without its time range (what the Filter button's badge counts: the range has its own control). */
export function withoutRange(query: ConversationQuery): ConversationQuery {
  return withRange(query, {});
}
