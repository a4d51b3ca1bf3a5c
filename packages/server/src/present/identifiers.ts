import type { Identifiers } from '../domain.js';
import { F, type ConversationRecord } from '../store/record.js';
import { mixSeed } from '../util/prng.js';

/*
 * Identifiers other than session and user IDs are derived, not stored: each ends in the
 * conversation number scrambled with a per-kind mask, so an ID search can decode it back
 * and confirm it by recomputing.
 */

const MASKS = { call: 0x5a3c9e71d2, callConv: 0x1f2e3d4c5b, agentConv: 0x6b7a8c9d0e, channelUser: 0x2d4f6a8c1e } as const;
type Kind = keyof typeof MASKS;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0').slice(-width);
}

function tail(n: number, kind: Kind): string {
  // n < 2^40; XOR on the two 20-bit halves keeps this exact in doubles.
  const mask = MASKS[kind];
  const hi = Math.floor(n / 0x100000) ^ Math.floor(mask / 0x100000) % 0x100000;
  const lo = (n % 0x100000) ^ (mask % 0x100000);
  return hex(hi & 0xfffff, 5) + hex(lo & 0xfffff, 5);
}

function untail(t: string, kind: Kind): number | null {
  if (!/^[0-9a-f]{10}$/.test(t)) return null;
  const mask = MASKS[kind];
  const hi = parseInt(t.slice(0, 5), 16) ^ (Math.floor(mask / 0x100000) % 0x100000);
  const lo = parseInt(t.slice(5), 16) ^ (mask % 0x100000);
  return (hi & 0xfffff) * 0x100000 + (lo & 0xfffff);
}

export function identifiersFor(rec: ConversationRecord): Identifiers {
  const voice = rec.channel === 'voice';
  const h = (salt: number, width: number) => hex(mixSeed(rec.seed, salt), width);
  const humanInvolved = rec.scriptAgents.length > 0 || rec.agents.some((a) => a.startsWith('agt_h_'));
  const channelPrefix = rec.channel === 'chat' ? 'web' : rec.channel === 'email' ? 'eml' : rec.channel === 'messaging' ? 'wa' : 'pstn';
  return {
    callId: voice ? `${h(1, 8)}-${h(2, 4)}-4${h(3, 3)}-a${h(4, 3)}-${h(5, 2)}${tail(rec.n, 'call')}` : null,
    sessionId: rec.sessionId,
    channelUserId: `${channelPrefix}-${h(6, 6)}${tail(rec.n, 'channelUser')}`,
    callConversationId: voice ? `cc-${h(7, 6)}${tail(rec.n, 'callConv')}` : null,
    agentConversationId: humanInvolved || rec.flags & F.TRANSFER ? `ac-${h(8, 6)}${tail(rec.n, 'agentConv')}` : null,
    userId: rec.userId,
    campaignInstanceId: rec.campaignId ? `${rec.campaignId}-${new Date(rec.startMs).toISOString().slice(0, 10).replaceAll('-', '')}` : null,
  };
}

/** Conversation numbers a derived identifier may belong to (to be confirmed by recomputing). */
export function candidatesForIdentifier(id: string): number[] {
  const out: number[] = [];
  const m = /([0-9a-f]{10})$/.exec(id.toLowerCase());
  if (!m) return out;
  for (const kind of Object.keys(MASKS) as Kind[]) {
    const n = untail(m[1], kind);
    if (n !== null && n > 0) out.push(n);
  }
  return out;
}

/** Whether `id` is one of the conversation's identifiers (exact, case-insensitive). */
export function matchesIdentifier(rec: ConversationRecord, id: string): boolean {
  const wanted = id.toLowerCase();
  return Object.values(identifiersFor(rec)).some((v) => v !== null && v.toLowerCase() === wanted);
}
