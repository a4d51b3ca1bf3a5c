/** One dispatched server-sent event. */
export interface SseEvent {
  /** `event:` field, "message" when absent. */
  event: string;
  data: string;
  /** The last event ID seen so far on this stream (it persists across events, per the spec). */
  lastEventId: string;
}

export interface SseParserCallbacks {
  onEvent(event: SseEvent): void;
  /** `retry:` — the reconnection delay the server asks for, in ms. */
  onRetry?(ms: number): void;
}

/**
 * Incremental parser for `text/event-stream` following the WHATWG "event stream interpretation":
 * CR, LF or CRLF line ends, `:` comments, multi-line `data`, `id` without NUL, numeric `retry`,
 * and no dispatch for an event without data.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private eventType = '';
  private lastEventId: string;
  private sawData = false;
  private pendingCR = false;

  constructor(
    private readonly callbacks: SseParserCallbacks,
    initialLastEventId = '',
  ) {
    this.lastEventId = initialLastEventId;
  }

  get currentLastEventId(): string {
    return this.lastEventId;
  }

  push(chunk: string): void {
    let text = chunk;
    // A CRLF may be split across chunks: drop the LF that completes a CR we already handled.
    if (this.pendingCR && text.startsWith('\n')) text = text.slice(1);
    this.pendingCR = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      this.line(this.buffer.slice(start, i));
      if (ch === '\r') {
        if (i + 1 < this.buffer.length) {
          if (this.buffer[i + 1] === '\n') i++;
        } else {
          this.pendingCR = true;
        }
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  /** End of stream: an unterminated event is discarded, as the spec says. */
  end(): void {
    this.buffer = '';
    this.resetEvent();
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data.push(value);
        this.sawData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.callbacks.onRetry?.(Number(value));
        break;
      default:
        break;
    }
  }

  private dispatch(): void {
    if (this.sawData) {
      this.callbacks.onEvent({ event: this.eventType || 'message', data: this.data.join('\n'), lastEventId: this.lastEventId });
    }
    this.resetEvent();
  }

  private resetEvent(): void {
    this.data = [];
    this.eventType = '';
    this.sawData = false;
  }
}
