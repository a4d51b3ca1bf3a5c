/**
 * The SIP ladder (plus interleaved RTCP) of a voice call, in the DOMAIN.md
 * "Diagnostics" flow shape.
 * Scenarios by outcome:
 *   completed   INVITE → 100 → 180 → 200 → ACK on each leg … BYE → 200 from whoever hung up,
 *               with the call's Q.850 cause in the Reason header. Each participant after the first
 *               has its own leg; one who transfers the call REFERs it (202, NOTIFY 100/200 sipfrag)
 *               and hangs up; the proxy then INVITEs the next participant. Calls longer than half
 *               the session interval carry RFC 4028 refresh re-INVITEs from the carrier.
 *   busy_486 / unavailable_503   the far end rejects; each hop ACKs the failure
 *   cancelled_487                the caller gives up while ringing: CANCEL → 200, 487 → ACK
 * A call with a participant still on it (leaveOffsetSeconds null) is in progress: it has no BYE.
 * Holds appear as re-INVITEs with a=sendonly / a=recvonly and back to a=sendrecv; a session refresh
 * during a hold keeps the held directions.
 * Occasional UDP retransmissions (more on worse networks) are marked `retransmission: true`.
 */
import { planCall, type CallLeg, type CallPlan } from './call-plan.js';
import { createRng, type Rng } from './random.js';
import { formatRtcpText, rtcpPacketFromReport } from './rtcp-packet.js';
import { rtcpReportsForPlan } from './rtcp-reports.js';
import { parseSdp } from './sdp.js';
import { DialogWriter, type SentRequest, type SipEvent, type Side } from './sip-dialog.js';
import { sipLabel } from './sip-message.js';
import type { FlowMessage, RtcpReport, SipFlow, VoiceCallInput } from './types.js';

const RETRANSMIT_CHANCE: Record<string, number> = { good: 0.12, fair: 0.3, poor: 0.6 };
const T1_MS = 500;

export function generateSipFlow(input: VoiceCallInput): SipFlow {
  const plan = planCall(input);
  const rng = createRng(input.seed, 'sip-flow');
  const events: SipEvent[] = [];
  const dialogs = new Map<string, DialogWriter>();
  const dialog = (leg: CallLeg): DialogWriter => {
    let d = dialogs.get(leg.id);
    if (!d) dialogs.set(leg.id, (d = new DialogWriter(leg, rng, events)));
    return d;
  };
  const ctx: Ctx = { plan, rng, events, dialog, retransmitChance: RETRANSMIT_CHANCE[input.quality] ?? 0.12 };

  const invites = setUpCall(ctx);
  if (plan.established) {
    const inbound = input.direction === 'inbound';
    for (const leg of plan.agentLegs) agentLeg(ctx, leg);
    for (const leg of [plan.mediaLeg, ...plan.agentLegs]) {
      if (leg.endMs >= plan.customerLeg.endMs - 500) continue;
      if (leg.referMs !== null) transfer(ctx, leg);
      else bye(ctx, clock(ctx, leg.endMs), leg, leg.endMs);
    }
    for (const hold of input.holds) holdReinvites(ctx, hold.offsetSeconds * 1000, (hold.offsetSeconds + hold.durationSeconds) * 1000);
    for (const at of plan.refreshMs) sessionRefresh(ctx, at, inbound ? 'uac' : 'uas', onHold(input, at));
    // Someone still on the call (leaveOffsetSeconds null) means the call is in progress: no BYE yet.
    if (!input.participants.some((p) => p.leaveOffsetSeconds === null)) hangUp(ctx);
  } else {
    failCall(ctx, invites);
  }
  return assemble(plan, events, rtcpReportsForPlan(plan));
}

interface Ctx {
  plan: CallPlan;
  rng: Rng;
  events: SipEvent[];
  dialog: (leg: CallLeg) => DialogWriter;
  retransmitChance: number;
}

/** A monotonic clock for one sequence of messages: each step advances by a network hop. */
function clock(ctx: Ctx, start: number): (leg: CallLeg, notBefore?: number) => number {
  let t = start;
  let first = true;
  return (leg, notBefore = 0) => {
    const hop = first ? 0 : leg.id === 'customer' ? ctx.rng.int(12, 40) : ctx.rng.int(1, 8);
    first = false;
    t = Math.max(t + hop, Math.round(notBefore));
    return t;
  };
}

