/**
 * Locale-aware formatting through Intl, created once per locale (Intl constructors are costly,
 * and a table formats thousands of cells).
 */
export interface Formatter {
  readonly locale: string;
  dateTime(iso: string | null | undefined): string;
  time(iso: string | null | undefined): string;
  /** "4m 05s", "1h 02m", "12s" — compact, tabular, for table cells and counters. */
  duration(seconds: number | null | undefined): string;
  /** "1:02:05" / "4:05" — media-player style. */
  clock(seconds: number | null | undefined): string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  language(tag: string): string;
}

const cache = new Map<string, Formatter>();
const NA = '—';

export function createFormatter(locale = 'en-US'): Formatter {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const numbers = new Map<number, Intl.NumberFormat>();
  let languages: Intl.DisplayNames | null = null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

  const formatter: Formatter = {
    locale,
    dateTime: (iso) => {
      const d = valid(iso);
      return d && !Number.isNaN(d.getTime()) ? dateTime.format(d) : NA;
    },
    time: (iso) => {
      const d = valid(iso);
      return d && !Number.isNaN(d.getTime()) ? time.format(d) : NA;
    },
    duration: (seconds) => {
      if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return NA;
      const s = Math.round(seconds);
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      const r = s % 60;
      if (h > 0) return `${h}h ${pad(m)}m`;
      if (m > 0) return `${m}m ${pad(r)}s`;
      return `${r}s`;
    },
    clock: (seconds) => {
      if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '0:00';
      const s = Math.floor(seconds);
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
    },
    number: (value, maximumFractionDigits = 0) => {
      if (value == null || !Number.isFinite(value)) return NA;
      let nf = numbers.get(maximumFractionDigits);
      if (!nf) numbers.set(maximumFractionDigits, (nf = new Intl.NumberFormat(locale, { maximumFractionDigits })));
      return nf.format(value);
    },
    language: (tag) => {
      try {
        languages ??= new Intl.DisplayNames([locale], { type: 'language' });
        return languages.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
  cache.set(locale, formatter);
  return formatter;
}
