import type { Channel, CompletionReason, Direction, RecordingState, Sentiment, Status } from '../domain.js';

/** Script flags: which episodes the conversation's transcript contains. Immutable after creation. */
export const F = {
  TRANSFER: 1 << 0, // automation → human agent
  HUMAN_TRANSFER: 1 << 1, // human → second human agent
  TRANSFER_BACK: 1 << 2, // human → automation (survey)
  HOLD: 1 << 3,
  WHISPER: 1 << 4,
  NO_INPUT: 1 << 5, // one missed turn, recovered
  DROP_OFF: 1 << 6, // no-input attempts exhausted, call ends
  LLM_ERROR: 1 << 7,
  PII: 1 << 8,
  CONSULT: 1 << 9,
  USER_HANGUP: 1 << 10, // customer hangs up before the closing
  FOLLOW_UP: 1 << 11, // customer writes again (email) / extra step
  REJECTED: 1 << 12, // first offered agent rejected the conversation
  TRANSFER_FAILED: 1 << 13, // a transfer attempt failed before succeeding
  CUSTOMER_HOLD: 1 << 14, // customer asked for the hold
  NOT_CONNECTED: 1 << 15, // voice: the call failed at signalling and was never answered
} as const;

/** One stored conversation. Script fields (seed … supervisor) never change; the transcript is derived from them. */
export interface ConversationRecord {
  n: number;
  seed: number;
  channel: Channel;
  direction: Direction;
  language: string;
  intent: string;
  flags: number;
  startMs: number;
  /** When the script's last item ends (the planned end while in progress). */
  plannedEndMs: number;
  aiAgent: string | null;
  scriptAgents: string[];
  consultAgent: string | null;
  supervisor: number;
  customerName: string;
  customerPhone: string;
  customerEmail: string;
  userId: string;
  sessionId: string;

  endMs: number | null;
  status: Status;
  completionReason: CompletionReason | null;
  smartStatus: string;
  sentiment: Sentiment | null;
  supportAgent: string | null;
  agents: string[];
  consultingAgents: string[];
  joinedUsers: { id: string; name: string }[];
  queues: string[];
  skills: string[];
  mode: 'automation' | 'agent' | 'hybrid';
  csatScore: number | null;
  csatFeedback: string | null;
  customTags: { name: string; value: string }[];
  campaignId: string | null;
  sessionTags: string[];
  userTags: string[];
  snoozeCount: number;
  snoozeSeconds: number;
  notes: { id: string; author: string; text: string; createdAt: string }[];
  hasRecording: boolean;
  hasTranscript: boolean;
  hasLatency: boolean;

  dispositionCode: string | null;
  dispositionNotes: string | null;
  dispositionUpdatedMs: number | null;
  dispositionUpdatedBy: string | null;
  dispositionVersion: number;

  recState: RecordingState | null;
  recEnabled: boolean;
  /** When the recording entered its current state. */
  recSinceMs: number | null;
  recAttempts: number;
  /** First failure time: the 24-hour automatic retry counts from it. */
  recFailedAtMs: number | null;
}

export function publicId(n: number): string {
  return `conv_${String(n).padStart(6, '0')}`;
}

export function parsePublicId(id: string): number | null {
  const m = /^conv_(\d{1,12})$/.exec(id);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
