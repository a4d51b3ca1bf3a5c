/** Response shapes of the contract (packages/contract/DOMAIN.md, openapi.yaml). */

export type Channel = 'voice' | 'chat' | 'email' | 'messaging';
export type Direction = 'inbound' | 'outbound';
export type Status = 'in_progress' | 'error' | 'completed';
export type CompletionReason = 'drop_off' | 'user_hangup' | 'ai_agent_hangup';
export type Sentiment = 'positive' | 'neutral' | 'negative' | 'mixed';
export type Role = 'viewer' | 'analyst' | 'supervisor' | 'admin';

export const PERMISSIONS = [
  'recordings.download', 'transcripts.download', 'pii.view', 'dispositions.edit', 'events.view',
  'exports.run', 'supervisor.act', 'diagnostics.view', 'filters.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface User {
  id: string;
  name: string;
  role: Role;
}

export interface AgentRef {
  id: string;
  name: string;
  kind: 'human' | 'ai';
  avatarUrl: string | null;
}

export interface QueueRef {
  id: string;
  name: string;
}

export interface Identifiers {
  callId: string | null;
  sessionId: string | null;
  channelUserId: string | null;
  callConversationId: string | null;
  agentConversationId: string | null;
  userId: string | null;
  campaignInstanceId: string | null;
}

export interface ConversationSummary {
  id: string;
  channel: Channel;
  direction: Direction;
  language: string;
  sentiment: Sentiment | null;
  customer: { name: string | null; phone: string | null; email: string | null; userId: string; obscured: boolean };
  supportAgent: AgentRef | null;
  agents: AgentRef[];
  queues: QueueRef[];
  skills: string[];
  startTime: string;
  endTime: string | null;
  durationSeconds: number;
  status: Status;
  completionReason: CompletionReason | null;
  smartStatus: string;
  csat: { score: number; feedback: string | null } | null;
  customTags: { name: string; value: string }[];
  identifiers: Identifiers;
  hasRecording: boolean;
  hasTranscript: boolean;
  hasLatencyReport: boolean;
}

export type RecordingState =
  | 'available' | 'failed' | 'media_unavailable' | 'call_in_progress' | 'media_in_progress'
  | 'partial_download_failed' | 'partial_upload_failed' | 'partial_failed' | 'fetching_in_progress'
  | 'initial_fetch_failed' | 'retry_failed' | '24hr_retry_failed' | 'retention_deleted' | 'recording_disabled';

export interface Disposition {
  code: string;
  label: string;
  notes: string | null;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
}

export interface Note {
  id: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface Conversation extends ConversationSummary {
  consultingAgents: AgentRef[];
  joinedUsers: { id: string; name: string }[];
  mode: 'automation' | 'agent' | 'hybrid';
  disposition: Disposition | null;
  notes: Note[];
  snoozeCount: number;
  snoozeDurationSeconds: number;
  campaign: { id: string; name: string } | null;
  sessionTags: string[];
  userTags: string[];
  caller: string | null;
  callee: string | null;
  recording: { state: RecordingState; enabled: boolean } | null;
}

export type Speaker = 'customer' | 'ai_agent' | 'human_agent' | 'system';

export interface Redaction {
  start: number;
  end: number;
  entity: string;
}

export interface LatencyMarks {
  userStoppedSpeakingAt: string | null;
  asrTranscriptAt: string | null;
  transcriptSentAt: string | null;
  botResponseAt: string | null;
  ttsRequestAt: string | null;
  ttsFirstByteAt: string | null;
  firstAudioHeardAt: string | null;
}

/** ASR, Bot, TTS and end-to-end latency of one AI voice turn, in milliseconds. */
export interface Latency {
  asrMs: number | null;
  botMs: number | null;
  ttsMs: number | null;
  e2eMs: number | null;
  marks: LatencyMarks | null;
}

interface ItemBase {
  id: string;
  seq: number;
  at: string;
  offsetSeconds: number | null;
  durationSeconds: number | null;
}

export type TranscriptItem =
  | (ItemBase & { kind: 'message'; speaker: Speaker; speakerName: string | null; text: string; redactions: Redaction[]; latency: Latency | null })
  | (ItemBase & { kind: 'whisper'; speakerName: string; text: string })
  | (ItemBase & { kind: 'transfer'; stage: 'to_agent' | 'to_automation'; label: string })
  | (ItemBase & { kind: 'no_input'; attempt: number; maxAttempts: number; maxReached: boolean })
  | (ItemBase & { kind: 'hold'; startedBy: 'customer' | 'agent' })
  | (ItemBase & { kind: 'email'; subject: string; from: string | null; to: (string | null)[]; cc: (string | null)[]; bcc: (string | null)[]; bodyText: string; direction: Direction })
  | (ItemBase & { kind: 'llm_error'; message: string; provider: string | null; eventPayload: string });

export const EVENT_TYPES = [
  'routing_initiation', 'conversation_acceptance', 'conversation_rejection', 'conversation_transfer', 'transfer_failure',
  'agent_join', 'agent_left', 'agent_consultation', 'skill_change', 'disposition_update', 'after_call_work', 'conversation_closure',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ConversationEvent {
  id: string;
  type: EventType;
  at: string;
  actor: string | null;
  details: Record<string, unknown>;
}
