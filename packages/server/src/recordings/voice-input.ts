import type { VoiceCallInput, VoiceParticipant } from '../diagnostics/types.js';
import { callStory } from '../generator/call-story.js';
import { AGENT_BY_ID, CENTRE_NUMBERS, type Language } from '../generator/catalog.js';
import type { Script } from '../generator/transcript.js';
import { publicId, type ConversationRecord } from '../store/record.js';
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

  const story = callStory(rec);
  const participants: VoiceParticipant[] = [];
  const open = new Map<string, VoiceParticipant>();
  const transferAt = new Set(script.milestones.filter((m) => m.kind === 'transfer').map((m) => m.at));
  const endAt = script.milestones.find((m) => m.kind === 'end')?.at ?? Infinity;
  // A call that was never answered was offered to its first agent, who never got it.
  const offered = story.failure ? AGENT_BY_ID.get(rec.aiAgent ?? rec.scriptAgents[0] ?? '') : undefined;
  if (offered) participants.push({ name: offered.name, kind: offered.kind, external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: rec.endMs === null ? null : duration });
  for (const m of script.milestones) {
    if (m.at > duration) break;
    const agent = m.agent ? AGENT_BY_ID.get(m.agent) : undefined;
    if (m.kind === 'agent_join' && agent) {
      const p: VoiceParticipant = { name: agent.name, kind: agent.kind, external: false, joinOffsetSeconds: m.at, leaveOffsetSeconds: null };
      participants.push(p);
      open.set(agent.id, p);
    } else if (m.kind === 'agent_left' && agent && open.has(agent.id)) {
      const p = open.get(agent.id)!;
      open.delete(agent.id);
      if (m.at >= endAt) continue; // on the call until it ended
      p.leaveOffsetSeconds = m.at;
      if (transferAt.has(m.at)) p.exit = 'transfer';
    } else if (m.kind === 'consult' && rec.consultAgent) {
      const consultant = AGENT_BY_ID.get(rec.consultAgent);
      if (consultant) {
        const leave = Math.min(duration, m.at + rng.float(20, 70));
        const stays = leave >= duration;
        participants.push({ name: consultant.name, kind: 'human', external: rng.chance(0.4), joinOffsetSeconds: m.at, leaveOffsetSeconds: stays ? (rec.endMs === null ? null : duration) : leave, ...(stays ? {} : { exit: 'left' as const }) });
      }
    }
  }
  if (rec.endMs !== null) for (const p of participants) p.leaveOffsetSeconds ??= duration;

  // Every answered call reports RTCP on every leg; a one-way call is still reported by the side that hears.
  const quality = rng.weighted([['good', 72], ['fair', 15], ['poor', 10], ['one_way', 3]] as const);
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
    outcome: story.failure ?? 'completed',
    ...(story.failure ? {} : { answerOffsetSeconds: story.answerSeconds }),
    hangupBy: story.hangupBy,
    endCause: story.cause,
    quality,
    participants,
  };
}
