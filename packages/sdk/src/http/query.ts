import type { ConversationQuery } from '../types.js';

type Scalar = string | number | boolean;
export type QueryInput = Record<string, Scalar | readonly Scalar[] | null | undefined>;

/** Repeats array values (`channel=voice&channel=chat`), the style the contract uses; skips null/undefined. */
export function toSearchParams(input: QueryInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  return params;
}

/** Flattens a `ConversationQuery` into query parameters; tag clauses become `name:op:value`. */
export function conversationQueryParams(query: ConversationQuery = {}): QueryInput {
  const { tag, ...rest } = query;
  return {
    ...rest,
    tag: tag?.map((clause) => `${clause.name}:${clause.op}:${clause.value}`),
  };
}