function setUpCall(ctx: Ctx): [SentRequest, SentRequest] {
  const { plan, rng } = ctx;
  const [leg1, leg2] = plan.chain;
  const d1 = ctx.dialog(leg1);
  const d2 = ctx.dialog(leg2);
  const next = clock(ctx, 0);
  const carrierRefresher = leg1.id === 'customer' ? 'uac' : 'uas';
  const timerHeaders = (leg: CallLeg): [string, string][] => (leg.id === 'customer' ? [['Session-Expires', `${plan.sessionExpiresSeconds};refresher=${carrierRefresher}`], ['Min-SE', '90']] : []);
  const pai = (leg: CallLeg): [string, string][] => [['P-Asserted-Identity', `<sip:${leg.uac.user}@${leg.uac.host.ip}>`]];

  const inv1 = d1.request(next(leg1), 'uac', 'INVITE', { initial: true, body: d1.sdp('uac', 'offer'), headers: [...pai(leg1), ...timerHeaders(leg1)] });
  // A slow 100 Trying makes the caller retransmit after T1 — only when there is time for it before the answer
  // (the plan's answer time is when media starts: RTCP counts packets from it).
  if (rng.chance(ctx.retransmitChance) && (!plan.established || inv1.event.ms + T1_MS < leg1.answerMs - 300)) d1.retransmit(next(leg1, inv1.event.ms + T1_MS), inv1.event);
  d1.response(next(leg1), inv1, 100);
  const inv2 = d2.request(next(leg2), 'uac', 'INVITE', { initial: true, body: d2.sdp('uac', 'offer'), maxForwards: 69, headers: [...pai(leg2), ...timerHeaders(leg2)] });
  d2.response(next(leg2), inv2, 100);

  if (!plan.established) return [inv1, inv2];

  const answerMs = leg1.answerMs;
  // The far leg answers first; the 200 OK towards the caller follows within the answer time.
  const ringAt = Math.min(answerMs - 160, rng.int(80, 600));
  d2.response(next(leg2, ringAt), inv2, 180);
  d1.response(next(leg1), inv1, 180);
  d2.response(next(leg2, answerMs - 90), inv2, 200, { body: d2.sdp('uas', 'answer') });
  d2.ack2xx(next(leg2), inv2);
  const ok1 = d1.response(next(leg1), inv1, 200, { body: d1.sdp('uas', 'answer'), headers: timerHeaders(leg1).slice(0, 1) });
  if (rng.chance(ctx.retransmitChance)) d1.retransmit(next(leg1, ok1.ms + T1_MS), ok1);
  d1.ack2xx(next(leg1), inv1);
  return [inv1, inv2];
}

function failCall(ctx: Ctx, [inv1, inv2]: [SentRequest, SentRequest]): void {
  const { plan, rng } = ctx;
  const [leg1, leg2] = plan.chain;
  const d1 = ctx.dialog(leg1);
  const d2 = ctx.dialog(leg2);
  const next = clock(ctx, Math.max(...ctx.events.map((e) => e.ms)));
  next(leg2);
  const outcome = plan.input.outcome;
  if (outcome === 'cancelled_487') {
    if (plan.failMs > 300) {
      d2.response(next(leg2, rng.int(120, Math.min(900, plan.failMs - 100))), inv2, 180);
      d1.response(next(leg1), inv1, 180);
    }
    const cancel1 = d1.request(next(leg1, plan.failMs), 'uac', 'CANCEL', { sameTransactionAs: inv1 });
    d1.response(next(leg1), cancel1, 200);
    const cancel2 = d2.request(next(leg2), 'uac', 'CANCEL', { sameTransactionAs: inv2 });
    d2.response(next(leg2), cancel2, 200);
    d2.response(next(leg2), inv2, 487);
    d2.ackFailure(next(leg2), inv2);
    d1.response(next(leg1), inv1, 487);
    d1.ackFailure(next(leg1), inv1);
    return;
  }
  const code = outcome === 'busy_486' ? 486 : 503;
  const headers: [string, string][] = code === 503 ? [['Retry-After', '30']] : [];
  d2.response(next(leg2, plan.failMs), inv2, code, { headers });
  d2.ackFailure(next(leg2), inv2);
  const fail1 = d1.response(next(leg1), inv1, code, { headers });
  if (rng.chance(ctx.retransmitChance)) d1.retransmit(next(leg1, fail1.ms + T1_MS), fail1);
  d1.ackFailure(next(leg1), inv1);
}

