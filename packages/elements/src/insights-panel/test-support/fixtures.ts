// Transcripts and client wrappers for tests and stories: real SDK clients against the reference
// server, with one call replaced where a state cannot be produced from seeded data (hostile text,
// 5,000 turns, a failing tab).
import type { Conversation, EmailItem, MessageItem, TranscriptItem, TranscriptPage } from '@conversations-kit/sdk';
import type { KitClient } from '../../context/contexts.js';

const START = Date.parse('2026-11-20T10:00:00.000Z');

function base(conversationId: string, seq: number, offsetSeconds: number | null, durationSeconds: number | null) {
  return {
    id: `${conversationId}-f${seq}`,
    seq,
    at: new Date(START + (offsetSeconds ?? seq * 5) * 1000).toISOString(),
    offsetSeconds,
    durationSeconds,
  };
}

export function message(
  conversationId: string,
  seq: number,
  speaker: MessageItem['speaker'],
  text: string,
  options: Partial<Pick<MessageItem, 'redactions' | 'latency' | 'speakerName'>> & { offset?: number | null; duration?: number | null } = {},
): MessageItem {
  return {
    ...base(conversationId, seq, options.offset === undefined ? seq * 4 : options.offset, options.duration === undefined ? 3.5 : options.duration),
    kind: 'message',
    speaker,
    speakerName: options.speakerName ?? (speaker === 'customer' ? 'Dana Customer' : speaker === 'ai_agent' ? 'Nova (AI Agent)' : speaker === 'human_agent' ? 'Rachel Adams' : null),
    text,
    redactions: options.redactions ?? [],
    latency: options.latency ?? null,
  };
}

const SENTENCES = [
  'I would like to check the balance on my account and the last payment.',
  'Sure, I can help with that. Could you confirm the billing address?',
  'The router keeps dropping the connection every evening around eight.',
  'Thanks for waiting, I have found the invoice you mentioned.',
  'Can you move my appointment to Thursday morning please?',
];

/** A voice-like transcript of `count` alternating customer / AI-agent turns, 4 s apart, with latency on agent turns. */
export function longTranscript(conversationId: string, count: number, wordsPerTurn = 0): TranscriptItem[] {
  const items: TranscriptItem[] = [];
  for (let i = 1; i <= count; i++) {
    const agent = i % 2 === 0;
    let text = `Turn ${i}: ${SENTENCES[i % SENTENCES.length]}`;
    if (wordsPerTurn > 0) text += ` ${Array.from({ length: wordsPerTurn }, (_, w) => `word${(i * 31 + w) % 997}`).join(' ')}`;
    items.push(
      message(conversationId, i, agent ? 'ai_agent' : 'customer', text, {
        offset: i * 4,
        duration: 3.5,
        latency: agent ? { asrMs: 450, botMs: 850, ttsMs: 400, e2eMs: 1700, marks: null } : null,
      }),
    );
  }
  return items;
}

/** Text that must render as text: markup, a very long word, RTL, emoji, a redaction. */
export function hostileTranscript(conversationId: string): TranscriptItem[] {
  const longWord = 'Supercalifragilistic'.repeat(20);
  const masked = 'My card is ████████████████ thanks';
  const email: EmailItem = {
    ...base(conversationId, 7, null, null),
    kind: 'email',
    subject: '<b>Invoice</b> & "quotes"',
    from: 'dana@example.com',
    to: ['support@example.com'],
    cc: [],
    bcc: [null],
    bodyText: '<script>window.__pwned = true</script>\nHello,\n<img src=x onerror="window.__pwned = true">',
    direction: 'inbound',
  };
  return [
    message(conversationId, 1, 'customer', '<img src=x onerror="window.__pwned = true"><b>not bold</b> & <i>not italic</i>'),
    message(conversationId, 2, 'ai_agent', longWord),
    message(conversationId, 3, 'customer', 'مرحباً، أريد التحقق من فاتورتي الأخيرة من فضلك'),
    message(conversationId, 4, 'human_agent', 'שלום! 👩‍👩‍👧‍👦 🏳️‍🌈 🇯🇵 נבדוק את זה עכשיו ✅'),
    message(conversationId, 5, 'customer', masked, { redactions: [{ start: 11, end: 27, entity: 'credit_card' }] }),
    {
      ...base(conversationId, 6, 30, null),
      kind: 'llm_error',
      message: 'Realtime API disconnected: <error>rate_limit_exceeded</error>',
      provider: 'openai-realtime',
      eventPayload: '{"type":"error","error":{"message":"<script>alert(1)</script>"}}',
    },
    email,
  ];
}

/** Paged answers for `transcripts.page`, like the server's (limit/cursor). */
function pager(conversationId: string, items: readonly TranscriptItem[], subject: string | null) {
  return async (_id: string, params: { limit?: number; cursor?: string } = {}): Promise<TranscriptPage> => {
    const limit = params.limit ?? 500;
    const start = params.cursor ? Number(params.cursor) : 0;
    const page = items.slice(start, start + limit);
    const next = start + limit < items.length ? String(start + limit) : null;
    // Let the browser breathe between pages, as a network would.
    await new Promise((r) => setTimeout(r, 0));
    return { conversationId, subject, items: page as TranscriptItem[], nextCursor: next };
  };
}

/** The real client, with the transcript of every conversation replaced by `items`. */
export function withTranscript(client: KitClient, items: readonly TranscriptItem[], subject: string | null = null): KitClient {
  return {
    ...client,
    transcripts: Object.assign(Object.create(Object.getPrototypeOf(client.transcripts)), client.transcripts, {
      page: (id: string, params?: { limit?: number; cursor?: string }) => pager(id, items, subject)(id, params),
    }),
  } as KitClient;
}

/** The real client, with the conversation's details patched (partial data) before the panel sees them. */
export function withConversation(client: KitClient, patch: (c: Conversation) => Conversation): KitClient {
  return {
    ...client,
    conversations: Object.assign(Object.create(Object.getPrototypeOf(client.conversations)), client.conversations, {
      get: async (...args: Parameters<KitClient['conversations']['get']>) => patch(await client.conversations.get(...args)),
    }),
  } as KitClient;
}

/** An error shaped like the SDK's (status + code + name). */
export function apiError(status: number, code: string, name = 'ApiError'): Error {
  return Object.assign(new Error(code), { status, code, name });
}

/** The real client, with one resource method failing (`calls` counts attempts so Retry can be shown to work). */
export function failing<K extends 'transcripts' | 'conversations' | 'events'>(
  client: KitClient,
  resource: K,
  method: string,
  error: Error = Object.assign(new Error('offline'), { name: 'NetworkError' }),
  times = Infinity,
): KitClient & { calls: number } {
  const state = { calls: 0 };
  const original = client[resource] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const wrapped = Object.assign(Object.create(Object.getPrototypeOf(original)), original, {
    [method]: (...args: unknown[]) => (state.calls++ < times ? Promise.reject(error) : original[method]!.apply(original, args)),
  });
  return Object.defineProperty({ ...client, [resource]: wrapped }, 'calls', { get: () => state.calls }) as KitClient & { calls: number };
}
