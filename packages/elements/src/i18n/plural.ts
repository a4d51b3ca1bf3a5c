/**
 * Plural forms through `Intl.PluralRules`, so a template names each form its language has
 * (German and English: `one`/`other`) instead of testing `n === 1` by hand.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

/** Formats `n` in `locale` (grouping as the language writes it: 5,215 / 5.215). */
export function formatCount(locale: string, n: number): string {
  return cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(n);
}

/** Picks the form for `n` and replaces `#` in it with `n` formatted for `locale`. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const rule = cached(rules, locale, () => new Intl.PluralRules(locale)).select(n);
  return (forms[rule] ?? forms.other).replaceAll('#', formatCount(locale, n));
}

/** A `plural` bound to one locale, for a catalogue file. */
export const pluralFor = (locale: string) => (n: number, forms: PluralForms) => plural(locale, n, forms);
