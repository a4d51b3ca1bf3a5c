/** A cell value; `null`/`undefined` become empty cells, dates become ISO strings. */
export type CsvCell = string | number | boolean | Date | null | undefined;

export interface CsvOptions {
  /** Line separator. RFC 4180 says CRLF, which every spreadsheet reads. Default "\r\n". */
  newline?: string;
  /**
   * Neutralise spreadsheet formulas (CSV injection): a text cell starting with `=`, `+`, `-`, `@`,
   * tab or carriage return gets a leading `'`. Default true. Numbers are never altered.
   */
  protectFormulas?: boolean;
  /** Prepend a UTF-8 byte-order mark so Excel detects the encoding. Default false. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell, quoted only when needed, embedded quotes doubled. */
export function csvCell(value: CsvCell, protectFormulas = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (protectFormulas && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text; pass the header as the first row. Ends with a newline. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const protect = options.protectFormulas ?? true;
  const body = rows.map((row) => row.map((cell) => csvCell(cell, protect)).join(',')).join(newline);
  return (options.bom ? '\uFEFF' : '') + (rows.length ? body + newline : '');
}

/** Objects to CSV using `columns` (key and header label) in order. */
export function objectsToCsv<T>(
  items: readonly T[],
  columns: readonly { header: string; value: (item: T) => CsvCell }[],
  options: CsvOptions = {},
): string {
  return toCsv([columns.map((c) => c.header), ...items.map((item) => columns.map((c) => c.value(item)))], options);
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). Useful to read exports back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
