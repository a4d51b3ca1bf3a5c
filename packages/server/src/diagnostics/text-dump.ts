/**
 * A readable, sngrep-like text export of a flow: one block per message with its time,
 * offset from the first message, addresses, label, then the message itself.
 */
import type { SipFlow } from './types.js';

export function writeTextDump(flow: SipFlow): string {
  const callIds = [...new Set(flow.messages.map((m) => m.callId))];
  const head = [
    `# SIP/RTCP flow — ${flow.messages.length} messages, ${callIds.length} dialog(s); times in UTC`,
    ...flow.endpoints.map((e) => `# endpoint ${e.ip}:${e.port} ${e.label}`),
    ...callIds.map((id) => `# Call-ID ${id}`),
    '',
  ];
  const blocks = flow.messages.map((m) => {
    const time = m.at.replace('T', ' ').replace('Z', ' +00:00');
    const flags = m.retransmission ? ' (retransmission)' : '';
    const line = `[${m.seq}] ${time} +${m.offsetSeconds.toFixed(3)}s ${m.srcIp}:${m.srcPort} -> ${m.dstIp}:${m.dstPort} ${m.label}${flags}`;
    return `${line}\n${m.raw.replace(/\r\n/g, '\n').replace(/\n+$/, '')}\n`;
  });
  return head.join('\n') + '\n' + blocks.join('\n');
}
