import type { Channel, Direction, RecordingState } from '../domain.js';
import { F, type ConversationRecord } from '../store/record.js';
import { Rng, mixSeed } from '../util/prng.js';
import {
  AI_AGENTS, CAMPAIGNS, CUSTOM_TAGS, DISPOSITION_BY_CODE, HUMAN_AGENTS, LANGUAGE_SKILL, SESSION_TAGS, SUPERVISORS, USER_TAGS,
  makeCustomer, type Language,
} from './catalog.js';
import { voiceCompletion } from './call-story.js';
import { render } from './render.js';
import { buildScript, intentFor, packFor, type Script } from './transcript.js';

export const GENERATOR_VERSION = 6;

const INBOUND_AI = AI_AGENTS.filter((a) => a.id !== 'agt_ai_echo');
const CHANNELS: [Channel, number][] = [['voice', 45], ['chat', 30], ['messaging', 13], ['email', 12]];
const LANGS: [Language, number][] = [['en-US', 72], ['es-ES', 9], ['de-DE', 5], ['fr-FR', 5], ['hi-IN', 5], ['ar-SA', 4]];
const AGENTS_BY_LANGUAGE = new Map(LANGS.map(([l]) => [l, HUMAN_AGENTS.filter((a) => a.languages.includes(l))]));
const LANGUAGE_QUEUE: Partial<Record<Language, string>> = { 'es-ES': 'q_spanish', 'de-DE': 'q_emea', 'fr-FR': 'q_emea', 'ar-SA': 'q_emea' };

const FEEDBACK: Record<number, string[]> = {
  1: ['Took forever and the problem is still not fixed.', 'The bot kept misunderstanding me.', 'I was transferred three times.'],
  2: ['Long wait before I reached someone.', 'Agent was polite but could not help.'],
  3: ['Okay, but it took longer than it should.', 'Fine in the end.'],
  4: ['Quick and helpful.', 'Agent knew what to do.', 'Good service, thanks.'],
  5: ['Excellent, solved in minutes!', 'Very friendly and fast.', 'Best support call I have had.', 'Perfect, thank you!'],
};

/** Call-quality: recording states and how often they occur among finished voice calls. */
const FINISHED_RECORDING: [RecordingState, number][] = [
  ['available', 74], ['failed', 2], ['media_unavailable', 2], ['partial_download_failed', 1.5], ['partial_upload_failed', 1.5],
  ['partial_failed', 1.5], ['initial_fetch_failed', 3], ['retry_failed', 2], ['24hr_retry_failed', 2], ['retention_deleted', 3],
  ['recording_disabled', 3],
];

const HEX = '0123456789abcdef';
function hex(rng: Rng, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += HEX[rng.nextUint32() & 15];
  return s;
}

function digits(rng: Rng): string {
  return String(rng.int(200, 989)) + String(rng.int(1000000, 9999999));
}

export interface GenerateOptions {
  /** Seed of the whole data set. */
  seed: number;
  /** "Now" for the data set: conversations still running at this instant are in progress. */
  nowMs: number;
  /** Force the channel (the live simulator starts voice and chat only). */
  channel?: Channel;
}

/**
 * One conversation with attributes drawn from realistic mixes. `n` fixes identity; `startMs`
 * comes from the caller so the data set can be ordered by time.
 */
