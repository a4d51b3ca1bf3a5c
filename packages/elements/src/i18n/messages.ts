import { common } from './messages/common.js';
import { table } from './messages/table.js';
import { insights } from './messages/insights.js';
import { recording } from './messages/recording.js';
import { diagnostics } from './messages/diagnostics.js';
import { list } from './messages/list.js';

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

/** Merges host overrides over the English defaults. */
export function createMessages(overrides: Partial<Messages> = {}): Messages {
  return { ...en, ...overrides } as Messages;
}
