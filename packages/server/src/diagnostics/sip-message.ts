/** Writing SIP message text (RFC 3261): CRLF line ends, Content-Length in bytes. */

export type SipHeaders = ReadonlyArray<readonly [name: string, value: string]>;

export function formatSipMessage(startLine: string, headers: SipHeaders, body = '', contentType?: string): string {
  const lines = [startLine, ...headers.map(([name, value]) => `${name}: ${value}`)];
  if (body) lines.push(`Content-Type: ${contentType ?? 'application/sdp'}`);
  lines.push(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
  return lines.join('\r\n') + '\r\n\r\n' + body;
}

export const REASON_PHRASES: Record<number, string> = {
  100: 'Trying',
  180: 'Ringing',
  183: 'Session Progress',
  200: 'OK',
  202: 'Accepted',
  486: 'Busy Here',
  487: 'Request Terminated',
  503: 'Service Unavailable',
};

/** Ladder label in the product's style: "INVITE", "100 (Trying)". */
export function sipLabel(method: string | null, statusCode: number | null, reasonPhrase: string | null): string {
  return statusCode === null ? (method ?? '') : `${statusCode} (${reasonPhrase ?? ''})`;
}

/** The value of the first header called `name` (case-insensitive, compact forms not handled). */
export function sipHeader(raw: string, name: string): string | null {
  const head = raw.split('\r\n\r\n')[0];
  const wanted = name.toLowerCase();
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) return line.slice(colon + 1).trim();
  }
  return null;
}

export function sipBody(raw: string): string {
  const at = raw.indexOf('\r\n\r\n');
  return at < 0 ? '' : raw.slice(at + 4);
}