export function generateConversation(n: number, startMs: number, opts: GenerateOptions & { lite?: boolean }): { rec: ConversationRecord; script: Script } {
  const seed = mixSeed(opts.seed, n);
  const rng = new Rng(seed);
  const drawn = rng.weighted(CHANNELS);
  const channel = opts.channel ?? drawn;
  const language = rng.weighted(LANGS);
  const direction: Direction = channel === 'voice' ? (rng.chance(0.14) ? 'outbound' : 'inbound') : channel === 'chat' ? 'inbound' : rng.chance(0.06) ? 'outbound' : 'inbound';
  const pack = packFor(language);
  const intent = rng.pick(pack.intents);
  const customer = makeCustomer((xs) => rng.pick(xs), () => digits(rng), language);

  // Who handles it: automation first most of the time; email is human-handled.
  const automationFirst = channel === 'email' ? rng.chance(0.15) : rng.chance(channel === 'voice' ? 0.78 : 0.7);
  const aiAgent = direction === 'outbound' ? 'agt_ai_echo' : automationFirst ? rng.pick(INBOUND_AI).id : null;
  let flags = 0;
  const set = (flag: number, p: number) => {
    if (rng.chance(p)) flags |= flag;
  };
  const voice = channel === 'voice';
  // Some voice calls are never answered (busy, cancelled while ringing, no capacity): nothing else happens in them.
  if (voice) set(F.NOT_CONNECTED, 0.04);
  const connected = !(flags & F.NOT_CONNECTED);
  if (aiAgent && connected) set(F.TRANSFER, channel === 'email' ? 0.9 : 0.42);
  const pool = AGENTS_BY_LANGUAGE.get(language)!;
  const humanAgents: string[] = [];
  if (connected && (!aiAgent || flags & F.TRANSFER)) {
    humanAgents.push(rng.pick(pool).id);
    set(F.HUMAN_TRANSFER, 0.1);
    if (flags & F.HUMAN_TRANSFER) humanAgents.push(rng.pick(pool.filter((a) => a.id !== humanAgents[0]) ?? pool).id ?? humanAgents[0]);
    if (voice || channel === 'chat') {
      set(F.WHISPER, 0.12);
      set(F.CONSULT, 0.08);
      set(F.REJECTED, 0.06);
    }
    if (voice) {
      set(F.HOLD, 0.3);
      if (flags & F.HOLD) set(F.CUSTOMER_HOLD, 0.25);
    }
    if (aiAgent) set(F.TRANSFER_BACK, 0.2);
    if (aiAgent) set(F.TRANSFER_FAILED, 0.12);
  }
  if (flags & F.CONSULT && !(flags & F.HOLD) && voice) flags |= F.HOLD;
  if (connected) {
    set(F.PII, 0.55);
    if (voice && aiAgent) {
      set(F.NO_INPUT, 0.12);
      set(F.DROP_OFF, 0.08);
      set(F.LLM_ERROR, 0.035);
    } else if (aiAgent) {
      set(F.LLM_ERROR, 0.02);
    }
    if (!(flags & (F.DROP_OFF | F.LLM_ERROR))) set(F.USER_HANGUP, voice ? 0.12 : 0.08);
  }
  if (channel === 'email') set(F.FOLLOW_UP, 0.3);
  const consultAgent = flags & F.CONSULT ? rng.pick(HUMAN_AGENTS.filter((a) => !humanAgents.includes(a.id))).id : null;

  const queues: string[] = [];
  if (LANGUAGE_QUEUE[language]) queues.push(LANGUAGE_QUEUE[language]!);
  if (!queues.includes(intent.queue)) queues.push(intent.queue);
  if (flags & F.HUMAN_TRANSFER) queues.push(rng.pick(['q_escalations', 'q_priority']));

  const skills = [LANGUAGE_SKILL[language], ...intent.skills];
  if (flags & F.HUMAN_TRANSFER) skills.push('tier2');

  const csatScore = (rng.chance(channel === 'email' ? 0.2 : 0.45) || flags & F.TRANSFER_BACK) && connected ? csatFor(rng, flags) : null;
  const campaign = direction === 'outbound' ? rng.pick(CAMPAIGNS) : null;
  const customTags = rng
    .sample(Object.keys(CUSTOM_TAGS), rng.int(0, 3))
    .map((name) => ({ name, value: rng.pick(CUSTOM_TAGS[name]) }));

  const rec: ConversationRecord = {
    n, seed, channel, direction, language, intent: intent.id, flags, startMs,
    plannedEndMs: startMs,
    aiAgent, scriptAgents: humanAgents, consultAgent, supervisor: rng.int(0, SUPERVISORS.length - 1),
    customerName: customer.name, customerPhone: customer.phone, customerEmail: customer.email,
    userId: `u_${hex(rng, 12)}`,
    sessionId: `ses_${hex(rng, 20)}`,
    endMs: null, status: 'in_progress', completionReason: null, smartStatus: 'Handled by AI', sentiment: null,
    supportAgent: null,
    agents: [...(aiAgent ? [aiAgent] : []), ...humanAgents],
    consultingAgents: consultAgent ? [consultAgent] : [],
    joinedUsers: [],
    queues, skills,
    mode: !aiAgent ? 'agent' : humanAgents.length ? 'hybrid' : 'automation',
    csatScore, csatFeedback: csatScore !== null && rng.chance(0.6) ? rng.pick(FEEDBACK[csatScore]) : null,
    customTags,
    campaignId: campaign?.id ?? null,
    sessionTags: rng.sample(SESSION_TAGS, rng.int(0, 2)),
    userTags: rng.sample(USER_TAGS, rng.int(0, 2)),
    snoozeCount: channel === 'email' || channel === 'messaging' ? (rng.chance(0.2) ? rng.int(1, 3) : 0) : 0,
    snoozeSeconds: 0,
    notes: [],
    hasRecording: voice,
    hasTranscript: connected && !(voice && rng.chance(0.01)),
    hasLatency: voice && connected && aiAgent !== null,
    dispositionCode: null, dispositionNotes: null, dispositionUpdatedMs: null, dispositionUpdatedBy: null, dispositionVersion: 0,
    recState: null, recEnabled: voice, recSinceMs: null, recAttempts: 0, recFailedAtMs: null,
  };
  if (rec.snoozeCount) rec.snoozeSeconds = rec.snoozeCount * rng.int(15, 240) * 60;
  rec.supportAgent = humanAgents[humanAgents.length - 1] ?? aiAgent;

  const script = buildScript(rec, { lite: opts.lite });
  rec.plannedEndMs = startMs + Math.round(script.durationSeconds * 1000);

  // Notes and disposition: typed by the human agent after the conversation.
  const humanInvolved = humanAgents.length > 0;
  if (humanInvolved && rng.chance(0.55)) {
    const ctx = { seed, brand: '', ai: '', agent: '', topic: intent.topic, firstName: '', customerEmail: '', customerPhone: '', language, startMs };
    const author = HUMAN_AGENTS.find((a) => a.id === humanAgents[humanAgents.length - 1])!;
    rec.notes.push({ id: `note_${n}_1`, author: author.name, text: render(rng.pick(intent.notes), ctx, rng).text, createdAt: new Date(rec.plannedEndMs + rng.int(20, 300) * 1000).toISOString() });
  }
  const dispositionCode = !connected ? (direction === 'outbound' ? 'customer_unreachable' : null) : humanInvolved || rng.chance(0.5) ? rng.pick(intent.dispositions) : null;
  if (dispositionCode && DISPOSITION_BY_CODE.has(dispositionCode)) {
    rec.dispositionCode = dispositionCode;
    rec.dispositionVersion = 1;
    rec.dispositionUpdatedMs = rec.plannedEndMs + rng.int(10, 240) * 1000;
    rec.dispositionUpdatedBy = humanInvolved ? HUMAN_AGENTS.find((a) => a.id === humanAgents[humanAgents.length - 1])!.name : null;
    if (humanInvolved && rng.chance(0.35)) {
      const ctx = { seed, brand: '', ai: '', agent: '', topic: intent.topic, firstName: '', customerEmail: '', customerPhone: '', language, startMs };
      rec.dispositionNotes = render(rng.pick(intent.notes), ctx, rng).text;
    }
  }

  applyOutcome(rec, opts.nowMs, rng);
  return { rec, script };
}

