import type { TranscriptItem } from '../domain.js';
import { buildScript, type Script } from '../generator/transcript.js';
import { visibleItems } from '../search/document.js';
import type { ConversationRecord } from '../store/record.js';
import type { Viewer } from './conversation.js';
import { maskCustomer, obscureItem } from './obscure.js';

/** Scripts are pure functions of immutable fields, so a small cache keyed by number and seed is always valid. */
const cache = new Map<string, Script>();
const CACHE_SIZE = 512;

export function scriptOf(rec: ConversationRecord): Script {
  const key = `${rec.n}:${rec.seed}`;
  let script = cache.get(key);
  if (script) {
    cache.delete(key);
    cache.set(key, script);
    return script;
  }
  script = buildScript(rec);
  cache.set(key, script);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return script;
}

export interface TranscriptView {
  subject: string | null;
  items: TranscriptItem[];
}

/** The transcript as a caller may see it at `nowMs`: only what has happened, PII obscured without pii.view. */
export function transcriptFor(rec: ConversationRecord, viewer: Viewer, nowMs: number): TranscriptView {
  if (!rec.hasTranscript) return { subject: null, items: [] };
  const script = scriptOf(rec);
  const items = visibleItems(rec, script, nowMs);
  const customer = { name: rec.customerName, email: rec.customerEmail, phone: rec.customerPhone };
  return {
    subject: script.subject === null || viewer.canViewPii ? script.subject : maskCustomer(script.subject, customer),
    items: viewer.canViewPii ? items : items.map((i) => obscureItem(i, customer)),
  };
}
