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
  /** When the 200 OK is sent; media (and RTCP) flow from here. */
  answerMs: number;
  /** When media stops and BYE is sent. */
  endMs: number;
  /** Which side sends the BYE. */
  byeFrom: 'uac' | 'uas';
  /** Set when this leg's party transfers the call: the REFER's time and the target's SIP user. */
  referMs: number | null;
  referTo: string | null;
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
  /** Session-timer refreshes (RFC 4028) by the carrier, every half session interval. */
  refreshMs: number[];
  sessionExpiresSeconds: number;
  /** Who ends the call: the customer's side (carrier) or the platform. */
  hangupBy: 'customer' | 'platform';
  endCause: { code: number; text: string };
}

const CARRIER_IP = '50.19.12.248';
const PROXY_IP = '172.31.11.64';
const MEDIA_IP = '172.31.11.62';
const SESSION_EXPIRES_SECONDS = 1800;
const NORMAL_CLEARING = { code: 16, text: 'Normal call clearing' };

export function isEstablished(input: VoiceCallInput): boolean {
  return input.outcome === 'completed';
}

/**
 * Legs follow the participants: the first AI agent is the media server that answers the call
 * (a human-only call is answered by the media server's queue, dropped once an agent answers);
 * every other participant gets its own leg from the proxy, answered when they join and torn
 * down when they leave — by a REFER and BYE when they transfer the call.
 */
