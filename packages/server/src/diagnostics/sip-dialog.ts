/**
 * Writes the messages of one SIP dialog (one call leg): requests from either side with
 * their own CSeq spaces, responses that mirror the request's Via/From/To/Call-ID/CSeq,
 * hop-by-hop ACK/CANCEL on the INVITE's branch, and SDP offers/answers with versions.
 */
import type { CallLeg, LegSide } from './call-plan.js';
import { SIP_PORT } from './call-plan.js';
import type { Rng } from './random.js';
import { buildSdp } from './sdp.js';
import { formatSipMessage, REASON_PHRASES, type SipHeaders } from './sip-message.js';
import type { AudioCodec, SdpDirection } from './types.js';

export type Side = 'uac' | 'uas';

/** One SIP message placed in time; the flow assembler turns these into FlowMessages. */
export interface SipEvent {
  ms: number;
  leg: CallLeg;
  src: LegSide;
  dst: LegSide;
  kind: 'request' | 'response';
  method: string;
  statusCode: number | null;
  reasonPhrase: string | null;
  raw: string;
  body: string;
  retransmission: boolean;
}

export interface SentRequest {
  side: Side;
  method: string;
  cseq: number;
  via: string;
  from: string;
  to: string;
  requestUri: string;
  /** Whether the remote tag is known (in-dialog or after a provisional with tag). */
  inDialog: boolean;
  event: SipEvent;
}

const ALLOW = 'INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY, UPDATE';

export class DialogWriter {
  private readonly cseq: Record<Side, number>;
  private readonly sdpVersion: Record<Side, number> = { uac: 0, uas: 0 };
  private readonly sessionId: Record<Side, number>;

  constructor(
    readonly leg: CallLeg,
    private readonly rng: Rng,
    private readonly out: SipEvent[],
  ) {
    this.cseq = { uac: rng.int(1, 40), uas: rng.int(1, 9000) };
    this.sessionId = { uac: rng.int(100000000, 999999999), uas: rng.int(100000000, 999999999) };
  }

  side(side: Side): LegSide {
    return side === 'uac' ? this.leg.uac : this.leg.uas;
  }

  private other(side: Side): Side {
    return side === 'uac' ? 'uas' : 'uac';
  }

  /** SDP for `side`: an offer lists every codec, an answer only the negotiated one. */
  sdp(side: Side, kind: 'offer' | 'answer', direction: SdpDirection = 'sendrecv', bumpVersion = false): string {
    if (bumpVersion) this.sdpVersion[side]++;
    const s = this.side(side);
    const codecs: AudioCodec[] = kind === 'offer' ? (this.leg.codec === 'PCMU' ? ['PCMU', 'PCMA'] : ['PCMA', 'PCMU']) : [this.leg.codec];
    return buildSdp({
      owner: s.host.sdpOwner,
      sessionId: this.sessionId[side],
      version: this.sdpVersion[side],
      address: s.host.ip,
      port: s.rtpPort,
      codecs,
      direction,
    });
  }

  private uri(s: LegSide, withPort: boolean): string {
    return `sip:${s.user}@${s.host.ip}${withPort ? `:${SIP_PORT}` : ''}`;
  }

  private nameAddr(s: LegSide, tag: string | null): string {
    const display = s.displayName ?? (s.user.startsWith('+') ? s.user : null);
    return `${display ? `"${display}" ` : ''}<${this.uri(s, false)}>${tag ? `;tag=${tag}` : ''}`;
  }

  private tag(side: Side): string {
    return side === 'uac' ? this.leg.fromTag : this.leg.toTag;
  }

  private branch(): string {
    return `z9hG4bK${this.rng.hex(12)}`;
  }

  private push(ms: number, from: Side, e: Omit<SipEvent, 'ms' | 'leg' | 'src' | 'dst' | 'retransmission'>): SipEvent {
    const event: SipEvent = { ms, leg: this.leg, src: this.side(from), dst: this.side(this.other(from)), retransmission: false, ...e };
    this.out.push(event);
    return event;
  }

