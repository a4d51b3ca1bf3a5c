import type { ConversationSummary, TranscriptItem } from '../domain.js';

/** Hides customer PII from a summary built with full access (live events are stored that way). */
export function obscureSummary(s: ConversationSummary): ConversationSummary {
  return { ...s, customer: { ...s.customer, name: null, phone: null, email: null, obscured: true } };
}

const MASK = '█';

/**
 * Hides customer PII inside transcript items: the customer's name as speaker, their e-mail
 * addresses in e-mail headers (null), and their name, e-mail or phone inside text (masked, same length).
 */
export interface CustomerPii {
  name: string;
  email: string;
  phone: string;
}

/** Masks the customer's name, e-mail and phone inside free text (same length, so offsets hold). */
export function maskCustomer(text: string, customer: CustomerPii): string {
  let out = text;
  for (const s of [customer.email, customer.phone, customer.name, customer.name.split(' ')[0]]) {
    if (s.length >= 2 && out.includes(s)) out = out.split(s).join(MASK.repeat(s.length));
  }
  return out;
}

export function obscureItem(item: TranscriptItem, customer: CustomerPii): TranscriptItem {
  const mask = (text: string) => maskCustomer(text, customer);
  switch (item.kind) {
    case 'message':
      return { ...item, speakerName: item.speaker === 'customer' ? null : item.speakerName, text: mask(item.text) };
    case 'email': {
      const hide = (addr: string | null) => (addr !== null && addr.toLowerCase() === customer.email.toLowerCase() ? null : addr);
      return { ...item, from: hide(item.from), to: item.to.map(hide), cc: item.cc.map(hide), bcc: item.bcc.map(hide), bodyText: mask(item.bodyText), subject: mask(item.subject) };
    }
    case 'whisper':
      return { ...item, text: mask(item.text) };
    default:
      return item;
  }
}
