import type { Transport } from '../http/transport.js';
import { streamLive, subscribeLive, type LiveMessage, type LiveSubscribeOptions, type LiveSubscription } from '../live/subscription.js';

/** `client.live`: conversation created/updated/ended and transcript appends over SSE, resumable. */
export class LiveResource {
  constructor(private readonly transport: Transport) {}

  /** Callback style; reconnects with backoff and resumes with `Last-Event-ID`. */
  subscribe(options: LiveSubscribeOptions): LiveSubscription {
    return subscribeLive(this.transport, options);
  }

  /** Iterator style: `for await (const message of client.live.stream({ signal }))`. */
  stream(options: Omit<LiveSubscribeOptions, 'onEvent'> = {}): AsyncGenerator<LiveMessage, void, undefined> {
    return streamLive(this.transport, options);
  }
}
