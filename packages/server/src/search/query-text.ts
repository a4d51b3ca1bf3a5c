/** Turning a user's search text into FTS terms: tokens, stop words, prefix matching. */

const STOP_WORDS = new Set(
  (
    // English articles, pronouns, prepositions, auxiliaries and conjunctions.
    'a an the this that these those i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'what which who whom whose am is are was were be been being have has had do does did will would shall should can could may might must ' +
    'and or but nor so if then than too very just of at by for with about against between into through during before after above below ' +
    'to from up down in out on off over under again further once here there when where why how all any both each few more most other some such ' +
    'no not only own same s t don now as until while ' +
    // Spanish, German, French: the commonest function words.
    'el la los las un una unos unas de del al y o que en por para con se su sus mi me es lo le ' +
    'der die das den dem des ein eine einen einem und oder zu im am ist ich sie er es mit von auf für nicht ' +
    'le la les un une des du de et ou en au aux je tu il elle nous vous ils est pour par sur pas ce qui que'
  ).split(/\s+/),
);

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

export function tokenize(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(TOKEN) ?? []).slice(0, 32);
}

export interface ParsedSearch {
  /** Every token, for the exact-phrase tier. */
  tokens: string[];
  /** Tokens that carry meaning (stop words removed; all tokens if nothing else is left). */
  terms: string[];
}

export function parseSearch(q: string): ParsedSearch {
  const tokens = tokenize(q);
  const content = tokens.filter((t) => !STOP_WORDS.has(t));
  return { tokens, terms: [...new Set(content.length ? content : tokens)] };
}

export const quoteTerm = (t: string) => `"${t.replaceAll('"', '""')}"`;
const quote = quoteTerm;

/** FTS5 expressions for the three tiers. The last word of the phrase and every term match as prefixes. */
export function tierExpressions(p: ParsedSearch): { exact: string; all: string; some: string } {
  const prefix = (t: string) => `${quote(t)}*`;
  return {
    exact: `${quote(p.tokens.join(' '))}*`,
    all: p.terms.map(prefix).join(' AND '),
    some: p.terms.map(prefix).join(' OR '),
  };
}