/** Offer/answer re-INVITE from `side`: INVITE (offerDir) → 200 (answerDir) → ACK. */
function reinvite(ctx: Ctx, next: ReturnType<typeof clock>, leg: CallLeg, side: Side, offerDir: 'sendonly' | 'sendrecv', notBefore: number): void {
  const d = ctx.dialog(leg);
  const other: Side = side === 'uac' ? 'uas' : 'uac';
  const answerDir = offerDir === 'sendonly' ? 'recvonly' : 'sendrecv';
  const inv = d.request(next(leg, notBefore), side, 'INVITE', { body: d.sdp(side, 'offer', offerDir, true) });
  d.response(next(leg), inv, 200, { body: d.sdp(other, 'answer', answerDir, true) });
  d.ack2xx(next(leg), inv);
}

/** The platform side of a leg: the media server, the proxy (towards the carrier) or the agent's phone. */
function platformSide(leg: CallLeg): Side {
  if (leg.id === 'customer') return leg.uac.host.id === 'proxy' ? 'uac' : 'uas';
  if (leg.id === 'media') return leg.uac.host.id === 'media' ? 'uac' : 'uas';
  return 'uas';
}

function holdReinvites(ctx: Ctx, fromMs: number, toMs: number): void {
  const { plan } = ctx;
  const { customerLeg, mediaLeg } = plan;
  if (fromMs < customerLeg.answerMs + 100 || fromMs >= customerLeg.endMs - 200) return;
  // Whoever serves the customer at that moment holds / resumes: the AI (media server) or a human agent.
  const holderAt = (ms: number): CallLeg | undefined =>
    plan.agentLegs.find((l) => l.answerMs <= ms && ms < l.endMs - 50) ?? (ms < mediaLeg.endMs - 50 ? mediaLeg : undefined);
  // A hold that lasts until the call ends (or until now, in a running call) is never resumed: the BYE ends it.
  const steps = toMs < customerLeg.endMs - 200 ? ([[fromMs, 'sendonly'], [toMs, 'sendrecv']] as const) : ([[fromMs, 'sendonly']] as const);
  for (const [at, dir] of steps) {
    const next = clock(ctx, Math.round(at));
    const holder = holderAt(at);
    if (holder) reinvite(ctx, next, holder, platformSide(holder), dir, at);
    reinvite(ctx, next, customerLeg, platformSide(customerLeg), dir, at);
  }
}

function onHold(input: VoiceCallInput, ms: number): boolean {
  return input.holds.some((h) => ms >= h.offsetSeconds * 1000 && ms < (h.offsetSeconds + h.durationSeconds) * 1000);
}

/**
 * RFC 4028 refresh: each side repeats its current session description (same version, the
 * negotiated codec only), so a held call stays held: the carrier offers recvonly, the proxy answers sendonly.
 */
function sessionRefresh(ctx: Ctx, atMs: number, carrierSide: Side, held: boolean): void {
  const leg = ctx.plan.customerLeg;
  const d = ctx.dialog(leg);
  const other: Side = carrierSide === 'uac' ? 'uas' : 'uac';
  const next = clock(ctx, atMs);
  const headers: [string, string][] = [['Session-Expires', `${ctx.plan.sessionExpiresSeconds};refresher=${carrierSide}`]];
  const inv = d.request(next(leg), carrierSide, 'INVITE', { body: d.sdp(carrierSide, 'answer', held ? 'recvonly' : 'sendrecv'), headers });
  d.response(next(leg), inv, 200, { body: d.sdp(other, 'answer', held ? 'sendonly' : 'sendrecv'), headers });
  d.ack2xx(next(leg), inv);
}

function agentLeg(ctx: Ctx, leg: CallLeg): void {
  const d = ctx.dialog(leg);
  const next = clock(ctx, leg.inviteMs);
  const inv = d.request(next(leg), 'uac', 'INVITE', { initial: true, body: d.sdp('uac', 'offer') });
  d.response(next(leg), inv, 100);
  d.response(next(leg, Math.min(leg.inviteMs + ctx.rng.int(80, 400), leg.answerMs - 30)), inv, 180);
  d.response(next(leg, leg.answerMs), inv, 200, { body: d.sdp('uas', 'answer') });
  d.ack2xx(next(leg), inv);
}

