import { common } from './messages/common.js';
import { table } from './messages/table.js';
import { insights } from './messages/insights.js';
import { recording } from './messages/recording.js';
import { diagnostics } from './messages/diagnostics.js';
import { list } from './messages/list.js';
import { de } from './messages/de/index.js';

/**
 * The English message catalogue. Every user-facing string of every element comes from here, so a
 * host can translate or reword any of them: `provider.messages = { retry: 'Try again' }`.
 * Areas live in their own files under `messages/` and are merged here.
 */
export const en = { ...common, ...table, ...insights, ...recording, ...diagnostics, ...list } as const;

type Catalogue = typeof en;
/** The shape of a complete catalogue: strings stay strings, templates keep their parameters. */
export type Messages = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
export type MessageKey = keyof Messages;

/** Shipped catalogues by language subtag; every one is complete (checked here and per area file). */
const catalogues: Record<string, Messages> = { en, de: de satisfies Messages };

/** The shipped catalogue for a BCP-47 locale: German for `de`/`de-*`, English otherwise. */
export function catalogueFor(locale?: string): Messages {
  const language = (locale ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
  return catalogues[language] ?? en;
}

/** Merges host overrides over the catalogue of `locale` (English when absent or not shipped). */
export function createMessages(overrides: Partial<Messages> = {}, locale?: string): Messages {
  return { ...catalogueFor(locale), ...overrides } as Messages;
}
