import type { ConversationRecord } from '../record.js';
import { CONVERSATION_COLUMNS } from './schema.js';

type Row = Record<(typeof CONVERSATION_COLUMNS)[number], unknown>;

const list = (xs: string[]) => (xs.length ? `,${xs.join(',')},` : '');
const unlist = (s: unknown) => (typeof s === 'string' && s.length > 2 ? s.slice(1, -1).split(',') : []);
const json = (v: unknown) => JSON.stringify(v);
const unjson = <T>(s: unknown, fallback: T): T => (typeof s === 'string' && s.length ? (JSON.parse(s) as T) : fallback);

export function toRow(r: ConversationRecord): unknown[] {
  return [
    r.n, r.seed, r.channel, r.direction, r.language, r.intent, r.flags, r.startMs, r.plannedEndMs, r.aiAgent, list(r.scriptAgents),
    r.consultAgent, r.supervisor, r.customerName, r.customerPhone, r.customerEmail, r.userId, r.sessionId, r.endMs, r.status,
    r.completionReason, r.smartStatus, r.sentiment, r.supportAgent, list(r.agents), list(r.consultingAgents), json(r.joinedUsers),
    list(r.queues), list(r.skills), r.mode, r.csatScore, r.csatFeedback, json(r.customTags), r.campaignId, json(r.sessionTags),
    json(r.userTags), r.snoozeCount, r.snoozeSeconds, json(r.notes), +r.hasRecording, +r.hasTranscript, +r.hasLatency,
    r.dispositionCode, r.dispositionNotes, r.dispositionUpdatedMs, r.dispositionUpdatedBy, r.dispositionVersion, r.recState,
    +r.recEnabled, r.recSinceMs, r.recAttempts, r.recFailedAtMs,
  ];
}

export function fromRow(row: Row): ConversationRecord {
  return {
    n: row.n as number,
    seed: row.seed as number,
    channel: row.channel as ConversationRecord['channel'],
    direction: row.direction as ConversationRecord['direction'],
    language: row.language as string,
    intent: row.intent as string,
    flags: row.flags as number,
    startMs: row.start_ms as number,
    plannedEndMs: row.planned_end_ms as number,
    aiAgent: row.ai_agent as string | null,
    scriptAgents: unlist(row.script_agents),
    consultAgent: row.consult_agent as string | null,
    supervisor: row.supervisor as number,
    customerName: row.customer_name as string,
    customerPhone: row.customer_phone as string,
    customerEmail: row.customer_email as string,
    userId: row.user_id as string,
    sessionId: row.session_id as string,
    endMs: row.end_ms as number | null,
    status: row.status as ConversationRecord['status'],
    completionReason: row.completion_reason as ConversationRecord['completionReason'],
    smartStatus: row.smart_status as string,
    sentiment: row.sentiment as ConversationRecord['sentiment'],
    supportAgent: row.support_agent as string | null,
    agents: unlist(row.agents),
    consultingAgents: unlist(row.consulting_agents),
    joinedUsers: unjson(row.joined_users, []),
    queues: unlist(row.queues),
    skills: unlist(row.skills),
    mode: row.mode as ConversationRecord['mode'],
    csatScore: row.csat_score as number | null,
    csatFeedback: row.csat_feedback as string | null,
    customTags: unjson(row.custom_tags, []),
    campaignId: row.campaign_id as string | null,
    sessionTags: unjson(row.session_tags, []),
    userTags: unjson(row.user_tags, []),
    snoozeCount: row.snooze_count as number,
    snoozeSeconds: row.snooze_seconds as number,
    notes: unjson(row.notes, []),
    hasRecording: row.has_recording === 1,
    hasTranscript: row.has_transcript === 1,
    hasLatency: row.has_latency === 1,
    dispositionCode: row.disp_code as string | null,
    dispositionNotes: row.disp_notes as string | null,
    dispositionUpdatedMs: row.disp_updated_ms as number | null,
    dispositionUpdatedBy: row.disp_updated_by as string | null,
    dispositionVersion: row.disp_version as number,
    recState: row.rec_state as ConversationRecord['recState'],
    recEnabled: row.rec_enabled === 1,
    recSinceMs: row.rec_since_ms as number | null,
    recAttempts: row.rec_attempts as number,
    recFailedAtMs: row.rec_failed_at_ms as number | null,
  };
}
