import type { Redaction } from '../domain.js';
import type { Rng } from '../util/prng.js';

/** Values a line's `{slot}`s are filled from. */
export interface SlotContext {
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
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function fmt(cache: Map<string, Intl.DateTimeFormat>, lang: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' });
    cache.set(lang, f);
  }
  return f;
}

function piiValue(kind: string, ctx: SlotContext, rng: Rng): string {
  switch (kind) {
    case 'EMAIL': return ctx.customerEmail;
    case 'PHONE': return ctx.customerPhone;
    case 'CARD': return String(rng.int(1000, 9999));
    case 'DOB': return fmt(dateFormats, ctx.language, { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(rng.int(1950, 2003), rng.int(0, 11), rng.int(1, 28)));
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
    case 'date': return fmt(dateFormats, ctx.language, { day: 'numeric', month: 'long' }).format(ctx.startMs + rng.int(-6, 9) * 86_400_000);
    case 'month': return fmt(monthFormats, ctx.language, { month: 'long' }).format(ctx.startMs - rng.int(0, 1) * 30 * 86_400_000);
    case 'days': return String(rng.int(3, 5));
    case 'last4': return String(rng.int(10, 99)) + String(rng.int(10, 99));
    case 'device': return rng.pick(DEVICES);
    case 'plan': return rng.pick(PLANS);
    case 'speed': return rng.pick(SPEEDS);
    default: return name;
  }
}

const SLOT = /\{(pii:)?(\w+)\}/g;

/** Fills a template; PII slots are masked in the returned text and listed as redactions. */
export function render(template: string, ctx: SlotContext, rng: Rng): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  let out = '';
  let last = 0;
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(template); m; m = SLOT.exec(template)) {
    out += template.slice(last, m.index);
    if (m[1]) {
      const value = piiValue(m[2], ctx, rng);
      redactions.push({ start: out.length, end: out.length + value.length, entity: PII_ENTITY[m[2]] ?? m[2] });
      out += MASK.repeat(value.length);
    } else {
      out += slotValue(m[2], ctx, rng);
    }
    last = m.index + m[0].length;
  }
  out += template.slice(last);
  return { text: out, redactions };
}
