import type { ConversationEvent, EventType } from '../domain.js';
import { F, publicId, type ConversationRecord } from '../store/record.js';
import type { StoredEvent } from '../store/store.js';
import { Rng, mixSeed } from '../util/prng.js';
import { AGENT_BY_ID, DISPOSITION_BY_CODE, QUEUE_BY_ID } from './catalog.js';
import type { Script } from './transcript.js';

type Details = Record<string, string | number | boolean | null>;

const name = (id: string | undefined) => (id ? AGENT_BY_ID.get(id)?.name ?? id : null);
const queueName = (id: string | undefined) => (id ? QUEUE_BY_ID.get(id)?.name ?? id : null);

/**
 * The conversation's events as a contact-centre platform would have logged them, derived from
 * its script's milestones, followed by what people did since (stored events). Only events up
 * to `nowMs` are returned.
 */
export function eventsFor(rec: ConversationRecord, script: Script, stored: readonly StoredEvent[], nowMs: number): ConversationEvent[] {
  const rng = new Rng(mixSeed(rec.seed, 0xe7e7));
  const id = publicId(rec.n);
  const out: (ConversationEvent & { ms: number })[] = [];
  const add = (type: EventType, atSeconds: number, actor: string | null, details: Details) => {
    const ms = rec.startMs + Math.round(atSeconds * 1000);
    out.push({ id: `${id}-ev${out.length + 1}`, type, at: new Date(ms).toISOString(), actor, details, ms });
  };
  const firstQueue = rec.queues[0];
  add('routing_initiation', 0, 'Routing engine', { queue: queueName(firstQueue), channel: rec.channel, direction: rec.direction });
  let queueIndex = 0;
  let lastHuman: string | undefined;
  for (const m of script.milestones) {
    switch (m.kind) {
      case 'rejected':
        add('conversation_rejection', m.at, name(m.agent), { agent: name(m.agent), reason: rng.pick(['Declined by agent', 'No answer within 20 seconds', 'Agent at capacity']) });
        break;
      case 'agent_join': {
        const agent = AGENT_BY_ID.get(m.agent ?? '');
        if (agent?.kind === 'human') {
          add('conversation_acceptance', Math.max(0, m.at - 0.5), agent.name, { agent: agent.name, queue: queueName(rec.queues[Math.min(queueIndex, rec.queues.length - 1)]) });
          lastHuman = agent.id;
        }
        add('agent_join', m.at, name(m.agent), { agent: name(m.agent), kind: agent?.kind ?? null });
        break;
      }
      case 'agent_left':
        add('agent_left', m.at, name(m.agent), { agent: name(m.agent) });
        break;
      case 'transfer': {
        const fromQueue = rec.queues[Math.min(queueIndex, rec.queues.length - 1)];
        if (m.stage === 'to_agent' && queueIndex + 1 < rec.queues.length) queueIndex += 1;
        const toQueue = rec.queues[Math.min(queueIndex, rec.queues.length - 1)];
        add('conversation_transfer', m.at, 'Routing engine', { stage: m.stage ?? null, to: name(m.agent), fromQueue: queueName(fromQueue), toQueue: queueName(toQueue) });
        if (m.stage === 'to_agent' && rec.flags & F.HUMAN_TRANSFER && AGENT_BY_ID.get(m.agent ?? '')?.id === rec.scriptAgents[1]) {
          add('skill_change', m.at + 0.2, 'Routing engine', { added: 'tier2', skills: rec.skills.join(', ') });
        }
        break;
      }
      case 'transfer_failed':
        add('transfer_failure', m.at, 'Routing engine', { target: name(m.agent), reason: rng.pick(['No agents available in queue', 'Target agent did not answer', 'SIP 486 Busy Here']) });
        break;
      case 'consult':
        add('agent_consultation', m.at, name(lastHuman), { agent: name(lastHuman), consultedAgent: name(rec.consultAgent ?? undefined), durationSeconds: rng.int(20, 90) });
        break;
      case 'end':
        if (lastHuman) add('after_call_work', m.at + 1, name(lastHuman), { agent: name(lastHuman), durationSeconds: rng.int(25, 180) });
        add('conversation_closure', m.at, 'System', { status: rec.status === 'in_progress' ? 'completed' : rec.status, reason: rec.completionReason });
        break;
      default:
        break;
    }
  }
  // The disposition assigned at wrap-up. Later edits are stored events that remember what they replaced.
  const firstEdit = stored.find((e) => e.type === 'disposition_update');
  const original = firstEdit
    ? { code: firstEdit.details.previousCode, ms: Date.parse(String(firstEdit.details.previousUpdatedAt)), by: firstEdit.details.previousUpdatedBy, version: Number(firstEdit.details.version) - 1 }
    : { code: rec.dispositionCode, ms: rec.dispositionUpdatedMs ?? NaN, by: rec.dispositionUpdatedBy, version: rec.dispositionVersion };
  if (typeof original.code === 'string' && Number.isFinite(original.ms)) {
    out.push({
      id: `${id}-ev${out.length + 1}`, type: 'disposition_update', at: new Date(original.ms).toISOString(), ms: original.ms,
      actor: typeof original.by === 'string' ? original.by : null,
      details: { code: original.code, label: DISPOSITION_BY_CODE.get(original.code)?.label ?? null, version: original.version },
    });
  }
  for (const e of stored) {
    out.push({ id: `ev_${e.id}`, type: e.type as EventType, at: new Date(e.atMs).toISOString(), ms: e.atMs, actor: e.actor, details: e.details as Details });
  }
  return out
    .filter((e) => e.ms <= nowMs)
    .sort((a, b) => a.ms - b.ms)
    .map(({ ms: _ms, ...e }) => e);
}
