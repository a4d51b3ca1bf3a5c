import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, DiagnosticsExportFormat, Download, Participant, QosReport, SipFlow } from '../types.js';
import { asDownload, pathId } from './paging.js';

/** `client.diagnostics` (voice only, needs `diagnostics.view`): SIP/RTCP flow, QoS, participants, PCAP/TEXT export. */
export class DiagnosticsResource {
  constructor(private readonly transport: Transport) {}

  sipFlow(id: string, options: CallOptions = {}): ApiPromise<SipFlow> {
    return this.transport.json<SipFlow>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/diagnostics/flow`, ...options });
  }

  qos(id: string, options: CallOptions = {}): ApiPromise<QosReport> {
    return this.transport.json<QosReport>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/diagnostics/qos`, ...options });
  }

  participants(id: string, options: CallOptions = {}): ApiPromise<Participant[]> {
    return this.transport
      .json<{ items: Participant[] }>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/diagnostics/participants`, ...options })
      .map((body) => body.items);
  }

  /**
   * `{ format: 'pcap' }` (libpcap, opens in Wireshark/tshark) or `{ format: 'text' }`.
   * The positional `export(id, 'pcap')` still works but is deprecated (see the contract's deprecation policy).
   */
  export(id: string, params: { format: DiagnosticsExportFormat } | DiagnosticsExportFormat, options: CallOptions = {}): ApiPromise<Download> {
    const format = typeof params === 'string' ? params : params.format;
    return this.transport
      .download({ method: 'GET', path: `/v1/conversations/${pathId(id)}/diagnostics/export`, query: { format }, ...options })
      .map(asDownload);
  }
}
