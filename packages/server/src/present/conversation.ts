import type { AgentRef, Conversation, ConversationSummary, Disposition } from '../domain.js';
import { AGENT_BY_ID, CAMPAIGNS, CENTRE_NUMBERS, DISPOSITION_BY_CODE, QUEUE_BY_ID, type Language } from '../generator/catalog.js';
import { publicId, type ConversationRecord } from '../store/record.js';
import { identifiersFor } from './identifiers.js';

/** Who is looking: decides what PII a response may carry. */
export interface Viewer {
  canViewPii: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function agentRef(id: string): AgentRef {
  const a = AGENT_BY_ID.get(id);
  return { id, name: a?.name ?? id, kind: a?.kind ?? 'human', avatarUrl: a ? `/avatars/${id}.svg` : null };
}

export function durationSeconds(rec: ConversationRecord, nowMs: number): number {
  const end = rec.endMs ?? Math.max(rec.startMs, nowMs);
  return Math.round((end - rec.startMs) / 1000);
}

export function toSummary(rec: ConversationRecord, viewer: Viewer, nowMs: number): ConversationSummary {
  const pii = viewer.canViewPii;
  return {
    id: publicId(rec.n),
    channel: rec.channel,
    direction: rec.direction,
    language: rec.language,
    sentiment: rec.sentiment,
    customer: {
      name: pii ? rec.customerName : null,
      phone: pii && (rec.channel === 'voice' || rec.channel === 'messaging') ? rec.customerPhone : null,
      email: pii && (rec.channel === 'email' || rec.channel === 'chat') ? rec.customerEmail : null,
      userId: rec.userId,
      obscured: !pii,
    },
    supportAgent: rec.supportAgent ? agentRef(rec.supportAgent) : null,
    agents: rec.agents.map(agentRef),
    queues: rec.queues.map((id) => ({ id, name: QUEUE_BY_ID.get(id)?.name ?? id })),
    skills: rec.skills,
    startTime: iso(rec.startMs),
    endTime: rec.endMs === null ? null : iso(rec.endMs),
    durationSeconds: durationSeconds(rec, nowMs),
    status: rec.status,
    completionReason: rec.completionReason,
    smartStatus: rec.smartStatus,
    csat: rec.csatScore === null ? null : { score: rec.csatScore, feedback: rec.csatFeedback },
    customTags: rec.customTags,
    identifiers: identifiersFor(rec),
    // True when the recording can be played and downloaded now (see recording.state for why not).
    hasRecording: rec.hasRecording && rec.recState === 'available',
    hasTranscript: rec.hasTranscript,
    hasLatencyReport: rec.hasLatency,
  };
}

export function toDisposition(rec: ConversationRecord): Disposition | null {
  if (!rec.dispositionCode || rec.dispositionUpdatedMs === null) return null;
  return {
    code: rec.dispositionCode,
    label: DISPOSITION_BY_CODE.get(rec.dispositionCode)?.label ?? rec.dispositionCode,
    notes: rec.dispositionNotes,
    updatedAt: iso(rec.dispositionUpdatedMs),
    updatedBy: rec.dispositionUpdatedBy,
    version: rec.dispositionVersion,
  };
}

/** The caller/callee of a voice call, from the customer's side or the centre's. */
function parties(rec: ConversationRecord): { caller: string | null; callee: string | null } {
  if (rec.channel !== 'voice' && rec.channel !== 'messaging') return { caller: null, callee: null };
  const centre = CENTRE_NUMBERS[rec.language as Language] ?? CENTRE_NUMBERS['en-US'];
  return rec.direction === 'inbound' ? { caller: rec.customerPhone, callee: centre } : { caller: centre, callee: rec.customerPhone };
}

export function toConversation(rec: ConversationRecord, viewer: Viewer, nowMs: number): Conversation {
  const { caller, callee } = parties(rec);
  const campaign = rec.campaignId ? CAMPAIGNS.find((c) => c.id === rec.campaignId) ?? null : null;
  return {
    ...toSummary(rec, viewer, nowMs),
    consultingAgents: rec.consultingAgents.map(agentRef),
    joinedUsers: rec.joinedUsers,
    mode: rec.mode,
    disposition: toDisposition(rec),
    notes: rec.notes,
    snoozeCount: rec.snoozeCount,
    snoozeDurationSeconds: rec.snoozeSeconds,
    campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
    sessionTags: rec.sessionTags,
    userTags: rec.userTags,
    caller: viewer.canViewPii ? caller : null,
    callee: viewer.canViewPii ? callee : null,
    recording: rec.channel === 'voice' && rec.recState ? { state: rec.recState, enabled: rec.recEnabled } : null,
  };
}
