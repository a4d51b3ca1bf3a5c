/**
 * The shape of a call before any message is written: which hosts take part, which
 * SIP dialogs ("legs") exist between them, their media addresses, SSRCs and when each
 * leg is set up, answered and torn down. The SIP flow and the RTCP reports are both
 * derived from this one plan, so they always agree.
 *
 * Topology (all back-to-back user agents, so each leg is its own dialog):
 *   carrier SBC ──customer leg── SIP proxy ──media leg── media server (AI agents)
 *                                    └──agent-<n> legs── human agents (internal or external)
 * Addresses are private (172.31.x) or documentation ranges (198.51.100.x), except the
 * carrier SBC, which is the public address the product doc shows. Nothing is sent anywhere.
 */
import { createRng } from './random.js';
import type { AudioCodec, VoiceCallInput, VoiceCallQuality, VoiceParticipant } from './types.js';

export const SIP_PORT = 5060;

export interface SipHost {
  id: string;
  ip: string;
  label: string;
  /** Sent as User-Agent on requests and Server on responses. */
  software: string;
  /** Owner name in SDP o=/s= lines. */
  sdpOwner: string;
}

export interface LegSide {
  host: SipHost;
  /** User part of this side's URI: a phone number or "agent-jane-doe". */
  user: string;
  displayName: string | null;
  rtpPort: number;
  ssrc: number;
  /** First RTP sequence number and timestamp this side sends. */
  seqStart: number;
  rtpTsStart: number;
}

export type LegQuality = VoiceCallQuality | 'lan';

export interface CallLeg {
  id: string;
  callId: string;
  /** Side that sent the initial INVITE. */
  uac: LegSide;
  uas: LegSide;
  fromTag: string;
  toTag: string;
  codec: AudioCodec;
  /** Index into input.participants for human agent legs, else null. */
  participantIndex: number | null;
  quality: LegQuality;
  /** Milliseconds from input.startTime. */
  inviteMs: number;
  answerMs: number;
  /** When media stops and BYE is sent. */
  endMs: number;
  /** Which side sends the BYE. */
  byeFrom: 'uac' | 'uas';
}

export interface CallPlan {
  input: VoiceCallInput;
  startMs: number;
  hosts: { carrier: SipHost; proxy: SipHost; media: SipHost; agents: SipHost[] };
  /** Hosts in ladder order. */
  hostList: SipHost[];
  customerLeg: CallLeg;
  mediaLeg: CallLeg;
  agentLegs: CallLeg[];
  /** True when the call is answered (completed, transfer, reinvite). */
  established: boolean;
  /** Legs in the order the INVITE travels (caller side first). */
  chain: [CallLeg, CallLeg];
  /** Failure outcomes: when the final response (486/503) or CANCEL (487) happens. */
  failMs: number;
  /** 'transfer': when the media server sends REFER. */
  referMs: number | null;
  /** 'reinvite': when the carrier refreshes the session. */
  refreshMs: number | null;
  /** Who ends the call: the customer's side (carrier) or the platform. */
  hangupBy: 'customer' | 'platform';
}

const CARRIER_IP = '50.19.12.248';
const PROXY_IP = '172.31.11.64';
const MEDIA_IP = '172.31.11.62';

export function isEstablished(input: VoiceCallInput): boolean {
  return input.outcome === 'completed' || input.outcome === 'transfer' || input.outcome === 'reinvite';
}