function csatFor(rng: Rng, flags: number): number {
  const troubled = flags & (F.DROP_OFF | F.LLM_ERROR | F.HUMAN_TRANSFER | F.TRANSFER_FAILED);
  return troubled ? rng.weighted([[1, 30], [2, 30], [3, 25], [4, 10], [5, 5]]) : rng.weighted([[1, 4], [2, 6], [3, 15], [4, 35], [5, 40]]);
}

/** Sets status, end, smart status, sentiment and recording state as of `nowMs`. */
export function applyOutcome(rec: ConversationRecord, nowMs: number, rng: Rng = new Rng(mixSeed(rec.seed, 0x0ca7))): void {
  const voice = rec.channel === 'voice';
  const running = rec.plannedEndMs > nowMs;
  const transferred = (rec.flags & F.TRANSFER) !== 0;
  if (running) {
    rec.status = 'in_progress';
    rec.endMs = null;
    rec.completionReason = null;
    rec.sentiment = null;
    // Automation talks first; a transferred conversation reaches an agent part-way through (the simulator updates it exactly).
    const agentYet = !rec.aiAgent || (transferred && nowMs - rec.startMs > (rec.plannedEndMs - rec.startMs) * 0.4);
    rec.smartStatus = rec.channel === 'email' || rec.channel === 'messaging' ? 'Awaiting customer' : agentYet ? 'Agent handling' : 'Handled by AI';
    if (voice) {
      rec.recState = rec.recEnabled ? 'call_in_progress' : 'recording_disabled';
      rec.recSinceMs = rec.startMs;
    }
    return;
  }
  rec.endMs = rec.plannedEndMs;
  if (rec.flags & (F.LLM_ERROR | F.NOT_CONNECTED)) {
    rec.status = 'error';
    rec.completionReason = null;
    rec.smartStatus = 'Disconnected';
  } else {
    rec.status = 'completed';
    if (voice) {
      rec.completionReason = voiceCompletion(rec);
    } else {
      rec.completionReason = null;
    }
    rec.smartStatus = rec.flags & F.DROP_OFF ? 'Inactive' : rec.flags & F.USER_HANGUP ? (voice ? 'Disconnected' : 'Inactive') : rec.flags & F.HUMAN_TRANSFER ? 'Escalated' : 'Resolved';
  }
  rec.sentiment = sentimentFor(rec, rng);
  if (voice) setFinishedRecording(rec, nowMs, rng);
}