  /**
   * A request from `from`. `initial` marks the dialog-creating INVITE (no To tag). CANCEL and
   * non-2xx ACK reuse the INVITE's branch and CSeq number via `sameTransactionAs`.
   */
  request(ms: number, from: Side, method: string, opts: {
    body?: string;
    contentType?: string;
    initial?: boolean;
    sameTransactionAs?: SentRequest;
    toTagKnown?: boolean;
    headers?: SipHeaders;
    maxForwards?: number;
  } = {}): SentRequest {
    const s = this.side(from);
    const remote = this.side(this.other(from));
    const base = opts.sameTransactionAs;
    // CANCEL belongs to the INVITE's transaction, outside the dialog: no To tag.
    const inDialog = !opts.initial && method !== 'CANCEL' && (opts.toTagKnown ?? true);
    const cseq = base ? base.cseq : ++this.cseq[from];
    const via = base ? base.via : `SIP/2.0/UDP ${s.host.ip}:${SIP_PORT};branch=${this.branch()};rport`;
    const from_ = base ? base.from : this.nameAddr(s, this.tag(from));
    const to = base && method === 'CANCEL' ? base.to : this.nameAddr(remote, inDialog ? this.tag(this.other(from)) : null);
    const requestUri = base ? base.requestUri : this.uri(remote, true);
    const headers: (readonly [string, string])[] = [
      ['Via', via],
      ['Max-Forwards', String(opts.maxForwards ?? 70)],
      ['From', from_],
      ['To', to],
      ['Call-ID', this.leg.callId],
      ['CSeq', `${cseq} ${method}`],
    ];
    if (method === 'INVITE' || method === 'REFER' || method === 'NOTIFY' || method === 'SUBSCRIBE') {
      headers.push(['Contact', `<${this.uri(s, true)};transport=udp>`]);
    }
    headers.push(['User-Agent', s.host.software]);
    if (method === 'INVITE') {
      headers.push(['Allow', ALLOW], ['Supported', 'timer, replaces, norefersub']);
    }
    headers.push(...(opts.headers ?? []));
    const body = opts.body ?? '';
    const raw = formatSipMessage(`${method} ${requestUri} SIP/2.0`, headers, body, opts.contentType);
    const event = this.push(ms, from, { kind: 'request', method, statusCode: null, reasonPhrase: null, raw, body });
    return { side: from, method, cseq, via, from: from_, to, requestUri, inDialog, event };
  }

  /** The 2xx-ACK for an INVITE transaction (new branch, in-dialog). */
  ack2xx(ms: number, invite: SentRequest): SentRequest {
    const s = this.side(invite.side);
    const remote = this.side(this.other(invite.side));
    const via = `SIP/2.0/UDP ${s.host.ip}:${SIP_PORT};branch=${this.branch()};rport`;
    const from = invite.from;
    const to = this.nameAddr(remote, this.tag(this.other(invite.side)));
    const requestUri = this.uri(remote, true);
    const raw = formatSipMessage(`ACK ${requestUri} SIP/2.0`, [
      ['Via', via],
      ['Max-Forwards', '70'],
      ['From', from],
      ['To', to],
      ['Call-ID', this.leg.callId],
      ['CSeq', `${invite.cseq} ACK`],
      ['User-Agent', s.host.software],
    ]);
    const event = this.push(ms, invite.side, { kind: 'request', method: 'ACK', statusCode: null, reasonPhrase: null, raw, body: '' });
    return { side: invite.side, method: 'ACK', cseq: invite.cseq, via, from, to, requestUri, inDialog: true, event };
  }

  /** The hop-by-hop ACK for a non-2xx final response: same branch, To with the response's tag. */
  ackFailure(ms: number, invite: SentRequest): SentRequest {
    const s = this.side(invite.side);
    const remote = this.side(this.other(invite.side));
    const to = this.nameAddr(remote, this.tag(this.other(invite.side)));
    const raw = formatSipMessage(`ACK ${invite.requestUri} SIP/2.0`, [
      ['Via', invite.via],
      ['Max-Forwards', '70'],
      ['From', invite.from],
      ['To', to],
      ['Call-ID', this.leg.callId],
      ['CSeq', `${invite.cseq} ACK`],
      ['User-Agent', s.host.software],
    ]);
    const event = this.push(ms, invite.side, { kind: 'request', method: 'ACK', statusCode: null, reasonPhrase: null, raw, body: '' });
    return { ...invite, method: 'ACK', event };
  }

  response(ms: number, req: SentRequest, statusCode: number, opts: {
    body?: string;
    contentType?: string;
    headers?: SipHeaders;
    reasonPhrase?: string;
  } = {}): SipEvent {
    const responder = this.other(req.side);
    const s = this.side(responder);
    const withTag = statusCode !== 100;
    const to = withTag && !req.inDialog ? `${req.to};tag=${this.tag(responder)}` : req.to;
    const reasonPhrase = opts.reasonPhrase ?? REASON_PHRASES[statusCode] ?? '';
    const headers: (readonly [string, string])[] = [
      ['Via', req.via.replace(/;rport$/, `;rport=${SIP_PORT}`)],
      ['From', req.from],
      ['To', to],
      ['Call-ID', this.leg.callId],
      ['CSeq', `${req.cseq} ${req.method}`],
    ];
    if (req.method === 'INVITE' && statusCode > 100 && statusCode < 300) {
      headers.push(['Contact', `<${this.uri(s, true)};transport=udp>`]);
    }
    headers.push(['Server', s.host.software]);
    if (req.method === 'INVITE' && statusCode >= 200 && statusCode < 300) {
      headers.push(['Allow', ALLOW], ['Supported', 'timer, replaces, norefersub']);
    }
    headers.push(...(opts.headers ?? []));
    const body = opts.body ?? '';
    const raw = formatSipMessage(`SIP/2.0 ${statusCode} ${reasonPhrase}`, headers, body, opts.contentType);
    return this.push(ms, responder, { kind: 'response', method: req.method, statusCode, reasonPhrase, raw, body });
  }

  /** Sends `event` again, unchanged (a UDP retransmission after timer T1). */
  retransmit(ms: number, event: SipEvent): SipEvent {
    const copy: SipEvent = { ...event, ms, retransmission: true };
    this.out.push(copy);
    return copy;
  }
}
