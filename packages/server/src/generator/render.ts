import type { Redaction } from '../domain.js';
import { Rng, mixSeed } from '../util/prng.js';

/** Values a line's `{slot}`s are filled from. */
export interface SlotContext {
  /** The conversation's seed: its facts (amounts, order and ticket numbers, dates…) are drawn from it once. */
  seed: number;
  /** Facts already worked out for this context. */
  facts?: Map<string, string>;
  brand: string;
  ai: string;
  agent: string;
  topic: string;
  firstName: string;
  customerEmail: string;
  customerPhone: string;
  language: string;
  startMs: number;
}

const MASK = '█';

const PII_ENTITY: Record<string, string> = {
  EMAIL: 'email_address',
  PHONE: 'phone_number',
  CARD: 'credit_card',
  DOB: 'date_of_birth',
  ACCOUNT: 'account_number',
  ADDRESS: 'address',
};

const STREETS = ['Maple Street', 'Oak Avenue', 'Cedar Lane', 'Pine Road', 'Elm Court', 'Lakeview Drive', 'Hillside Way', 'Station Road'];
const CITIES = ['Springfield', 'Riverton', 'Fairview', 'Greenville', 'Madison', 'Franklin', 'Clinton', 'Georgetown'];
const DEVICES = ['router', 'phone', 'tablet', 'smart speaker', 'mesh Wi-Fi kit', 'TV box'];
const PLANS = ['Fiber 1000', 'Fiber 500 Plus', 'Unlimited Max', 'Family Share', 'Home Premium'];
const SPEEDS = ['500 megabits', '1 gigabit', '300 megabits', '150 megabits'];
const CURRENCY: Record<string, [string, string]> = {
  'en-US': ['$', ''], 'es-ES': ['', ' €'], 'de-DE': ['', ' €'], 'fr-FR': ['', ' €'], 'hi-IN': ['₹', ''], 'ar-SA': ['', ' ريال'],
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Formatted day and month names, cached: Intl formatting is slow next to everything else here. */
const formattedDays = new Map<string, string>();
function formatDay(cache: Map<string, Intl.DateTimeFormat>, kind: string, lang: string, ms: number, opts: Intl.DateTimeFormatOptions): string {
  const key = `${kind}|${lang}|${Math.floor(ms / 86_400_000)}`;
  let s = formattedDays.get(key);
  if (s === undefined) {
    s = fmt(cache, `${kind}|${lang}`, lang, opts).format(ms);
    if (formattedDays.size > 20_000) formattedDays.clear();
    formattedDays.set(key, s);
  }
  return s;
}
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function fmt(cache: Map<string, Intl.DateTimeFormat>, key: string, lang: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/**
 * A conversation's facts: each slot's value comes from its own generator seeded by the
 * conversation and the slot's name, so every turn, note and disposition that mentions the
 * order number, the amount or the ticket says the same thing, whatever order they are rendered in.
 */
function factRng(ctx: SlotContext, name: string): Rng {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return new Rng(mixSeed(ctx.seed, h >>> 0));
}

/** The value of fact `name` ("order", "amount", "pii:CARD"…) for the conversation. */
export function factOf(name: string, ctx: SlotContext): string {
  let value = ctx.facts?.get(name);
  if (value !== undefined) return value;
  const rng = factRng(ctx, name);
  value = name.startsWith('pii:') ? piiValue(name.slice(4), ctx, rng) : slotValue(name, ctx, rng);
  (ctx.facts ??= new Map()).set(name, value);
  return value;
}

/** Slots that are properties of the conversation rather than free wording. */
const FACTS = new Set(['amount', 'order', 'ticket', 'date', 'month', 'days', 'last4', 'device', 'plan', 'speed']);

function piiValue(kind: string, ctx: SlotContext, rng: Rng): string {
  switch (kind) {
    case 'EMAIL': return ctx.customerEmail;
    case 'PHONE': return ctx.customerPhone;
    case 'CARD': return String(rng.int(1000, 9999));
    case 'DOB': return formatDay(dateFormats, 'dob', ctx.language, Date.UTC(rng.int(1950, 2003), rng.int(0, 11), rng.int(1, 28)), { day: 'numeric', month: 'long', year: 'numeric' });
    case 'ACCOUNT': return String(rng.int(100000, 999999)) + String(rng.int(1000, 9999));
    case 'ADDRESS': return `${rng.int(2, 980)} ${rng.pick(STREETS)}, ${rng.pick(CITIES)}`;
    default: return 'unknown';
  }
}

function slotValue(name: string, ctx: SlotContext, rng: Rng): string {
  switch (name) {
    case 'brand': return ctx.brand;
    case 'ai': return ctx.ai;
    case 'agent': return ctx.agent;
    case 'topic': return ctx.topic;
    case 'firstName': return ctx.firstName;
    case 'amount': {
      const [pre, post] = CURRENCY[ctx.language] ?? ['$', ''];
      return `${pre}${rng.int(12, 240)}.${String(rng.int(0, 99)).padStart(2, '0')}${post}`;
    }
    case 'order': return `NW-${rng.int(100000, 999999)}`;
    case 'ticket': return `TK-${rng.int(10000, 99999)}`;
    case 'date': return formatDay(dateFormats, 'date', ctx.language, ctx.startMs + rng.int(-6, 9) * 86_400_000, { day: 'numeric', month: 'long' });
    case 'month': return formatDay(monthFormats, 'month', ctx.language, ctx.startMs - rng.int(0, 1) * 30 * 86_400_000, { month: 'long' });
    case 'days': return String(rng.int(3, 5));
    case 'last4': return String(rng.int(10, 99)) + String(rng.int(10, 99));
    case 'device': return rng.pick(DEVICES);
    case 'plan': return rng.pick(PLANS);
    case 'speed': return rng.pick(SPEEDS);
    default: return name;
  }
}

const SLOT = /\{(pii:)?(\w+)\}/g;

/** A template split once into literal text and slots (rendering runs millions of times when seeding). */
type Part = string | { pii: boolean; name: string };
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(template); m; m = SLOT.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ pii: m[1] !== undefined, name: m[2] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  compiled.set(template, parts);
  return parts;
}

/** Fills a template; PII slots are masked in the returned text and listed as redactions. */
export function render(template: string, ctx: SlotContext, rng: Rng): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  let out = '';
  for (const part of compile(template)) {
    if (typeof part === 'string') out += part;
    else if (part.pii) {
      const value = part.name === 'EMAIL' || part.name === 'PHONE' ? piiValue(part.name, ctx, rng) : factOf(`pii:${part.name}`, ctx);
      redactions.push({ start: out.length, end: out.length + value.length, entity: PII_ENTITY[part.name] ?? part.name });
      out += MASK.repeat(value.length);
    } else {
      out += FACTS.has(part.name) ? factOf(part.name, ctx) : slotValue(part.name, ctx, rng);
    }
  }
  return { text: out, redactions };
}
