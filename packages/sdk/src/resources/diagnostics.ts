import type { Transport } from '../http/transport.js';
import type { CallOptions, DiagnosticsExportFormat, Download, Participant, QosReport, SipFlow } from '../types.js';
import { pathId } from './paging.js';

/** `client.diagnostics` (voice only, needs `diagnostics.view`): SIP/RTCP flow, QoS, participants, PCAP/TEXT export. */
export class DiagnosticsResource {
  constructor(private readonly transport: Transport) {}

  sipFlow(id: string, options: CallOptions = {}): Promise<SipFlow> {
    return this.transport.json<SipFlow>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/diagnostics/flow`, ...options });
  }

  qos(id: string, options: CallOptions = {}): Promise<QosReport> {
    return this.transport.json<QosReport>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/diagnostics/qos`, ...options });
  }

  async participants(id: string, options: CallOptions = {}): Promise<Participant[]> {
    const body = await this.transport.json<{ items: Participant[] }>({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/diagnostics/participants`,
      ...options,
    });
    return body.items;
  }

  /** `format: 'pcap'` (libpcap, opens in Wireshark/tshark) or `'text'`. */
  async export(id: string, format: DiagnosticsExportFormat, options: CallOptions = {}): Promise<Download> {
    const { blob, filename, contentType } = await this.transport.download({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/diagnostics/export`,
      query: { format },
      ...options,
    });
    return { blob, filename, contentType };
  }
}