export function planCall(input: VoiceCallInput): CallPlan {
  const rng = createRng(input.seed, 'call-plan');
  const startMs = Date.parse(input.startTime);
  const durMs = Math.max(0, Math.round(input.durationSeconds * 1000));
  const established = isEstablished(input);

  const carrier: SipHost = { id: 'carrier', ip: CARRIER_IP, label: 'Carrier SBC', software: 'Carrier-SBC/7.4.2', sdpOwner: 'carrier-sbc' };
  const proxy: SipHost = { id: 'proxy', ip: PROXY_IP, label: 'SIP Proxy', software: 'ck-sbc/2.6.1', sdpOwner: 'ck-sbc' };
  const media: SipHost = { id: 'media', ip: MEDIA_IP, label: 'Media Server', software: 'ck-media/3.2.0', sdpOwner: 'ck-media' };

  const humans = input.participants.map((p, index) => ({ p, index })).filter(({ p }) => p.kind === 'human');
  const agents: SipHost[] = humans.map(({ p }, n) => agentHost(p, n));
  const codec: AudioCodec = rng.chance(0.7) ? 'PCMU' : 'PCMA';
  const business = input.direction === 'inbound' ? input.callee : input.caller;

  const side = (host: SipHost, user: string, displayName: string | null, portBase: number): LegSide => ({
    host,
    user,
    displayName,
    rtpPort: portBase + 2 * rng.int(0, 4999),
    ssrc: rng.uint32(),
    seqStart: rng.int(0, 65535),
    rtpTsStart: rng.uint32(),
  });

  // Call setup times: the AI answers inbound calls within a second or so; outbound calls
  // ring the customer. Answer no later than just before the first turn.
  const firstTurnMs = input.turns.length ? Math.min(...input.turns.map((t) => t.offsetSeconds * 1000)) : durMs;
  const ring = input.direction === 'inbound' ? rng.int(300, 1500) : rng.int(2000, 8000);
  const answerMs = established ? clamp(ring, 150, Math.max(150, Math.min(firstTurnMs - 150, durMs / 2))) : durMs;
  const endMs = established ? Math.max(durMs, answerMs + 500) : durMs;
  const hangupBy: 'customer' | 'platform' = rng.chance(0.6) ? 'customer' : 'platform';
  const failMs = input.outcome === 'cancelled_487'
    ? (durMs > 0 ? durMs : rng.int(3000, 15000))
    : (durMs > 0 ? durMs : rng.int(150, 900));

  const callId = (host: SipHost): string => `${rng.hex(16)}-${rng.hex(8)}@${host.ip}`;
  const leg = (id: string, uac: LegSide, uas: LegSide, quality: LegQuality, participantIndex: number | null): CallLeg => ({
    id,
    callId: callId(uac.host),
    uac,
    uas,
    fromTag: rng.hex(10),
    toTag: rng.hex(10),
    codec,
    participantIndex,
    quality,
    inviteMs: 0,
    answerMs,
    endMs,
    byeFrom: 'uac',
  });

  const inbound = input.direction === 'inbound';
  const carrierSide = side(carrier, inbound ? input.caller : input.callee, null, 16384);
  const proxyOuter = side(proxy, inbound ? input.callee : input.caller, null, 40000);
  const proxyInner = side(proxy, inbound ? input.caller : input.callee, null, 40000);
  const mediaSide = side(media, inbound ? input.callee : input.caller, null, 10000);
  const customerLeg = inbound
    ? leg('customer', { ...carrierSide, user: input.caller }, { ...proxyOuter, user: input.callee }, input.quality, null)
    : leg('customer', { ...proxyOuter, user: input.caller }, { ...carrierSide, user: input.callee }, input.quality, null);
  const mediaLeg = inbound
    ? leg('media', { ...proxyInner, user: input.caller }, { ...mediaSide, user: input.callee }, 'lan', null)
    : leg('media', { ...mediaSide, user: input.caller }, { ...proxyInner, user: input.callee }, 'lan', null);
  const customerIsUac = inbound;
  customerLeg.byeFrom = (hangupBy === 'customer') === customerIsUac ? 'uac' : 'uas';
  mediaLeg.byeFrom = (hangupBy === 'customer') === inbound ? 'uac' : 'uas';
  customerLeg.inviteMs = 0;
  mediaLeg.inviteMs = 0;

  const agentLegs: CallLeg[] = humans.map(({ p, index }, n) => {
    const joinMs = clamp(Math.round(p.joinOffsetSeconds * 1000), answerMs + 600, Math.max(answerMs + 600, endMs - 200));
    const leaveMs = p.leaveOffsetSeconds === null ? endMs : clamp(Math.round(p.leaveOffsetSeconds * 1000), joinMs + 200, endMs);
    const agentUser = p.external ? `+1202555${String(100 + rng.int(0, 99)).padStart(4, '0')}` : `agent-${slug(p.name)}`;
    const l = leg(`agent-${n + 1}`, side(proxy, business, null, 40000), side(agents[n], agentUser, p.name, p.external ? 30000 : 20000), input.quality === 'one_way' ? 'good' : input.quality, index);
    l.answerMs = joinMs;
    l.inviteMs = Math.max(answerMs + 100, joinMs - rng.int(1500, 4000));
    l.endMs = leaveMs;
    l.byeFrom = leaveMs < endMs - 500 ? 'uas' : hangupBy === 'customer' ? 'uac' : 'uas';
    return l;
  });

  let referMs: number | null = null;
  if (input.outcome === 'transfer') {
    if (!agentLegs.length) {
      // Transfer to a desk with no named participant: still a real leg to show.
      const desk: SipHost = { id: 'agent-desk', ip: '172.31.20.10', label: 'Agent Desk', software: 'ck-webphone/1.9.3', sdpOwner: 'ck-webphone' };
      agents.push(desk);
      const joinMs = Math.max(answerMs + 2000, Math.round(endMs * 0.4));
      const l = leg('agent-1', side(proxy, business, null, 40000), side(desk, 'agent-desk', 'Agent Desk', 20000), input.quality === 'one_way' ? 'good' : input.quality, null);
      l.answerMs = Math.min(joinMs, endMs - 100);
      l.inviteMs = Math.max(answerMs + 100, l.answerMs - rng.int(1500, 4000));
      l.endMs = endMs;
      l.byeFrom = hangupBy === 'customer' ? 'uac' : 'uas';
      agentLegs.push(l);
    }
    const target = agentLegs[0];
    referMs = Math.max(answerMs + 50, target.inviteMs - rng.int(60, 200));
    // The media server (transferor) hangs up once the transfer has succeeded.
    mediaLeg.endMs = Math.min(endMs, target.answerMs + rng.int(150, 400));
    mediaLeg.byeFrom = inbound ? 'uas' : 'uac';
  }
  const refreshMs = input.outcome === 'reinvite' ? Math.round(answerMs + (endMs - answerMs) * rng.float(0.35, 0.65)) : null;

  const hostList = [carrier, proxy, media, ...agents];
  return {
    input,
    startMs,
    hosts: { carrier, proxy, media, agents },
    hostList,
    customerLeg,
    mediaLeg,
    agentLegs,
    established,
    chain: inbound ? [customerLeg, mediaLeg] : [mediaLeg, customerLeg],
    failMs,
    referMs,
    refreshMs,
    hangupBy,
  };
}

function agentHost(p: VoiceParticipant, n: number): SipHost {
  return p.external
    ? { id: `agent-${n + 1}`, ip: `198.51.100.${20 + n}`, label: `External Agent (${p.name})`, software: 'PSTN-Gateway/5.1.0', sdpOwner: 'pstn-gw' }
    : { id: `agent-${n + 1}`, ip: `172.31.20.${11 + n}`, label: `Agent (${p.name})`, software: 'ck-webphone/1.9.3', sdpOwner: 'ck-webphone' };
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'agent';
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
