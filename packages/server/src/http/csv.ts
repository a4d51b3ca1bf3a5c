/** CSV writing (RFC 4180) with spreadsheet formula-injection protection. */

/**
 * A cell a spreadsheet may evaluate: one that starts with = + - @ (or their full-width forms
 * ＝ ＋ － ＠), possibly after whitespace of any kind (spaces, NBSP, tabs, CR/LF, ideographic
 * space, BOM), which spreadsheets skip; or one that starts with a tab or line break itself.
 */
const FORMULA_START = /^(?:[\s\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A cell a spreadsheet would evaluate (=HYPERLINK(…), +cmd, -1+2, @SUM) is neutralised with a leading quote.
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** `attachment; filename="…"` with an ASCII fallback. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