export function planCall(input: VoiceCallInput): CallPlan {
  const rng = createRng(input.seed, 'call-plan');
  const startMs = Date.parse(input.startTime);
  const durMs = Math.max(0, Math.round(input.durationSeconds * 1000));
  const established = isEstablished(input);

  const carrier: SipHost = { id: 'carrier', ip: CARRIER_IP, label: 'Carrier SBC', software: 'Carrier-SBC/7.4.2', sdpOwner: 'carrier-sbc' };
  const proxy: SipHost = { id: 'proxy', ip: PROXY_IP, label: 'SIP Proxy', software: 'ck-sbc/2.6.1', sdpOwner: 'ck-sbc' };
  const media: SipHost = { id: 'media', ip: MEDIA_IP, label: 'Media Server', software: 'ck-media/3.2.0', sdpOwner: 'ck-media' };

  const all = input.participants.map((p, index) => ({ p, index }));
  const firstAi = all.find(({ p }) => p.kind === 'ai' && p.joinOffsetSeconds <= 2);
  const others = all.filter((x) => x !== firstAi);
  const agents: SipHost[] = [];
  let humanCount = 0;
  const hostOf = (p: VoiceParticipant): SipHost => {
    if (p.kind === 'ai') return media;
    const host = agentHost(p, humanCount++);
    agents.push(host);
    return host;
  };
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

  // The 200 OK comes before anyone speaks.
  const firstTurnMs = input.turns.length ? Math.min(...input.turns.map((t) => t.offsetSeconds * 1000)) : durMs;
  const ring = input.answerOffsetSeconds !== undefined ? Math.round(input.answerOffsetSeconds * 1000) : input.direction === 'inbound' ? rng.int(300, 1500) : rng.int(2000, 8000);
  const answerMs = established ? clamp(ring, 400, Math.max(400, Math.min(firstTurnMs - 100, durMs / 2))) : durMs;
  const endMs = established ? Math.max(durMs, answerMs + 500) : durMs;
  const drawnHangup: 'customer' | 'platform' = rng.chance(0.6) ? 'customer' : 'platform';
  const hangupBy = input.hangupBy ?? drawnHangup;
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
    referMs: null,
    referTo: null,
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
    ? leg('media', { ...proxyInner, user: input.caller }, { ...mediaSide, user: input.callee }, 'lan', firstAi?.index ?? null)
    : leg('media', { ...mediaSide, user: input.caller }, { ...proxyInner, user: input.callee }, 'lan', firstAi?.index ?? null);
  const carrierBye = inbound ? 'uac' : 'uas';
  const proxyTowardsCarrier = inbound ? 'uas' : 'uac';
  const mediaSideOfMediaLeg = inbound ? 'uas' : 'uac';
  const proxySideOfMediaLeg = inbound ? 'uac' : 'uas';
  customerLeg.byeFrom = hangupBy === 'customer' ? carrierBye : proxyTowardsCarrier;
  mediaLeg.byeFrom = hangupBy === 'customer' ? proxySideOfMediaLeg : mediaSideOfMediaLeg;

  // Participants after the one the media server plays: each on its own leg from the proxy.
  const agentLegs: CallLeg[] = others.map(({ p, index }, n) => {
    const host = hostOf(p);
    const joinMs = clamp(Math.round(p.joinOffsetSeconds * 1000), answerMs + 600, Math.max(answerMs + 600, endMs - 200));
    const leaveMs = p.leaveOffsetSeconds === null ? endMs : clamp(Math.round(p.leaveOffsetSeconds * 1000), joinMs + 200, endMs);
    const user = p.kind === 'ai' ? business : p.external ? `+1202555${String(100 + rng.int(0, 99)).padStart(4, '0')}` : `agent-${slug(p.name)}`;
    const l = leg(`agent-${n + 1}`, side(proxy, business, null, 40000), side(host, user, p.name, p.kind === 'ai' ? 10000 : p.external ? 30000 : 20000), p.kind === 'ai' ? 'lan' : input.quality === 'one_way' ? 'good' : input.quality, index);
    l.answerMs = joinMs;
    l.inviteMs = Math.max(answerMs + 100, joinMs - rng.int(1500, 4000));
    l.endMs = leaveMs;
    const leavesEarly = leaveMs < endMs - 500;
    l.byeFrom = leavesEarly || hangupBy === 'platform' ? 'uas' : 'uac';
    return l;
  });

  // The media server's own participant (or, for human-only calls, its queue) ends early when someone else takes over.
  if (firstAi) {
    const leave = firstAi.p.leaveOffsetSeconds;
    if (leave !== null && Math.round(leave * 1000) < endMs - 500) {
      mediaLeg.endMs = Math.max(answerMs + 200, Math.round(leave * 1000));
      mediaLeg.byeFrom = mediaSideOfMediaLeg;
    }
  } else if (agentLegs.length) {
    mediaLeg.endMs = Math.min(endMs, agentLegs[0].answerMs + rng.int(150, 400));
    mediaLeg.byeFrom = proxySideOfMediaLeg;
  }

  // Transfers: whoever hands over REFERs the call to the next participant, just before leaving.
  const legOfParticipant = new Map<number, CallLeg>();
  if (firstAi) legOfParticipant.set(firstAi.index, mediaLeg);
  for (const l of agentLegs) if (l.participantIndex !== null) legOfParticipant.set(l.participantIndex, l);
  for (const { p, index } of all) {
    if (p.exit !== 'transfer' || p.leaveOffsetSeconds === null) continue;
    const from = legOfParticipant.get(index);
    const target = agentLegs.find((l) => l.participantIndex !== null && l.participantIndex !== index && input.participants[l.participantIndex].joinOffsetSeconds >= p.leaveOffsetSeconds! - 1);
    if (!from || !target || from.endMs >= endMs - 500) continue;
    from.referMs = Math.max(from.answerMs + 50, from.endMs - rng.int(300, 700));
    from.referTo = target.uas.user;
    target.inviteMs = Math.max(target.inviteMs, from.referMs + 200);
  }

  const sessionExpiresSeconds = SESSION_EXPIRES_SECONDS;
  const refreshMs: number[] = [];
  if (established) for (let t = answerMs + (sessionExpiresSeconds / 2) * 1000; t < endMs - 1000; t += (sessionExpiresSeconds / 2) * 1000) refreshMs.push(t);

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
    refreshMs,
    sessionExpiresSeconds,
    hangupBy,
    endCause: input.endCause ?? NORMAL_CLEARING,
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
