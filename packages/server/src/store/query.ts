import type { Channel } from '../domain.js';

export type StatusFilter = 'in_progress' | 'error' | 'completed' | 'completed_drop_off' | 'completed_user_hangup' | 'completed_ai_agent_hangup';

export interface TagClause {
  name: string;
  op: 'contains' | 'not_contains';
  value: string;
}

/** Filters shared by listing, search, saved filters and exports. Arrays are OR within, AND across. */
export interface ConversationQuery {
  conversationId?: string[];
  sessionId?: string[];
  userId?: string[];
  queue?: string[];
  channel?: Channel[];
  agent?: string[];
  status?: StatusFilter[];
  smartStatus?: string[];
  csatMin?: number;
  csatMax?: number;
  from?: string;
  to?: string;
  tag?: TagClause[];
}

export type SortOrder = 'startTime:desc' | 'startTime:asc';

/** Keyset position: the last row of the previous page. */
export interface Keyset {
  startMs: number;
  n: number;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export function decodeKeyset(cursor: string): Keyset | null {
  const v = decodeCursor(cursor);
  if (!Array.isArray(v) || v.length !== 2 || !Number.isSafeInteger(v[0]) || !Number.isSafeInteger(v[1])) return null;
  return { startMs: v[0], n: v[1] };
}

export function encodeKeyset(k: Keyset): string {
  return encodeCursor([k.startMs, k.n]);
}
