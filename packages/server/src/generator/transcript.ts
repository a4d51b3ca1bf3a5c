import type { Latency, Redaction, TranscriptItem } from '../domain.js';
import { F, publicId, type ConversationRecord } from '../store/record.js';
import { Rng, mixSeed } from '../util/prng.js';
import { AGENT_BY_ID, BRAND, BRAND_DOMAIN, SUPERVISORS, type Language } from './catalog.js';
import { callStory } from './call-story.js';
import { factOf, render, type SlotContext } from './render.js';
import { PACKS, type IntentScript, type LanguagePack } from './scripts/index.js';

/** Moments the events and diagnostics generators hang off. Seconds from the start. */
export interface Milestone {
  kind: 'agent_join' | 'agent_left' | 'transfer' | 'transfer_failed' | 'rejected' | 'hold_start' | 'hold_end' | 'consult' | 'whisper' | 'end';
  at: number;
  agent?: string;
  stage?: 'to_agent' | 'to_automation';
}

/** A span of speech on one audio channel (0 customer, 1 agent), for synthesis and peaks. */
export interface SpeechSegment {
  channel: 0 | 1;
  startSeconds: number;
  durationSeconds: number;
  text: string;
  speaker: 'customer' | 'ai_agent' | 'human_agent';
}

export interface Script {
  subject: string | null;
  items: TranscriptItem[];
  durationSeconds: number;
  milestones: Milestone[];
  speech: SpeechSegment[];
}

const WORDS_PER_SECOND = 2.6;
const VOICE = 'voice';

export function intentFor(language: string, intent: string): IntentScript {
  const pack = packFor(language);
  return pack.intents.find((i) => i.id === intent) ?? pack.intents[0];
}

export function packFor(language: string): LanguagePack {
  return PACKS[language as Language] ?? PACKS['en-US'];
}

function firstName(name: string): string {
  return name.split(' ')[0];
}

function aiShortName(name: string): string {
  return name.replace(/\s*\(AI Agent\)$/, '').replace(/ (Billing Assistant|Tech Support Bot|Outreach Assistant)$/, '');
}

/**
 * Builds a conversation's full transcript from its script fields. Pure and deterministic:
 * the same record always yields the same items, so transcripts need not be stored.
 */