/** `leg`'s party transfers the call: REFER to the proxy, 202, NOTIFY 100 / 200 (sipfrag), then BYE. */
function transfer(ctx: Ctx, leg: CallLeg): void {
  const d = ctx.dialog(leg);
  const party = platformSide(leg);
  const proxy: Side = party === 'uac' ? 'uas' : 'uac';
  const next = clock(ctx, leg.referMs!);
  const partySide = d.side(party);
  const refer = d.request(next(leg), party, 'REFER', {
    headers: [
      ['Refer-To', `<sip:${leg.referTo}@${d.side(proxy).host.ip}>`],
      ['Referred-By', `<sip:${partySide.user}@${partySide.host.ip}>`],
    ],
  });
  d.response(next(leg), refer, 202);
  const sipfrag = 'message/sipfrag;version=2.0';
  const n1 = d.request(next(leg), proxy, 'NOTIFY', { body: 'SIP/2.0 100 Trying\r\n', contentType: sipfrag, headers: [['Event', 'refer'], ['Subscription-State', 'active;expires=60']] });
  d.response(next(leg), n1, 200);
  const n2 = d.request(next(leg), proxy, 'NOTIFY', { body: 'SIP/2.0 200 OK\r\n', contentType: sipfrag, headers: [['Event', 'refer'], ['Subscription-State', 'terminated;reason=noresource']] });
  d.response(next(leg), n2, 200);
  bye(ctx, next, leg, leg.endMs);
}

function bye(ctx: Ctx, next: ReturnType<typeof clock>, leg: CallLeg, atMs: number, mayRetransmit = false): void {
  const d = ctx.dialog(leg);
  const cause = atMs >= ctx.plan.customerLeg.endMs - 500 ? ctx.plan.endCause : { code: 16, text: 'Normal call clearing' };
  const req = d.request(next(leg, atMs), leg.byeFrom, 'BYE', { headers: [['Reason', `Q.850;cause=${cause.code};text="${cause.text}"`]] });
  if (mayRetransmit && ctx.rng.chance(ctx.retransmitChance)) d.retransmit(next(leg, req.event.ms + T1_MS), req.event);
  d.response(next(leg), req, 200);
}

function hangUp(ctx: Ctx): void {
  const { plan } = ctx;
  const endMs = plan.customerLeg.endMs;
  const platformLegs = [plan.mediaLeg, ...plan.agentLegs].filter((l) => l.endMs >= endMs - 500 && l.answerMs < endMs);
  const next = clock(ctx, endMs);
  const order = plan.hangupBy === 'customer' ? [plan.customerLeg, ...platformLegs] : [...platformLegs, plan.customerLeg];
  for (const leg of order) bye(ctx, next, leg, endMs, leg === plan.customerLeg);
}

function assemble(plan: CallPlan, events: SipEvent[], reports: RtcpReport[]): SipFlow {
  const endpoints = plan.hostList.map((h) => ({ id: h.id, ip: h.ip, port: 5060, label: h.label }));
  type Item = { ms: number; order: number; make: (base: Pick<FlowMessage, 'id' | 'seq' | 'at' | 'offsetSeconds' | 'deltaSeconds'>) => FlowMessage };
  const items: Item[] = events.map((e, order) => ({
    ms: e.ms,
    order,
    make: (base) => ({
      ...base,
      kind: e.kind,
      method: e.method,
      statusCode: e.statusCode,
      reasonPhrase: e.reasonPhrase,
      label: sipLabel(e.method, e.statusCode, e.reasonPhrase),
      srcIp: e.src.host.ip,
      srcPort: 5060,
      dstIp: e.dst.host.ip,
      dstPort: 5060,
      callId: e.leg.callId,
      dialogId: e.leg.id,
      raw: e.raw,
      sdp: e.body && e.body.startsWith('v=0') ? parseSdp(e.body) : null,
      retransmission: e.retransmission,
    }),
  }));
  reports.forEach((r, i) => {
    items.push({
      ms: Date.parse(r.at) - plan.startMs,
      order: events.length + i,
      make: (base) => ({
        ...base,
        kind: 'rtcp',
        method: null,
        statusCode: null,
        reasonPhrase: null,
        label: 'RTCP',
        srcIp: r.srcIp,
        srcPort: r.srcPort,
        dstIp: r.dstIp,
        dstPort: r.dstPort,
        callId: r.callId,
        dialogId: r.legId,
        raw: formatRtcpText(rtcpPacketFromReport(r)),
        sdp: null,
        retransmission: false,
      }),
    });
  });
  items.sort((a, b) => a.ms - b.ms || a.order - b.order);
  const firstMs = items[0]?.ms ?? 0;
  let prevMs = firstMs;
  const messages = items.map((item, i) => {
    const seq = i + 1;
    const message = item.make({
      id: `msg_${String(seq).padStart(5, '0')}`,
      seq,
      at: new Date(plan.startMs + item.ms).toISOString(),
      offsetSeconds: round3((item.ms - firstMs) / 1000),
      deltaSeconds: round3((item.ms - prevMs) / 1000),
    });
    prevMs = item.ms;
    return message;
  });
  return { endpoints, messages };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
