/**
 * Pure helpers behind the ladder: which column each endpoint gets, which colour family ("tone")
 * a message belongs to, the filters, and the SDP/raw-text summaries of the details panel.
 * Kept free of Lit so the SVG export and the tests use exactly what the element shows.
 */
import type { SipFlow, SipMessage } from '@conversations-kit/sdk';

export type MessageTone = 'request' | 'provisional' | 'success' | 'failure' | 'rtcp';

export function toneOf(message: Pick<SipMessage, 'kind' | 'statusCode'>): MessageTone {
  if (message.kind === 'rtcp') return 'rtcp';
  if (message.kind === 'request' || message.statusCode == null) return 'request';
  if (message.statusCode < 200) return 'provisional';
  if (message.statusCode < 300) return 'success';
  return 'failure';
}

export interface LadderColumn {
  key: string;
  ip: string;
  /** Set only when two endpoints share this IP, so the column is one IP:port. */
  port: number | null;
  label: string | null;
}

export interface LadderLayout {
  columns: LadderColumn[];
  /** Column index of a message's source / destination. */
  columnOf(ip: string, port: number): number;
}

/**
 * One column per endpoint IP, or per IP:port where two endpoints share an IP (sngrep/Homer style).
 * Endpoints keep the backend's order; addresses seen only in messages are appended in order of appearance.
 */
export function ladderLayout(flow: Pick<SipFlow, 'endpoints' | 'messages'>): LadderLayout {
  const portsByIp = new Map<string, Set<number>>();
  for (const e of flow.endpoints) {
    const ports = portsByIp.get(e.ip) ?? new Set<number>();
    ports.add(e.port);
    portsByIp.set(e.ip, ports);
  }
  const columns: LadderColumn[] = [];
  const byKey = new Map<string, number>();
  const firstByIp = new Map<string, number>();
  const add = (ip: string, port: number | null, label: string | null): number => {
    const key = port === null ? ip : `${ip}:${port}`;
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    columns.push({ key, ip, port, label });
    byKey.set(key, columns.length - 1);
    if (!firstByIp.has(ip)) firstByIp.set(ip, columns.length - 1);
    return columns.length - 1;
  };
  for (const e of flow.endpoints) add(e.ip, (portsByIp.get(e.ip)?.size ?? 0) > 1 ? e.port : null, e.label || null);

  const columnOf = (ip: string, port: number): number => {
    const exact = byKey.get(`${ip}:${port}`) ?? byKey.get(ip);
    if (exact !== undefined) return exact;
    // RTCP of a shared IP uses media ports no endpoint lists: it belongs with that IP's first column.
    return firstByIp.get(ip) ?? add(ip, null, null);
  };
  for (const m of flow.messages) {
    columnOf(m.srcIp, m.srcPort);
    columnOf(m.dstIp, m.dstPort);
  }
  return { columns, columnOf };
}

export interface FlowFilter {
  hideRtcp: boolean;
  /** A SIP method ("INVITE"); responses count under the method they answer. Empty: all. */
  method: string;
  /** A dialog id. Empty: all. */
  dialog: string;
}

export const noFilter: FlowFilter = { hideRtcp: false, method: '', dialog: '' };

export function matches(message: SipMessage, filter: FlowFilter): boolean {
  if (filter.hideRtcp && message.kind === 'rtcp') return false;
  if (filter.method && (message.kind === 'rtcp' || message.method !== filter.method)) return false;
  if (filter.dialog && message.dialogId !== filter.dialog) return false;
  return true;
}

export function isFiltered(filter: FlowFilter): boolean {
  return filter.hideRtcp || Boolean(filter.method) || Boolean(filter.dialog);
}

/** SIP methods in order of first appearance. */
export function methodsOf(messages: readonly SipMessage[]): string[] {
  const seen = new Set<string>();
  for (const m of messages) if (m.kind !== 'rtcp' && m.method) seen.add(m.method);
  return [...seen];
}

export interface DialogSummary {
  id: string;
  /** The two addresses its first SIP message travelled between. */
  a: string;
  b: string;
  callId: string | null;
}

export function dialogsOf(messages: readonly SipMessage[]): DialogSummary[] {
  const dialogs = new Map<string, DialogSummary>();
  for (const m of messages) {
    if (!m.dialogId || dialogs.has(m.dialogId)) continue;
    if (m.kind === 'rtcp' && messages.some((o) => o.kind !== 'rtcp' && o.dialogId === m.dialogId)) continue;
    dialogs.set(m.dialogId, { id: m.dialogId, a: m.srcIp, b: m.dstIp, callId: m.callId });
  }
  return [...dialogs.values()];
}

export interface SdpMediaSummary {
  type: string;
  codec: string | null;
  address: string | null;
  port: number;
  direction: string | null;
}

/** The SDP media lines of a message: the backend's parse, else a minimal parse of the body. */
export function sdpMedia(message: Pick<SipMessage, 'sdp' | 'raw'>): SdpMediaSummary[] {
  if (message.sdp) return message.sdp.media.map((m) => ({ type: m.type, codec: m.codec ?? null, address: m.address ?? null, port: m.port, direction: m.direction ?? null }));
  const body = splitMessage(message.raw).body;
  return body.startsWith('v=0') ? parseSdpMedia(body) : [];
}

