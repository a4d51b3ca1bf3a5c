/**
 * The Agents tab: one row per participant with status, exit reason and voice quality.
 * A participant's quality comes from the RTCP reports of the customer's leg and of the
 * participant's own leg (the media server's for AI agents) while they were on the call:
 * MOS per report (E-model), jitter in ms, and packets lost per report interval.
 */
import { planCall, type CallPlan } from './call-plan.js';
import { jitterMs, lostPerInterval, minMaxAvg, reportMos } from './qos.js';
import type { DiagnosticsParticipant, MinMaxAvg, RtcpReport, VoiceCallInput, VoiceParticipant } from './types.js';

export const EXTERNAL_AGENT_TAG = 'External Agent';

export function generateParticipants(input: VoiceCallInput, reports: RtcpReport[]): DiagnosticsParticipant[] {
  const plan = planCall(input);
  const startMs = plan.startMs;
  const intervalLost = lostPerInterval(reports);
  return input.participants.map((p, index) => {
    const ownLeg = p.kind === 'ai' ? 'media' : plan.agentLegs.find((l) => l.participantIndex === index)?.id;
    const fromMs = startMs + p.joinOffsetSeconds * 1000;
    const toMs = p.leaveOffsetSeconds === null ? Infinity : startMs + p.leaveOffsetSeconds * 1000;
    const mine = reports.filter((r) => (r.legId === 'customer' || r.legId === ownLeg) && Date.parse(r.at) >= fromMs && Date.parse(r.at) <= toMs);
    const mos = mine.length ? minMaxAvg(mine.map(reportMos)) : null;
    const left = p.leaveOffsetSeconds !== null;
    const exit = left ? exitOf(plan, p, index) : { reason: null, description: null };
    return {
      id: `${input.conversationId}-p${index + 1}`,
      name: p.name,
      externalTag: p.external ? EXTERNAL_AGENT_TAG : null,
      callStatus: left ? 'Left' : 'In-Call',
      startTime: new Date(fromMs).toISOString(),
      endTime: left ? new Date(toMs).toISOString() : null,
      avgMos: mos ? mos.avg : null,
      exitReason: exit.reason,
      exitDescription: exit.description,
      mos,
      jitter: statOrNull(mine.map(jitterMs)),
      packetsLost: statOrNull(mine.map((r) => intervalLost.get(r) ?? 0)),
    };
  });
}

function statOrNull(values: number[]): MinMaxAvg | null {
  return values.length ? minMaxAvg(values) : null;
}

const FAILURE_DESCRIPTIONS: Record<'inbound' | 'outbound', Record<string, string>> = {
  inbound: {
    busy_486: 'The call was not connected: the platform answered 486 Busy Here.',
    cancelled_487: 'The caller hung up while the call was ringing (487 Request Terminated).',
    unavailable_503: 'The call was not connected: the service was unavailable (503).',
  },
  outbound: {
    busy_486: 'The call was not connected: the customer\'s line was busy (486 Busy Here).',
    cancelled_487: 'The customer did not answer; the call was cancelled after ringing (487 Request Terminated).',
    unavailable_503: 'The call was not connected: the carrier was unavailable (503).',
  },
};

/** Exit reason and description from the call's own story: how it failed, who transferred, who hung up. */
function exitOf(plan: CallPlan, p: VoiceParticipant, index: number): { reason: string; description: string } {
  const { input } = plan;
  const failure = FAILURE_DESCRIPTIONS[input.direction][input.outcome];
  if (failure) return { reason: 'Disconnected', description: failure };
  if (p.exit === 'transfer') {
    const leave = p.leaveOffsetSeconds ?? input.durationSeconds;
    const next = input.participants.find((q, i) => i !== index && q.joinOffsetSeconds >= leave - 1);
    return { reason: 'Transfer', description: next ? `Transferred the call to ${next.name}${next.external ? ' (external)' : ''}.` : 'Transferred the call.' };
  }
  if (p.exit === 'left') return { reason: 'Disconnected', description: `${p.name} left the call before it ended.` };
  if (plan.endCause.code !== 16) {
    return { reason: 'Disconnected', description: `The platform ended the call after an error (Q.850 cause ${plan.endCause.code}: ${plan.endCause.text}).` };
  }
  return {
    reason: 'Call Ended',
    description: plan.hangupBy === 'customer' ? 'The customer ended the call.' : `${p.name} ended the call.`,
  };
}
