/** A run of text with the same decoration: plain, inside a PII redaction, and/or a search hit. */
export interface TextSegment {
  text: string;
  /** The redaction's entity (e.g. `credit_card`) when this run is redacted. */
  redaction: string | null;
  /** True for the first run of a redaction, where its spoken label goes. */
  redactionStart: boolean;
  /** `hit` for a search match, `current` for the match the reader is on. */
  highlight: 'hit' | 'current' | null;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Splits `text` at every redaction and highlight boundary so each run renders with its decorations.
 * Ranges are clamped to the text, so a backend offset beyond the end never throws or shows raw text.
 */
export function textSegments(
  text: string,
  redactions: readonly (Range & { entity: string })[] = [],
  highlights: readonly (Range & { current: boolean })[] = [],
): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(Number.isFinite(n) ? n : 0)));
  const reds = redactions.map((r) => ({ start: clamp(r.start), end: clamp(r.end), entity: r.entity })).filter((r) => r.end > r.start);
  const hits = highlights.map((h) => ({ start: clamp(h.start), end: clamp(h.end), current: h.current })).filter((h) => h.end > h.start);
  if (reds.length === 0 && hits.length === 0) return [{ text, redaction: null, redactionStart: false, highlight: null }];

  const cuts = new Set<number>([0, text.length]);
  for (const r of [...reds, ...hits]) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const red = reds.find((r) => r.start <= start && end <= r.end) ?? null;
    const hit = hits.find((h) => h.start <= start && end <= h.end) ?? null;
    segments.push({
      text: text.slice(start, end),
      redaction: red ? red.entity : null,
      redactionStart: red ? red.start === start : false,
      highlight: hit ? (hit.current ? 'current' : 'hit') : null,
    });
  }
  return segments;
}