/** m=/c=/a=rtpmap/a=direction lines → one summary per media section (RFC 4566). */
export function parseSdpMedia(body: string): SdpMediaSummary[] {
  const out: SdpMediaSummary[] = [];
  let sessionAddress: string | null = null;
  let sessionDirection: string | null = null;
  let current: (SdpMediaSummary & { formats: string[]; rtpmap: Map<string, string> }) | null = null;
  const directions = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);
  const finish = () => {
    if (!current) return;
    const first = current.formats[0];
    current.codec ??= (first && current.rtpmap.get(first)) || (first ? staticPayloadName(first) : null);
    current.address ??= sessionAddress;
    current.direction ??= sessionDirection ?? 'sendrecv';
    out.push({ type: current.type, codec: current.codec, address: current.address, port: current.port, direction: current.direction });
  };
  for (const line of body.split(/\r?\n/)) {
    const [key, value = ''] = [line.slice(0, 2), line.slice(2)];
    if (key === 'm=') {
      finish();
      const [type = 'audio', port = '0', , ...formats] = value.trim().split(/\s+/);
      current = { type, port: Number(port) || 0, codec: null, address: null, direction: null, formats, rtpmap: new Map() };
    } else if (key === 'c=') {
      const address = value.trim().split(/\s+/)[2] ?? null;
      if (current) current.address = address;
      else sessionAddress = address;
    } else if (key === 'a=') {
      const attr = value.trim();
      if (directions.has(attr)) {
        if (current) current.direction = attr;
        else sessionDirection = attr;
      } else if (attr.startsWith('rtpmap:') && current) {
        const [pt, encoding = ''] = attr.slice(7).split(/\s+/);
        current.rtpmap.set(pt, encoding.split('/')[0]);
      }
    }
  }
  finish();
  return out;
}

function staticPayloadName(pt: string): string | null {
  return ({ '0': 'PCMU', '8': 'PCMA', '9': 'G722', '18': 'G729' } as Record<string, string>)[pt] ?? null;
}

export interface RawParts {
  startLine: string;
  headers: { name: string; value: string; line: string }[];
  body: string;
}

/** Start line, headers and body of a SIP message (CRLF or LF). RTCP text has no body. */
export function splitMessage(raw: string): RawParts {
  const text = raw.replace(/\r\n/g, '\n');
  const blank = text.indexOf('\n\n');
  const head = blank < 0 ? text : text.slice(0, blank);
  const body = blank < 0 ? '' : text.slice(blank + 2).replace(/\n+$/, '');
  const [startLine = '', ...lines] = head.split('\n');
  const headers = lines.filter((l) => l.length).map((line) => {
    const colon = line.indexOf(':');
    return colon > 0 ? { name: line.slice(0, colon), value: line.slice(colon + 1).trim(), line } : { name: '', value: line, line };
  });
  return { startLine, headers, body };
}

/** Lines of `raw` that do not appear in `other` (for the side-by-side comparison). */
export function differingLines(raw: string, other: string): Set<string> {
  const theirs = new Set(other.replace(/\r\n/g, '\n').split('\n'));
  return new Set(raw.replace(/\r\n/g, '\n').split('\n').filter((line) => line.length && !theirs.has(line)));
}

const pad = (n: number, width = 2) => String(Math.abs(Math.trunc(n))).padStart(width, '0');

/** "2024-04-15 15:29:37.679 +05:30" in the viewer's time zone, like the product's flow timestamps. */
export function fullTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)} ${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** "15:29:37.679" in the viewer's time zone (24-hour, as in packet tools). */
export function clockWithMs(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export const seconds3 = (value: number | null | undefined): string => (value == null || !Number.isFinite(value) ? '—' : value.toFixed(3));

/** "5060 → 5060" when the arrow points right, "5060 ← 5060" when it points left (ports in screen order). */
export function portsText(message: Pick<SipMessage, 'srcPort' | 'dstPort'>, from: number, to: number): string {
  return to >= from ? `${message.srcPort} → ${message.dstPort}` : `${message.dstPort} ← ${message.srcPort}`;
}

export const address = (ip: string, port: number): string => `${ip}:${port}`;

/** One ladder row, with everything the row template needs computed once per flow. */
export interface LadderRow {
  message: SipMessage;
  from: number;
  to: number;
  tone: MessageTone;
  /** "15:29:37.679". */
  clock: string;
  /** "0.000" — seconds since the first message. */
  offset: string;
  ports: string;
  atMs: number;
}

/** A row as currently shown: its delta is from the previous *shown* message, as in sngrep. */
export interface ShownRow extends LadderRow {
  delta: string;
  /** Position among the shown rows (0-based). */
  position: number;
}

export function buildRows(flow: Pick<SipFlow, 'messages'>, layout: LadderLayout): LadderRow[] {
  return flow.messages.map((message) => {
    const from = layout.columnOf(message.srcIp, message.srcPort);
    const to = layout.columnOf(message.dstIp, message.dstPort);
    return {
      message,
      from,
      to,
      tone: toneOf(message),
      clock: clockWithMs(message.at),
      offset: seconds3(message.offsetSeconds),
      ports: portsText(message, from, to),
      atMs: Date.parse(message.at),
    };
  });
}

export function showRows(rows: readonly LadderRow[], filter: FlowFilter): ShownRow[] {
  const out: ShownRow[] = [];
  let previous: LadderRow | undefined;
  for (const row of rows) {
    if (!matches(row.message, filter)) continue;
    const delta = previous ? Math.max(0, row.message.offsetSeconds - previous.message.offsetSeconds) : row.message.deltaSeconds;
    out.push({ ...row, delta: seconds3(previous ? Math.round(delta * 1000) / 1000 : delta), position: out.length });
    previous = row;
  }
  return out;
}
