/**
 * One folding of words for the index, the query and the highlighter, so all three agree:
 * lower case, Latin accents removed (Déjà → deja, ß → ss), apostrophes inside a word dropped
 * (c'est, c’est → cest), stop words left out. The index stores the folded words separated by
 * spaces, so a phrase is adjacent content words: "waive late fee" matches "waive the late fee".
 */
import { STOP_WORDS } from './stop-words.js';

const NON_ASCII = /[^ -~]/; // anything outside printable ASCII (folded words hold no control characters)
const APOSTROPHES = /['’ʼ]/g;
/** Combining diacritical marks of Latin, Greek and Cyrillic letters (not the vowel signs of Indic or Arabic scripts). */
const DIACRITICS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };
const LIGATURE = /[ßæœøđłıþ]/g;

/** Folded forms of words seen (the vocabulary is small; Unicode normalization is not cheap). */
const folds = new Map<string, string>();

/** Folds one lower-cased word. */
export function foldWord(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    f = NON_ASCII.test(word)
      ? word.replace(APOSTROPHES, '').normalize('NFD').replace(DIACRITICS, '').replace(LIGATURE, (c) => LIGATURES[c]).normalize('NFC')
      : word.replace(APOSTROPHES, '');
    if (folds.size > 100_000) folds.clear();
    folds.set(word, f);
  }
  return f;
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** Word characters by UTF-16 code unit: 1 word, 2 not, 0 not yet classified. Surrogates (emoji) are not words. */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(c: number): boolean {
  let k = CLASS[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Calls `fn` for every word of `text`: its offsets and its folded form. A hand-written scanner over
 * the lower-cased text: seeding folds a million transcripts, and Unicode regular expressions are
 * several times slower. (Lower-casing keeps UTF-16 offsets for every script the data uses.)
 */
export function scanWords(text: string, fn: (folded: string, start: number, end: number) => void): void {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const src = sameLength ? lower : text;
  const n = src.length;
  let i = 0;
  while (i < n) {
    let c = src.charCodeAt(i);
    while (!(c < 128 ? ASCII_WORD[c] === 1 : isWordChar(c))) {
      if (++i >= n) return;
      c = src.charCodeAt(i);
    }
    const start = i;
    let plain = sameLength;
    for (;;) {
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordChar(c)) {
        if (c > 127) plain = false;
      } else if (isApostrophe(c) && i + 1 < n && isWordChar(src.charCodeAt(i + 1))) {
        plain = false;
      } else break;
      if (++i >= n) break;
      c = src.charCodeAt(i);
    }
    const raw = src.slice(start, i);
    fn(plain ? raw : foldWord(sameLength ? raw : raw.toLowerCase()), start, i);
  }
}

/** Folded content words of a text, in order. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (w) => {
    if (!STOP_WORDS.has(w)) out.push(w);
  });
  return out;
}

export interface WordSpan {
  start: number;
  end: number;
  folded: string;
  stop: boolean;
}

/** Every word of `text` with its UTF-16 offsets (for highlighting the original text). */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  scanWords(text, (folded, start, end) => out.push({ start, end, folded, stop: STOP_WORDS.has(folded) }));
  return out;
}

/** Whether a folded word may match as a prefix or infix of longer words (bare numbers and short words may not). */
export function allowsPartial(folded: string): boolean {
  return folded.length >= 3 && hasNonDigit(folded);
}

/** Folded words hold letters, digits and marks only: anything but an ASCII digit counts as a letter. */
function hasNonDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  return false;
}

/** Infix matching needs a longer fragment: three letters inside words match far too much. */
export function allowsInfix(folded: string): boolean {
  return folded.length >= 4 && hasNonDigit(folded);
}