export function buildScript(rec: ConversationRecord, options: { lite?: boolean } = {}): Script {
  // Lite: what seeding needs (texts and timing) without timestamps, latency marks or speech segments.
  const lite = options.lite === true;
  const rng = new Rng(mixSeed(rec.seed, 0x7a11));
  const pack = packFor(rec.language);
  const intent = intentFor(rec.language, rec.intent);
  const convId = publicId(rec.n);
  const voice = rec.channel === VOICE;
  const has = (flag: number) => (rec.flags & flag) !== 0;
  const ai = rec.aiAgent ? AGENT_BY_ID.get(rec.aiAgent) ?? null : null;
  const humans = rec.scriptAgents.map((id) => AGENT_BY_ID.get(id)).filter((a) => a !== undefined);
  const supervisor = SUPERVISORS[rec.supervisor % SUPERVISORS.length];

  const ctx: SlotContext = {
    seed: rec.seed,
    brand: BRAND,
    ai: ai ? aiShortName(ai.name) : BRAND,
    agent: humans[0] ? firstName(humans[0].name) : '',
    topic: intent.topic,
    firstName: firstName(rec.customerName),
    customerEmail: rec.customerEmail,
    customerPhone: rec.customerPhone,
    language: rec.language,
    startMs: rec.startMs,
  };

  const items: TranscriptItem[] = [];
  const milestones: Milestone[] = [];
  const speech: SpeechSegment[] = [];
  let t = 0;
  let seq = 0;
  let current: { id: string; name: string; kind: 'ai' | 'human' } | null = ai ?? humans[0] ?? null;

  const base = (offset: number, duration: number | null) => {
    seq += 1;
    return {
      id: lite ? '' : `${convId}-${seq}`,
      seq,
      at: lite ? '' : new Date(rec.startMs + Math.round(offset * 1000)).toISOString(),
      offsetSeconds: voice ? round(offset) : null,
      durationSeconds: voice ? (duration === null ? null : round(duration)) : null,
    };
  };

  // Gap before a turn: spoken latency on voice, typing time in chat, hours in email.
  const gap = (who: 'customer' | 'ai' | 'human', latency: Latency | null): number => {
    if (latency) return (latency.e2eMs ?? 0) / 1000;
    switch (rec.channel) {
      case 'voice': return who === 'customer' ? rng.float(0.4, 1.3) : rng.float(0.5, 1.6);
      case 'chat': return who === 'ai' ? rng.float(1, 3) : rng.float(6, 45);
      case 'messaging': return who === 'ai' ? rng.float(2, 6) : rng.float(30, 600);
      default: return rng.float(3600, 6 * 3600);
    }
  };

  const say = (who: 'customer' | 'ai' | 'human' | 'system', template: string, overrideName?: string) => {
    const { text, redactions } = render(template, ctx, rng);
    const speaker = who === 'customer' ? 'customer' : who === 'ai' ? 'ai_agent' : who === 'human' ? 'human_agent' : 'system';
    // ASR/Bot/TTS latency is measured from the end of the user's speech: only an AI turn that answers the customer has one.
    const prev = items[items.length - 1];
    const answersUser = prev?.kind === 'message' && prev.speaker === 'customer';
    const latency: Latency | null = voice && who === 'ai' && answersUser ? makeLatency(rng, rec.startMs + t * 1000, lite) : null;
    if (who !== 'system') t += gap(who === 'customer' ? 'customer' : who, latency);
    let words = 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
    const duration = voice ? Math.max(1.1, words / WORDS_PER_SECOND + rng.float(0, 0.5)) : 0;
    const speakerName =
      who === 'customer' ? rec.customerName : who === 'system' ? null : overrideName ?? current?.name ?? null;
    const b = base(t, duration);
    items.push({ id: b.id, seq: b.seq, at: b.at, offsetSeconds: b.offsetSeconds, durationSeconds: b.durationSeconds, kind: 'message', speaker, speakerName, text, redactions, latency });
    if (voice && who !== 'system' && !lite) {
      speech.push({ channel: who === 'customer' ? 0 : 1, startSeconds: round(t), durationSeconds: round(duration), text, speaker: speaker as SpeechSegment['speaker'] });
    }
    t += duration;
    return { text, redactions };
  };

  const agentWho = (): 'ai' | 'human' => (current?.kind === 'ai' ? 'ai' : 'human');

  const transfer = (stage: 'to_agent' | 'to_automation', agent: { id: string; name: string; kind: 'ai' | 'human' }) => {
    t += rng.float(0.3, 1);
    if (has(F.TRANSFER_FAILED) && stage === 'to_agent' && !milestones.some((m) => m.kind === 'transfer_failed')) {
      milestones.push({ kind: 'transfer_failed', at: round(t), agent: agent.id });
      t += rng.float(5, 20);
    }
    items.push({ ...base(t, null), kind: 'transfer', stage, label: stage === 'to_agent' ? 'User transferred to Agent' : 'User transferred to Automation' });
    milestones.push({ kind: 'transfer', at: round(t), agent: agent.id, stage });
    if (current) milestones.push({ kind: 'agent_left', at: round(t), agent: current.id });
    // Queue wait before the next agent picks up.
    t += stage === 'to_agent' ? rng.float(voice ? 8 : 20, voice ? 75 : 180) : rng.float(0.5, 2);
    if (stage === 'to_agent' && has(F.REJECTED) && !milestones.some((m) => m.kind === 'rejected')) {
      milestones.push({ kind: 'rejected', at: round(t - 5), agent: humans.find((h) => h.id !== agent.id)?.id ?? agent.id });
    }
    milestones.push({ kind: 'agent_join', at: round(t), agent: agent.id });
    current = agent;
  };

  const noInput = (attempt: number, maxAttempts: number) => {
    t += rng.float(4, 6); // silence the platform waits through
    items.push({ ...base(t, null), kind: 'no_input', attempt, maxAttempts, maxReached: attempt >= maxAttempts });
    say(agentWho(), pack.noInputPrompts[Math.min(attempt - 1, pack.noInputPrompts.length - 1)]);
  };

  const ended = () => milestones.some((m) => m.kind === 'end');
  const end = () => {
    if (ended()) return;
    if (current) milestones.push({ kind: 'agent_left', at: round(t), agent: current.id });
    milestones.push({ kind: 'end', at: round(t) });
  };

  // ---- A voice call that was never answered: ringing, then a failure; nobody spoke.
  if (has(F.NOT_CONNECTED)) {
    const setup = callStory(rec).setupSeconds;
    milestones.push({ kind: 'end', at: setup });
    return { subject: null, items, durationSeconds: setup, milestones, speech };
  }

  // A voice call's first words come after the 200 OK.
  if (voice) t = callStory(rec).answerSeconds;
  if (current) milestones.push({ kind: 'agent_join', at: round(t), agent: current.id });

  // ---- Email: a thread, no spoken turns.
  if (rec.channel === 'email') {
    const subject = rng.pick(intent.emailSubjects).replace('{order}', factOf('order', ctx));
    const support = `support@${BRAND_DOMAIN}`;
    const agentName = humans[0]?.name ?? ai?.name ?? BRAND;
    ctx.agent = agentName;
    const custBody = (lines: string[]) =>
      [render(rng.pick(pack.emailGreeting), ctx, rng).text, '', ...lines, '', render(rng.pick(pack.emailSignoffCustomer), ctx, rng).text].join('\n');
    const agentBody = (lines: string[]) =>
      [`${greetName(rec.language)} ${ctx.firstName},`, '', ...lines, '', render(rng.pick(pack.emailSignoffAgent), ctx, rng).text].join('\n');
    const email = (direction: 'inbound' | 'outbound', bodyText: string, re: boolean) => {
      const inbound = direction === 'inbound';
      items.push({
        ...base(t, null), kind: 'email', subject: re ? `Re: ${subject}` : subject,
        from: inbound ? rec.customerEmail : support,
        to: inbound ? [support] : [rec.customerEmail],
        cc: !inbound && rng.chance(0.2) ? [`billing@${BRAND_DOMAIN}`] : [],
        bcc: !inbound && rng.chance(0.1) ? [`qa-archive@${BRAND_DOMAIN}`] : [],
        bodyText, direction,
      });
    };
    const step = intent.steps[0];
    const outbound = rec.direction === 'outbound';
    if (outbound) {
      email('outbound', agentBody([render(rng.pick(pack.outboundOpening), ctx, rng).text, render(rng.pick(step.agent), ctx, rng).text]), false);
      t += gap('customer', null);
      email('inbound', custBody([render(rng.pick(intent.opening), ctx, rng).text]), true);
    } else {
      email('inbound', custBody([render(rng.pick(intent.opening), ctx, rng).text, render(rng.pick(step.customer), ctx, rng).text]), false);
      if (has(F.FOLLOW_UP)) {
        t += rng.float(20 * 3600, 30 * 3600);
        email('inbound', custBody([render(rng.pick(pack.emailFollowUp), ctx, rng).text]), true);
      }
    }
    t += gap('human', null);
    const middle = intent.steps[Math.min(1, intent.steps.length - 1)];
    email('outbound', agentBody([render(rng.pick(middle.agent), ctx, rng).text, render(rng.pick(intent.resolution), ctx, rng).text]), true);
    if (!has(F.USER_HANGUP)) {
      t += gap('customer', null);
      email('inbound', custBody([render(rng.pick(intent.thanks), ctx, rng).text]), true);
    }
    end();
    return { subject, items, durationSeconds: round(t), milestones, speech };
  }

  // ---- Spoken / typed conversation.
  const outbound = rec.direction === 'outbound';
  if (outbound) {
    say(agentWho(), rng.pick(pack.outboundOpening));
    say('customer', rng.pick(pack.outboundReply));
  } else if (voice) {
    say(agentWho(), rng.pick(current?.kind === 'ai' ? pack.greetingAi : pack.greetingHuman));
  } else {
    if (rec.channel === 'chat') say('system', 'Customer joined the chat');
    say(agentWho(), rng.pick(current?.kind === 'ai' ? pack.greetingChat : pack.greetingHuman));
  }
  say('customer', rng.pick(intent.opening));

  if (has(F.PII)) {
    say(agentWho(), rng.pick(pack.verifyAsk));
    say('customer', rng.pick(pack.verifyAnswer));
  }

  const stepCount = intent.steps.length;
  const transferAfter = has(F.TRANSFER) ? Math.min(stepCount - 1, rng.int(0, 1)) : -1;
  const humanTransferAfter = has(F.HUMAN_TRANSFER) ? stepCount - 1 : -1;
  const holdAt = has(F.HOLD) ? rng.int(Math.max(0, transferAfter + 1), stepCount - 1) : -1;
  const noInputAt = has(F.NO_INPUT) && voice ? rng.int(0, stepCount - 1) : -1;
  const stopAt = has(F.DROP_OFF) || has(F.LLM_ERROR) || has(F.USER_HANGUP) ? rng.int(0, stepCount - 1) : -1;

  for (let i = 0; i < stepCount && !ended(); i++) {
    const step = intent.steps[i];
    if (i === holdAt && current?.kind === 'human') {
      if (has(F.CUSTOMER_HOLD)) say('customer', holdRequest(rec.language));
      else say('human', rng.pick(pack.holdAsk));
      t += 0.5;
      const holdDuration = rng.float(25, 160);
      items.push({ ...base(t, holdDuration), kind: 'hold', startedBy: has(F.CUSTOMER_HOLD) ? 'customer' : 'agent' });
      milestones.push({ kind: 'hold_start', at: round(t) });
      if (has(F.CONSULT) && rec.consultAgent) milestones.push({ kind: 'consult', at: round(t + holdDuration * 0.3), agent: rec.consultAgent });
      t += holdDuration;
      milestones.push({ kind: 'hold_end', at: round(t) });
      say('human', rng.pick(pack.holdBack));
    }
    const agentLine = rng.pick(step.agent);
    say(agentWho(), i === 0 && has(F.PII) ? `${rng.pick(pack.verifyDone)} ${agentLine}` : agentLine);
    if (i === noInputAt) noInput(1, 3);
    if (i === stopAt && has(F.DROP_OFF) && voice) {
      noInput(has(F.NO_INPUT) ? 2 : 1, 3);
      if (!has(F.NO_INPUT)) noInput(2, 3);
      noInput(3, 3);
      end();
      break;
    }
    say('customer', rng.pick(step.customer));
    if (i === stopAt && has(F.LLM_ERROR)) {
      t += rng.float(0.8, 3);
      const message = rng.pick(pack.llmErrors);
      items.push({
        ...base(t, null), kind: 'llm_error', message, provider: rng.pick(['openai-realtime', 'azure-openai-realtime', 'gemini-live']),
        eventPayload: JSON.stringify({ type: 'error', event_id: `evt_${(rec.seed >>> 8).toString(16)}`, error: { type: message.includes('rate') ? 'rate_limit_exceeded' : 'server_error', message } }),
      });
      end();
      break;
    }
    if (i === stopAt && has(F.USER_HANGUP) && !voice) {
      // Chat or messaging customer simply stops answering.
      end();
      break;
    }
    if (i === stopAt && has(F.USER_HANGUP)) {
      end();
      break;
    }
    if (i === transferAfter && humans[0] && current?.kind === 'ai') {
      say('ai', rng.pick(pack.transferToAgent));
      if (has(F.WHISPER)) whisper(0.4);
      transfer('to_agent', humans[0]);
      ctx.agent = firstName(humans[0].name);
      say('human', rng.pick(pack.humanPickup));
    }
    if (i === humanTransferAfter - 1 && humans[1] && current?.kind === 'human') {
      say('human', rng.pick(pack.transferToAgent));
      transfer('to_agent', humans[1]);
      ctx.agent = firstName(humans[1].name);
      say('human', rng.pick(pack.humanPickup));
    }
    if (has(F.WHISPER) && current?.kind === 'human' && i === stepCount - 2) whisper(0.2);
  }

  function whisper(after: number) {
    t += after;
    const text = render(rng.pick(pack.whispers), ctx, rng).text;
    items.push({ ...base(t, null), kind: 'whisper', speakerName: supervisor.name, text });
    milestones.push({ kind: 'whisper', at: round(t) });
  }

  if (!ended()) {
    say(agentWho(), rng.pick(intent.resolution));
    say('customer', rng.pick(intent.thanks));
    say(agentWho(), rng.pick(pack.anythingElse));
    say('customer', rng.pick(pack.nothingElse));
    if (has(F.TRANSFER_BACK) && ai && current?.kind === 'human') {
      say('human', rng.pick(pack.transferBack));
      transfer('to_automation', ai);
      say('ai', rng.pick(pack.surveyPrompt));
      say('customer', String(rec.csatScore ?? 4));
    }
    say(agentWho(), rng.pick(pack.closing));
    end();
  }

  return { subject: null, items, durationSeconds: round(t + (voice ? rng.float(0.5, 1.5) : 0)), milestones, speech };
}

