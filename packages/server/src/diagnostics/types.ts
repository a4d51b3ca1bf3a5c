/**
 * Shared types for voice-call media and diagnostics.
 *
 * `VoiceCallInput` is what the generator produces per voice conversation; the media
 * synthesizer and every diagnostics generator take it and are pure functions of it
 * (all randomness comes from `seed`).
 */

export type CallSpeaker = 'customer' | 'agent';
/** How the initial INVITE ended: answered, or one of the failures of a call that never connected. */
export type VoiceCallOutcome = 'completed' | 'busy_486' | 'cancelled_487' | 'unavailable_503';
export type VoiceCallQuality = 'good' | 'fair' | 'poor' | 'one_way' | 'no_rtcp' | 'single_report';

export interface VoiceTurn {
  speaker: CallSpeaker;
  text: string;
  offsetSeconds: number;
  durationSeconds: number;
}

export interface VoiceHold {
  offsetSeconds: number;
  durationSeconds: number;
}

export interface VoiceParticipant {
  name: string;
  kind: 'human' | 'ai';
  external: boolean;
  joinOffsetSeconds: number;
  /**
   * `null`: still on the call when the data ends — shown as "In-Call". Any null marks the
   * whole call as in progress: its SIP flow has no BYE yet.
   */
  leaveOffsetSeconds: number | null;
  /**
   * How a participant who left before the end went: 'transfer' — they transferred the call
   * (REFER) and the next participant took over; 'left' — they dropped out (a consultation ended).
   * Absent: on the call until it ended.
   */
  exit?: 'transfer' | 'left';
}

export interface VoiceCallInput {
  conversationId: string;
  seed: number;
  /** ISO-8601 UTC; the moment the first INVITE is sent. */
  startTime: string;
  durationSeconds: number;
  direction: 'inbound' | 'outbound';
  /** E.164 numbers. */
  caller: string;
  callee: string;
  turns: VoiceTurn[];
  holds: VoiceHold[];
  outcome: VoiceCallOutcome;
  /** Answered calls: when the 200 OK is sent, seconds from the INVITE (default: a plausible ring). */
  answerOffsetSeconds?: number;
  /** Who sends the BYE towards the customer (default: drawn from the seed). */
  hangupBy?: 'customer' | 'platform';
  /** Q.850 cause in the BYE's Reason header (default 16, normal call clearing). */
  endCause?: { code: number; text: string };
  quality: VoiceCallQuality;
  participants: VoiceParticipant[];
}

// ---- Diagnostics output shapes (DOMAIN.md "Diagnostics") ----

export interface FlowEndpoint {
  id: string;
  ip: string;
  port: number;
  label: string;
}

export type SdpDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface SdpMedia {
  type: string;
  port: number;
  codec: string;
  address: string;
  direction: SdpDirection;
}

export interface FlowMessage {
  id: string;
  seq: number;
  kind: 'request' | 'response' | 'rtcp';
  /** Request method; for responses the method answered (from CSeq); null for RTCP. */
  method: string | null;
  statusCode: number | null;
  reasonPhrase: string | null;
  /** Ladder label: "INVITE", "100 (Trying)", "RTCP". */
  label: string;
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  at: string;
  offsetSeconds: number;
  deltaSeconds: number;
  callId: string;
  dialogId: string;
  /** SIP: the message text with CRLF line ends. RTCP: a decoded text form (see rtcp-text.ts). */
  raw: string;
  sdp: { media: SdpMedia[] } | null;
  retransmission: boolean;
}

export interface SipFlow {
  endpoints: FlowEndpoint[];
  messages: FlowMessage[];
}

export type AudioCodec = 'PCMU' | 'PCMA' | 'G729';

/**
 * One RTCP report (an SR, or an RR when the sender sends no media) with one report block.
 * Fields keep RTCP's own units: `jitter` in RTP timestamp units (8 kHz → 1/8 ms),
 * `fractionLost` as the 8-bit fixed point fraction (0..255 = 0..255/256), `lsr`/`dlsr`
 * as on the wire (middle 32 bits of NTP time; 1/65536 s).
 */
export interface RtcpReport {
  connectionId: string;
  /** Which media leg: "customer", "media" or "agent-<n>". */
  legId: string;
  callId: string;
  type: 'SR' | 'RR';
  /** When the capture (at the SIP proxy) saw it: on arrival for reports the proxy receives. */
  at: string;
  /** When the reporting side sent it: the SR's NTP timestamp. */
  sentAt: string;
  offsetSeconds: number;
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  /** SSRC of the reporting side. */
  ssrc: number;
  /** SSRC of the stream the report block describes. */
  sourceSsrc: number;
  rtpTimestamp: number;
  /** Sender's cumulative packet / octet count (0 for RR). */
  packets: number;
  octets: number;
  highestSeqNo: number;
  jitter: number;
  lsr: number;
  dlsr: number;
  fractionLost: number;
  cumulativeLost: number;
  /** Round-trip time the reporting side measured from LSR/DLSR, in ms. */
  roundTripMs: number;
  codec: AudioCodec;
  cname: string;
}

export interface MinMaxAvg {
  min: number;
  avg: number;
  max: number;
}

export interface QosSeriesPoint {
  at: string;
  packets: number;
  octets: number;
  highestSeqNo: number;
  /** Milliseconds. */
  jitter: number;
  lsr: number;
  mos: number;
  packetsLost: number;
}

export interface QosConnection {
  id: string;
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  ssrc: number;
  reports: number;
  stats: {
    packets: MinMaxAvg;
    octets: MinMaxAvg;
    highestSeqNo: MinMaxAvg;
    jitter: MinMaxAvg;
    lsr: MinMaxAvg;
    mos: MinMaxAvg;
    packetsLost: MinMaxAvg;
  };
  series: QosSeriesPoint[];
}

export interface QosResult {
  connections: QosConnection[];
  mosMethod: string;
}

export interface DiagnosticsParticipant {
  id: string;
  name: string;
  externalTag: string | null;
  callStatus: 'In-Call' | 'Left';
  startTime: string;
  endTime: string | null;
  /** null when no RTCP report covers the participant (e.g. quality "no_rtcp"). */
  avgMos: number | null;
  exitReason: string | null;
  exitDescription: string | null;
  mos: MinMaxAvg | null;
  /** Milliseconds. */
  jitter: MinMaxAvg | null;
  packetsLost: MinMaxAvg | null;
}
