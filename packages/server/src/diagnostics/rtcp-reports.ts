/**
 * RTCP sender/receiver reports for every media stream of the call, consistent with the
 * call plan (who talks to whom, when) and the quality profile:
 *   good / fair / poor — both directions of each leg report; jitter and loss per NETWORK_RANGES
 *                        (the internal proxy↔media-server leg is always LAN-quality)
 *   one_way            — the customer leg carries media one way only: just the proxy's
 *                        receiver reports about the customer's audio remain
 *   no_rtcp            — no reports at all
 *   single_report      — exactly one report in the whole call
 * Failed calls (486/487/503) never set up media, so they have no reports.
 *
 * Times are as captured at the SIP proxy (every leg has the proxy at one end, as a capture agent
 * on an SBC sees it): reports the proxy sends are stamped when sent, reports it receives when they
 * arrive, one network delay later. So the round trip a tool computes from the capture
 * (arrival − LSR − DLSR, RFC 3550 §6.4.1) is the `roundTripMs` the report carries.
 */
import { planCall, type CallLeg, type CallPlan, type LegSide } from './call-plan.js';
import { networkWalk, rangeFor, type NetworkSample } from './network-profile.js';
import { createRng } from './random.js';
import type { RtcpReport, VoiceCallInput } from './types.js';

const PACKET_MS = 20;
const PAYLOAD_BYTES = 160; // G.711, 20 ms at 8 kHz
const CLOCK_RATE = 8000;
const NTP_UNIX_OFFSET = 2208988800;

export function generateRtcpReports(input: VoiceCallInput): RtcpReport[] {
  return rtcpReportsForPlan(planCall(input));
}

export function rtcpReportsForPlan(plan: CallPlan): RtcpReport[] {
  const { input } = plan;
  if (!plan.established || input.quality === 'no_rtcp') return [];
  const legs = [plan.customerLeg, plan.mediaLeg, ...plan.agentLegs];
  let reports = legs.flatMap((leg) => legReports(plan, leg));
  reports.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.connectionId.localeCompare(b.connectionId));
  if (input.quality === 'single_report') {
    const customer = reports.filter((r) => r.legId === 'customer');
    const pick = customer[Math.floor(customer.length / 2)] ?? reports[0];
    // Nothing was received before it, so it cannot echo a sender report.
    reports = pick ? [{ ...pick, lsr: 0, dlsr: 0 }] : [];
  }
  return reports;
}

interface Direction {
  reporter: 'uac' | 'uas';
  src: LegSide;
  dst: LegSide;
  times: number[];
  sendsMedia: boolean;
}

