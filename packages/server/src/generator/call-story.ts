/**
 * How a voice call went at the signalling level, decided once from the conversation's flags so
 * that its status, transcript, recording, SIP dialog and participants tell the same story.
 */
import type { CompletionReason } from '../domain.js';
import { F, type ConversationRecord } from '../store/record.js';
import { Rng, mixSeed } from '../util/prng.js';

export type CallFailure = 'busy_486' | 'cancelled_487' | 'unavailable_503';

export interface CallStory {
  /** Set when the call was never answered: nobody spoke, nothing was recorded. */
  failure: CallFailure | null;
  /** Never-answered calls: seconds from the INVITE to the final response or CANCEL. */
  setupSeconds: number;
  /** Answered calls: seconds from the INVITE to the 200 OK (ringing); the first turn comes after it. */
  answerSeconds: number;
  /** Who sends the BYE towards the customer. */
  hangupBy: 'customer' | 'platform';
  /** Q.850 cause in the BYE's Reason header. */
  cause: { code: number; text: string };
}

const NORMAL = { code: 16, text: 'Normal call clearing' };
/** The platform gave up after the AI agent failed. */
const TEMPORARY_FAILURE = { code: 41, text: 'Temporary failure' };

/** A finished voice call's completion reason, from its flags (the status the list shows). */
export function voiceCompletion(rec: ConversationRecord): CompletionReason {
  const transferred = (rec.flags & F.TRANSFER) !== 0;
  if (rec.flags & F.DROP_OFF) return 'drop_off';
  if (rec.flags & F.USER_HANGUP) return 'user_hangup';
  if (rec.aiAgent && (!transferred || rec.flags & F.TRANSFER_BACK)) return 'ai_agent_hangup';
  return 'user_hangup';
}

export function callStory(rec: ConversationRecord): CallStory {
  const rng = new Rng(mixSeed(rec.seed, 0x5e70));
  if (rec.flags & F.NOT_CONNECTED) {
    const inbound = rec.direction === 'inbound';
    // Inbound: the caller gives up while it rings, or the platform is busy / out of capacity.
    // Outbound: the customer is busy, or nobody answers and the platform cancels after ringing.
    const failure = rng.weighted<CallFailure>(inbound ? [['cancelled_487', 45], ['unavailable_503', 35], ['busy_486', 20]] : [['busy_486', 45], ['cancelled_487', 40], ['unavailable_503', 15]]);
    const setupSeconds = failure === 'cancelled_487' ? (inbound ? rng.float(4, 35) : rng.float(25, 40)) : failure === 'busy_486' ? rng.float(0.4, 4) : rng.float(0.2, 1.2);
    return { failure, setupSeconds: round(setupSeconds), answerSeconds: 0, hangupBy: inbound ? 'customer' : 'platform', cause: NORMAL };
  }
  // The platform answers inbound calls within a ring or two; an outbound call rings until the customer picks up.
  const answerSeconds = round(rec.direction === 'inbound' ? rng.float(0.4, 1.5) : rng.float(3, 14));
  if (rec.flags & F.LLM_ERROR) return { failure: null, setupSeconds: 0, answerSeconds, hangupBy: 'platform', cause: TEMPORARY_FAILURE };
  return { failure: null, setupSeconds: 0, answerSeconds, hangupBy: voiceCompletion(rec) === 'user_hangup' ? 'customer' : 'platform', cause: NORMAL };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
