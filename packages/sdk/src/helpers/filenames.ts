export interface TimestampOptions {
  /** Format in UTC instead of the local time zone. Default false (a user's download shows their clock). */
  utc?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD-HH24-mm-SS` — the spec's export timestamp (24-hour clock). */
export function exportTimestamp(date: Date = new Date(), options: TimestampOptions = {}): string {
  const utc = options.utc ?? false;
  const parts = utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
  return `${y}-${pad(mo)}-${pad(d)}-${pad(h)}-${pad(mi)}-${pad(s)}`;
}

/** `<prefix>-YYYY-MM-DD-HH24-mm-SS.<extension>`, e.g. `conversations-2026-11-25-14-05-09.csv`. */
export function exportFilename(prefix: string, extension: string, date: Date = new Date(), options: TimestampOptions = {}): string {
  return `${safeFilenamePart(prefix)}-${exportTimestamp(date, options)}.${extension.replace(/^\./, '')}`;
}

/** `transcripts-YYYY-MM-DD-HH24-mm-SS.zip`, the spec's name for a transcript export. */
export function transcriptsZipFilename(date: Date = new Date(), options: TimestampOptions = {}): string {
  return exportFilename('transcripts', 'zip', date, options);
}

/** Keeps a file-name component portable: no path separators, control or reserved characters. */
export function safeFilenamePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '_').replace(/^\.+/, '_').trim();
  return cleaned.slice(0, 120) || '_';
}