function legReports(plan: CallPlan, leg: CallLeg): RtcpReport[] {
  const rng = createRng(plan.input.seed, `rtcp:${leg.id}`);
  const oneWay = plan.input.quality === 'one_way' && leg.id === 'customer';
  // RFC 3550 intervals of about five seconds; the first comes within the first interval after the 200 OK,
  // and even a short leg reports once before its BYE.
  const schedule = (): number[] => {
    const times: number[] = [];
    const first = leg.answerMs + Math.min(rng.int(1000, 5000), Math.max(200, (leg.endMs - leg.answerMs) / 2));
    for (let t = first; t < leg.endMs - 400; t += rng.int(4500, 5500)) times.push(t);
    return times;
  };
  const proxyIsUac = leg.uac.host.id === 'proxy';
  const directions: Direction[] = (['uac', 'uas'] as const).map((reporter) => ({
    reporter,
    src: reporter === 'uac' ? leg.uac : leg.uas,
    dst: reporter === 'uac' ? leg.uas : leg.uac,
    times: schedule(),
    sendsMedia: true,
  }));
  let active = directions;
  if (oneWay) {
    // Only the proxy hears anything (the customer's audio); it sends receiver reports.
    active = directions.filter((d) => (d.reporter === 'uac') === proxyIsUac).map((d) => ({ ...d, sendsMedia: false }));
  }
  const walk = networkWalk(rangeFor(leg.quality), rng);
  const holds = mergedHolds(plan);

  // Packets `side` has sent by `ms`: 50 per second while the leg is up; the customer's
  // side goes quiet while on hold (it is recvonly then).
  const sentBy = (side: LegSide, ms: number): number => {
    const end = Math.min(ms, leg.endMs);
    let activeMs = Math.max(0, end - leg.answerMs);
    if (side.host.id === 'carrier') {
      for (const [from, to] of holds) activeMs -= Math.max(0, Math.min(to, end) - Math.max(from, leg.answerMs));
    }
    return Math.floor(Math.max(0, activeMs) / PACKET_MS);
  };

  const out: RtcpReport[] = [];
  for (const dir of active) {
    const peer = directions.find((d) => d !== dir)!;
    const peerSends = active.includes(peer) && peer.sendsMedia;
    let cumulativeLost = 0;
    let lastExpected = 0;
    for (const t of dir.times) {
      const net: NetworkSample = walk();
      const owd = net.latencyMs;
      const expected = sentBy(dir.dst, t - owd);
      const lostNow = Math.round(((expected - lastExpected) * net.lossPercent) / 100);
      cumulativeLost += lostNow;
      lastExpected = expected;
      // Last SR from the peer that had arrived by now.
      const lastPeerSr = peerSends ? [...peer.times].reverse().find((pt) => pt + owd <= t) : undefined;
      const packets = dir.sendsMedia ? sentBy(dir.src, t) : 0;
      // Captured at the proxy: on arrival when the proxy is the receiver.
      const capturedMs = dir.dst.host.id === 'proxy' ? t + owd : t;
      out.push({
        connectionId: `${leg.id}:${dir.src.host.id}->${dir.dst.host.id}`,
        legId: leg.id,
        callId: leg.callId,
        type: dir.sendsMedia ? 'SR' : 'RR',
        at: new Date(plan.startMs + Math.round(capturedMs)).toISOString(),
        sentAt: new Date(plan.startMs + Math.round(t)).toISOString(),
        offsetSeconds: round3(Math.round(capturedMs) / 1000),
        srcIp: dir.src.host.ip,
        srcPort: dir.src.rtpPort + 1,
        dstIp: dir.dst.host.ip,
        dstPort: dir.dst.rtpPort + 1,
        ssrc: dir.src.ssrc,
        sourceSsrc: dir.dst.ssrc,
        rtpTimestamp: (dir.src.rtpTsStart + Math.round(((t - leg.answerMs) * CLOCK_RATE) / 1000)) >>> 0,
        packets,
        octets: packets * PAYLOAD_BYTES,
        highestSeqNo: (dir.dst.seqStart + expected) >>> 0,
        jitter: Math.round(net.jitterMs * (CLOCK_RATE / 1000)),
        lsr: lastPeerSr === undefined ? 0 : ntpMiddle32(plan.startMs + lastPeerSr),
        dlsr: lastPeerSr === undefined ? 0 : Math.round(((t - lastPeerSr - owd) / 1000) * 65536),
        fractionLost: Math.min(255, Math.floor((net.lossPercent / 100) * 256)),
        cumulativeLost,
        roundTripMs: round3(2 * owd),
        codec: leg.codec,
        cname: `${dir.src.ssrc.toString(16).padStart(8, '0')}@${dir.src.host.ip}`,
      });
    }
  }
  return out;
}

/** The 64-bit NTP timestamp for an epoch-ms time, as [seconds, fraction]. */
export function ntpTimestamp(epochMs: number): [number, number] {
  const seconds = Math.floor(epochMs / 1000);
  const fraction = Math.floor(((epochMs - seconds * 1000) / 1000) * 4294967296);
  return [(seconds + NTP_UNIX_OFFSET) >>> 0, fraction >>> 0];
}

/** The middle 32 bits of the NTP timestamp, as LSR carries it. */
export function ntpMiddle32(epochMs: number): number {
  const [sec, frac] = ntpTimestamp(epochMs);
  return (((sec & 0xffff) << 16) | (frac >>> 16)) >>> 0;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Hold periods in ms, overlapping ones merged, so silence is never counted twice. */
function mergedHolds(plan: CallPlan): [number, number][] {
  const spans = plan.input.holds
    .map((h): [number, number] => [h.offsetSeconds * 1000, (h.offsetSeconds + h.durationSeconds) * 1000])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return out;
}