/** Latency of an AI turn whose user stopped speaking at `stoppedMs`, with the spec's measuring marks. */
function makeLatency(rng: Rng, stoppedMs: number, lite: boolean): Latency {
  const asrMs = rng.int(220, 720);
  const botMs = rng.chance(0.08) ? rng.int(1800, 4200) : rng.int(380, 1500);
  const ttsMs = rng.int(140, 620);
  const handoffMs = rng.int(2, 12); // VG forwarding the transcript, then the bot text to TTS
  const playoutMs = rng.int(30, 160); // first audio byte travelling to the caller's ear
  const e2eMs = asrMs + handoffMs + botMs + handoffMs + ttsMs + playoutMs;
  if (lite) return { asrMs, botMs, ttsMs, e2eMs, marks: null };
  const at = (ms: number) => new Date(Math.round(stoppedMs + ms)).toISOString();
  return {
    asrMs, botMs, ttsMs, e2eMs,
    marks: {
      userStoppedSpeakingAt: at(0),
      asrTranscriptAt: at(asrMs),
      transcriptSentAt: at(asrMs + handoffMs),
      botResponseAt: at(asrMs + handoffMs + botMs),
      ttsRequestAt: at(asrMs + 2 * handoffMs + botMs),
      ttsFirstByteAt: at(asrMs + 2 * handoffMs + botMs + ttsMs),
      firstAudioHeardAt: at(e2eMs),
    },
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function greetName(language: string): string {
  switch (language) {
    case 'es-ES': return 'Hola';
    case 'de-DE': return 'Hallo';
    case 'fr-FR': return 'Bonjour';
    case 'hi-IN': return 'नमस्ते';
    case 'ar-SA': return 'مرحباً';
    default: return 'Hi';
  }
}

function holdRequest(language: string): string {
  switch (language) {
    case 'es-ES': return '¿Me puede esperar un momento? Tengo que buscar la factura.';
    case 'de-DE': return 'Können Sie kurz warten? Ich muss die Rechnung holen.';
    case 'fr-FR': return 'Vous pouvez patienter un instant ? Je dois chercher ma facture.';
    case 'hi-IN': return 'एक मिनट रुकिए, मैं अपना बिल ढूँढ रहा हूँ।';
    case 'ar-SA': return 'لحظة من فضلك، سأحضر الفاتورة.';
    default: return 'Can you hold on a second? I need to grab my bill.';
  }
}

/** Text the full-text index holds: what people said and wrote, never system or AI error logs. */
export function searchableTranscript(items: readonly TranscriptItem[]): string {
  const parts: string[] = [];
  for (const item of items) {
    if (item.kind === 'message' && item.speaker !== 'system') parts.push(item.text);
    else if (item.kind === 'whisper') parts.push(item.text);
    else if (item.kind === 'email') parts.push(item.subject, item.bodyText);
  }
  return parts.join('\n');
}

export type { Redaction };
