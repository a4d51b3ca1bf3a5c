import type { VoiceCallInput } from '../../src/diagnostics/index.js';

/** A two-minute inbound call: an AI agent answers, a human agent joins later. */
export function voiceCall(overrides: Partial<VoiceCallInput> = {}): VoiceCallInput {
  return {
    conversationId: 'conv_000123',
    seed: 1234,
    startTime: '2026-11-25T12:30:00.000Z',
    durationSeconds: 120,
    direction: 'inbound',
    caller: '+14155550123',
    callee: '+12513254563',
    turns: [
      { speaker: 'agent', text: 'Thanks for calling. How can I help you today?', offsetSeconds: 1.5, durationSeconds: 2.8 },
      { speaker: 'customer', text: 'Hi, I have a question about my last bill.', offsetSeconds: 5, durationSeconds: 2.6 },
      { speaker: 'agent', text: 'Sure. Let me connect you with a billing specialist.', offsetSeconds: 8.5, durationSeconds: 3 },
      { speaker: 'agent', text: 'Hello, this is Jane from billing. I can see your account.', offsetSeconds: 40, durationSeconds: 3.4 },
      { speaker: 'customer', text: 'Great. I was charged twice for the same month.', offsetSeconds: 45, durationSeconds: 3 },
      { speaker: 'agent', text: 'I have refunded the duplicate charge. Anything else?', offsetSeconds: 80, durationSeconds: 3.2 },
      { speaker: 'customer', text: 'No, that is all. Thank you.', offsetSeconds: 85, durationSeconds: 2 },
    ],
    holds: [{ offsetSeconds: 55, durationSeconds: 20 }],
    outcome: 'completed',
    quality: 'good',
    participants: [
      { name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: 13, exit: 'transfer' },
      { name: 'Jane Doe', kind: 'human', external: false, joinOffsetSeconds: 14, leaveOffsetSeconds: 120 },
    ],
    ...overrides,
  };
}
