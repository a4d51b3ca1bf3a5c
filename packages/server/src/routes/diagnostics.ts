import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { generateParticipants, generateRtcpReports, generateSipFlow, qosFromReports, writePcap, writeTextDump } from '../diagnostics/index.js';
import type { MinMaxAvg } from '../diagnostics/types.js';
import { canViewPii } from '../http/auth.js';
import { attachment } from '../http/csv.js';
import { ApiError, notFound } from '../http/errors.js';
import { contractRoute } from '../http/route.js';
import { scriptOf } from '../present/transcript.js';
import { voiceCallInput } from '../recordings/voice-input.js';
import { publicId } from '../store/record.js';
import { loadConversation } from './conversations.js';

const EMPTY: { min: null; avg: null; max: null } = { min: null, avg: null, max: null };
const stat = (v: MinMaxAvg | null) => v ?? EMPTY;

/** SIP flow, QoS, participants and exports, generated from the call's script (deterministic, nothing stored). */
export function diagnosticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const input = async (id: string, caller: FastifyRequest['caller']) => {
    if (!ctx.config.diagnostics) throw new ApiError('not_found', 'Diagnostics are switched off on this backend');
    const rec = await loadConversation(ctx, id);
    if (rec.channel !== 'voice') throw notFound('Diagnostics: only voice conversations have them');
    // Without pii.view the customer's number never reaches SIP headers, the TEXT dump or the PCAP (RFC 3323 "anonymous").
    const visible = canViewPii(caller) ? rec : { ...rec, customerPhone: 'anonymous' };
    return { rec, call: voiceCallInput(visible, scriptOf(rec), ctx.now()) };
  };

  contractRoute(app, 'GET', '/v1/conversations/{id}/diagnostics/flow', async (req) => generateSipFlow((await input((req.params as { id: string }).id, req.caller)).call));

  contractRoute(app, 'GET', '/v1/conversations/{id}/diagnostics/qos', async (req) => {
    const { call } = await input((req.params as { id: string }).id, req.caller);
    const qos = qosFromReports(generateRtcpReports(call));
    // SSRCs are 32-bit identifiers; the contract carries them as hex strings, as Wireshark shows them.
    return { ...qos, connections: qos.connections.map((c) => ({ ...c, ssrc: `0x${(c.ssrc >>> 0).toString(16).padStart(8, '0')}` })) };
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/diagnostics/participants', async (req) => {
    const { call } = await input((req.params as { id: string }).id, req.caller);
    const items = generateParticipants(call, generateRtcpReports(call));
    return { items: items.map((p) => ({ ...p, mos: stat(p.mos), jitter: stat(p.jitter), packetsLost: stat(p.packetsLost) })) };
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/diagnostics/export', async (req, reply) => {
    const { format } = req.query as { format: 'pcap' | 'text' };
    const { rec, call } = await input((req.params as { id: string }).id, req.caller);
    const flow = generateSipFlow(call);
    if (format === 'pcap') {
      reply.type('application/vnd.tcpdump.pcap').header('content-disposition', attachment(`call-${publicId(rec.n)}.pcap`));
      return reply.send(writePcap(flow));
    }
    reply.type('text/plain; charset=utf-8').header('content-disposition', attachment(`call-${publicId(rec.n)}.txt`));
    return writeTextDump(flow);
  });
}