function sentimentFor(rec: ConversationRecord, rng: Rng): ConversationRecord['sentiment'] {
  if (rec.flags & F.NOT_CONNECTED) return null; // nobody said anything
  if (rec.status === 'error' || rec.flags & F.DROP_OFF) return rng.chance(0.7) ? 'negative' : 'neutral';
  if (rec.csatScore !== null) return rec.csatScore >= 4 ? 'positive' : rec.csatScore <= 2 ? 'negative' : 'mixed';
  return rng.weighted([['positive', 35], ['neutral', 40], ['negative', 12], ['mixed', 13]] as const);
}

const TEN_MINUTES = 10 * 60_000;
const RETRIABLE = new Set<RecordingState>(['initial_fetch_failed', 'retry_failed', 'partial_download_failed', 'partial_upload_failed', 'partial_failed']);
const DAY = 86_400_000;

function setFinishedRecording(rec: ConversationRecord, nowMs: number, rng: Rng): void {
  const end = rec.endMs!;
  if (!rec.recEnabled || rng.chance(0.03)) {
    rec.recEnabled = false;
    rec.recState = 'recording_disabled';
    rec.recSinceMs = end;
    return;
  }
  rec.recEnabled = true;
  if (rec.flags & F.NOT_CONNECTED) {
    // Never answered: there is no media to record.
    rec.recState = 'media_unavailable';
    rec.recSinceMs = end;
    return;
  }
  if (nowMs - end < TEN_MINUTES) {
    // Media is still being generated; the automatic fetch runs ten minutes after the call.
    rec.recState = 'media_in_progress';
    rec.recSinceMs = end;
    return;
  }
  let state = rng.weighted(FINISHED_RECORDING);
  if (state === 'recording_disabled') state = 'available';
  if (state === 'retention_deleted' && nowMs - end < 45 * DAY) state = 'available';
  if (state === '24hr_retry_failed' && nowMs - end < DAY + TEN_MINUTES) state = 'retry_failed';
  // The automatic retry 24 hours after a failure has already run for older calls.
  if (RETRIABLE.has(state) && nowMs - end > DAY + TEN_MINUTES) state = rng.chance(0.5) ? 'available' : '24hr_retry_failed';
  rec.recState = state;
  rec.recSinceMs = end + TEN_MINUTES;
  rec.recAttempts = state === 'available' ? 1 : state === 'retry_failed' ? 2 : state === '24hr_retry_failed' ? 3 : 1;
  if (RETRIABLE.has(state) || state === '24hr_retry_failed') {
    rec.recFailedAtMs = end + TEN_MINUTES;
    if (state === '24hr_retry_failed') rec.recSinceMs = end + TEN_MINUTES + DAY;
    if (state === 'retry_failed') rec.recSinceMs = end + TEN_MINUTES + rng.int(1, 120) * 60_000;
  }
  if (state === 'retention_deleted') rec.recSinceMs = end + 45 * DAY;
  if (rec.recSinceMs !== null && rec.recSinceMs > nowMs) rec.recSinceMs = nowMs;
}

export { intentFor };
