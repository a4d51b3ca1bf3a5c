/**
 * A match expression over folded words, independent of the engine: FTS5 MATCH strings and
 * PostgreSQL tsquery strings are both written from it, so the two backends match alike.
 */
export type Expr =
  | { op: 'word'; word: string }
  | { op: 'phrase'; words: string[] }
  | { op: 'or'; of: Expr[] }
  | { op: 'and'; of: Expr[] }
  /** `keep` without anything matching `drop`. */
  | { op: 'not'; keep: Expr; drop: Expr };

export const word = (w: string): Expr => ({ op: 'word', word: w });
export const phrase = (words: string[]): Expr => (words.length === 1 ? word(words[0]) : { op: 'phrase', words });
export const or = (of: Expr[]): Expr => (of.length === 1 ? of[0] : { op: 'or', of });
export const and = (of: Expr[]): Expr => (of.length === 1 ? of[0] : { op: 'and', of });
export const not = (keep: Expr, drop: Expr[]): Expr => (drop.length ? { op: 'not', keep, drop: or(drop) } : keep);

/** Folded words contain only letters, digits and marks; quoting them keeps FTS5 syntax out of user input. */
const quote = (w: string) => `"${w.replaceAll('"', '""')}"`;

/** FTS5 MATCH text, optionally limited to some columns. */
export function toFts5(e: Expr, columns?: readonly string[]): string {
  const text = fts5(e);
  return columns ? `{${columns.join(' ')}} : (${text})` : text;
}

function fts5(e: Expr): string {
  switch (e.op) {
    case 'word': return quote(e.word);
    case 'phrase': return quote(e.words.join(' '));
    case 'or': return `(${e.of.map(fts5).join(' OR ')})`;
    case 'and': return `(${e.of.map(fts5).join(' AND ')})`;
    case 'not': return `(${fts5(e.keep)} NOT ${fts5(e.drop)})`;
  }
}

/** PostgreSQL tsquery text (for `to_tsquery('simple', …)` / `::tsquery`). */
export function toTsquery(e: Expr): string {
  const lexeme = (w: string) => `'${w.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;
  switch (e.op) {
    case 'word': return lexeme(e.word);
    case 'phrase': return `(${e.words.map(lexeme).join(' <-> ')})`;
    case 'or': return `(${e.of.map(toTsquery).join(' | ')})`;
    case 'and': return `(${e.of.map(toTsquery).join(' & ')})`;
    case 'not': return `(${toTsquery(e.keep)} & !${toTsquery(e.drop)})`;
  }
}
