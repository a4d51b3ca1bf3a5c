/**
 * Rows that try to break the table: emoji and combining marks, right-to-left names, markup that must
 * stay text, very long strings, missing optional fields, many agents/queues/skills, unknown codes.
 */
import type { ConversationSummary } from '@conversations-kit/sdk';
import { memoryRow } from './memory-client.js';

const long = 'Wolfeschlegelsteinhausenbergerdorff-Montgomery-Featherstonehaugh '.repeat(3).trim();

function variant(i: number, patch: Partial<ConversationSummary> & { name?: string | null }): ConversationSummary {
  const base = memoryRow(i);
  const { name, ...rest } = patch;
  return {
    ...base,
    ...rest,
    customer: name === undefined ? base.customer : { ...base.customer, name },
  };
}

export function hostileRows(): ConversationSummary[] {
  const agents = Array.from({ length: 9 }, (_, i) => ({
    id: `agt_x_${i}`,
    name: i % 2 ? `وكيل رقم ${i}` : `Agent ${'🧑🏽‍💻'.repeat(1)} ${i} <b>bold</b>`,
    kind: (i === 0 ? 'ai' : 'human') as 'ai' | 'human',
    avatarUrl: i === 1 ? 'javascript:alert(1)' : i === 2 ? 'https://invalid.example/avatar.png' : null,
  }));
  return [
    variant(0, { name: '<script>alert("xss")</script><img src=x onerror=alert(1)>', status: 'in_progress', endTime: null, completionReason: null }),
    variant(1, { name: 'Zoë 👩🏽‍🔧 Ångström-Łukasiewicz 🙂🎉', language: 'fr-FR' }),
    variant(2, { name: 'محمد عبد الرحمن الأحمد', language: 'ar-SA', direction: 'outbound' }),
    variant(3, { name: 'שרה כהן (Sarah) 123', language: 'he-IL' }),
    variant(4, { name: long, supportAgent: { id: 'x', name: long, kind: 'human', avatarUrl: null } }),
    variant(5, {
      name: null,
      customer: { name: null, phone: null, email: null, userId: 'u_only_id', obscured: false },
      supportAgent: null,
      agents: [],
      queues: [],
      skills: [],
      csat: null,
    }),
    variant(6, { agents, queues: Array.from({ length: 7 }, (_, i) => ({ id: `q${i}`, name: i === 6 ? `Queue ${long}` : `Queue ${i} → ${'🔁'.repeat(i % 3)}` })), skills: ['english', 'arabic', '<i>html</i>', 'tier2', 'vip', 'billing'] }),
    variant(7, { name: 'obscured', customer: { name: null, phone: null, email: null, userId: 'u_0123456789abcdef0123456789abcdef', obscured: true } }),
    variant(8, { language: 'xx-YY', smartStatus: '"><svg onload=alert(1)>', status: 'error', completionReason: null }),
    variant(9, { name: '   ', durationSeconds: Number.NaN, startTime: 'not-a-date' }),
    variant(10, { name: 'Ali 🇸🇦 and Ana 🇧🇷', channel: 'messaging' }),
    ...Array.from({ length: 30 }, (_, k) => memoryRow(11 + k)),
  ];
}
