import type { VoiceCallInput, VoiceParticipant } from '../diagnostics/types.js';
import { AGENT_BY_ID, CENTRE_NUMBERS, type Language } from '../generator/catalog.js';
import type { Script } from '../generator/transcript.js';
import { F, publicId, type ConversationRecord } from '../store/record.js';
import { Rng, mixSeed } from '../util/prng.js';

/**
 * What the media and diagnostics generators need to know about a voice call, derived from its
 * script: speech turns with their offsets (so audio lines up with the transcript), holds,
 * participants with join/leave times, and the network quality.
 */
export function voiceCallInput(rec: ConversationRecord, script: Script, nowMs: number): VoiceCallInput {
  const rng = new Rng(mixSeed(rec.seed, 0x5011));
  const endMs = rec.endMs ?? Math.min(Math.max(nowMs, rec.startMs), rec.plannedEndMs);
  const duration = Math.max(1, (endMs - rec.startMs) / 1000);
  const centre = CENTRE_NUMBERS[rec.language as Language] ?? CENTRE_NUMBERS['en-US'];
  const inbound = rec.direction === 'inbound';

  const turns = script.speech
    .filter((s) => s.startSeconds < duration)
    .map((s) => ({ speaker: s.channel === 0 ? ('customer' as const) : ('agent' as const), text: s.text, offsetSeconds: s.startSeconds, durationSeconds: Math.min(s.durationSeconds, duration - s.startSeconds) }));
  const holds = script.items
    .filter((i) => i.kind === 'hold' && i.offsetSeconds !== null && i.offsetSeconds < duration)
    .map((i) => ({ offsetSeconds: i.offsetSeconds!, durationSeconds: Math.min(i.durationSeconds ?? 0, duration - i.offsetSeconds!) }));

  const participants: VoiceParticipant[] = [];
  const open = new Map<string, VoiceParticipant>();
  for (const m of script.milestones) {
    if (m.at > duration) break;
    const agent = m.agent ? AGENT_BY_ID.get(m.agent) : undefined;
    if (m.kind === 'agent_join' && agent) {
      const p: VoiceParticipant = { name: agent.name, kind: agent.kind, external: false, joinOffsetSeconds: m.at, leaveOffsetSeconds: null };
      participants.push(p);
      open.set(agent.id, p);
    } else if (m.kind === 'agent_left' && agent && open.has(agent.id)) {
      open.get(agent.id)!.leaveOffsetSeconds = m.at;
      open.delete(agent.id);
    } else if (m.kind === 'consult' && rec.consultAgent) {
      const consultant = AGENT_BY_ID.get(rec.consultAgent);
      if (consultant) {
        const leave = Math.min(duration, m.at + rng.float(20, 70));
        participants.push({ name: consultant.name, kind: 'human', external: rng.chance(0.4), joinOffsetSeconds: m.at, leaveOffsetSeconds: rec.endMs === null && leave >= duration ? null : leave });
      }
    }
  }
  if (rec.endMs !== null) for (const p of participants) p.leaveOffsetSeconds ??= duration;

  const quality = rng.weighted([['good', 70], ['fair', 14], ['poor', 8], ['one_way', 3], ['no_rtcp', 2.5], ['single_report', 2.5]] as const);
  return {
    conversationId: publicId(rec.n),
    seed: rec.seed,
    startTime: new Date(rec.startMs).toISOString(),
    durationSeconds: Math.round(duration * 1000) / 1000,
    direction: rec.direction,
    caller: inbound ? rec.customerPhone : centre,
    callee: inbound ? centre : rec.customerPhone,
    turns,
    holds,
    outcome: callOutcome(rec, rng),
    quality,
    participants,
  };
}

/**
 * How the SIP dialog went. Calls that ended in Error failed at signalling (busy, cancelled while
 * ringing, or no capacity); a human-to-human transfer is a REFER; a hold is a re-INVITE
 * (sendonly / sendrecv). Everything else is a plain INVITE … BYE.
 */
function callOutcome(rec: ConversationRecord, rng: Rng): VoiceCallInput['outcome'] {
  if (rec.status === 'error') return rng.weighted([['busy_486', 40], ['cancelled_487', 30], ['unavailable_503', 30]] as const);
  if (rec.flags & F.HUMAN_TRANSFER) return 'transfer';
  if (rec.flags & F.HOLD) return 'reinvite';
  return 'completed';
}
