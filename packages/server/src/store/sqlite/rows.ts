import type { ConversationRecord } from '../record.js';
import { CONVERSATION_COLUMNS } from './schema.js';

type Column = (typeof CONVERSATION_COLUMNS)[number];

/** Position of each column in `SELECT <CONVERSATION_COLUMNS>` rows read in raw (array) mode, which is much cheaper than objects. */
const AT = Object.fromEntries(CONVERSATION_COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

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

/** A raw row (values in CONVERSATION_COLUMNS order, as `SELECT <columns>` returns them in raw mode) as a record. */
export function fromRow(r: unknown[]): ConversationRecord {
  return {
    n: r[AT.n] as number,
    seed: r[AT.seed] as number,
    channel: r[AT.channel] as ConversationRecord['channel'],
    direction: r[AT.direction] as ConversationRecord['direction'],
    language: r[AT.language] as string,
    intent: r[AT.intent] as string,
    flags: r[AT.flags] as number,
    startMs: r[AT.start_ms] as number,
    plannedEndMs: r[AT.planned_end_ms] as number,
    aiAgent: r[AT.ai_agent] as string | null,
    scriptAgents: unlist(r[AT.script_agents]),
    consultAgent: r[AT.consult_agent] as string | null,
    supervisor: r[AT.supervisor] as number,
    customerName: r[AT.customer_name] as string,
    customerPhone: r[AT.customer_phone] as string,
    customerEmail: r[AT.customer_email] as string,
    userId: r[AT.user_id] as string,
    sessionId: r[AT.session_id] as string,
    endMs: r[AT.end_ms] as number | null,
    status: r[AT.status] as ConversationRecord['status'],
    completionReason: r[AT.completion_reason] as ConversationRecord['completionReason'],
    smartStatus: r[AT.smart_status] as string,
    sentiment: r[AT.sentiment] as ConversationRecord['sentiment'],
    supportAgent: r[AT.support_agent] as string | null,
    agents: unlist(r[AT.agents]),
    consultingAgents: unlist(r[AT.consulting_agents]),
    joinedUsers: unjson(r[AT.joined_users], []),
    queues: unlist(r[AT.queues]),
    skills: unlist(r[AT.skills]),
    mode: r[AT.mode] as ConversationRecord['mode'],
    csatScore: r[AT.csat_score] as number | null,
    csatFeedback: r[AT.csat_feedback] as string | null,
    customTags: unjson(r[AT.custom_tags], []),
    campaignId: r[AT.campaign_id] as string | null,
    sessionTags: unjson(r[AT.session_tags], []),
    userTags: unjson(r[AT.user_tags], []),
    snoozeCount: r[AT.snooze_count] as number,
    snoozeSeconds: r[AT.snooze_seconds] as number,
    notes: unjson(r[AT.notes], []),
    hasRecording: r[AT.has_recording] === 1,
    hasTranscript: r[AT.has_transcript] === 1,
    hasLatency: r[AT.has_latency] === 1,
    dispositionCode: r[AT.disp_code] as string | null,
    dispositionNotes: r[AT.disp_notes] as string | null,
    dispositionUpdatedMs: r[AT.disp_updated_ms] as number | null,
    dispositionUpdatedBy: r[AT.disp_updated_by] as string | null,
    dispositionVersion: r[AT.disp_version] as number,
    recState: r[AT.rec_state] as ConversationRecord['recState'],
    recEnabled: r[AT.rec_enabled] === 1,
    recSinceMs: r[AT.rec_since_ms] as number | null,
    recAttempts: r[AT.rec_attempts] as number,
    recFailedAtMs: r[AT.rec_failed_at_ms] as number | null,
  };
}
