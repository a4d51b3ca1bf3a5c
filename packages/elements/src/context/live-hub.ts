import { createContext } from '@lit/context';
import type { LiveMessage, LiveSubscription } from '@conversations-kit/sdk';
import type { KitClient } from './contexts.js';

export type LiveListener = (message: LiveMessage) => void;

/**
 * One live subscription shared by every element of a provider: the first listener opens the
 * stream, the last one to leave closes it, and a new client (another signed-in user) reopens it.
 * Elements without a provider fall back to a hub of their own (`LiveHub.forClient`).
 */
export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private subscription?: LiveSubscription;
  private client?: KitClient;

  /** Uses this client from now on (reopens the stream when someone listens). */
  setClient(client: KitClient | undefined): void {
    if (client === this.client) return;
    this.client = client;
    this.close();
    this.open();
  }

  /** Calls `listener` for every live message; returns the function that stops it. */
  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    this.open();
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.close();
    };
  }

  /** True while the stream is open. */
  get active(): boolean {
    return !!this.subscription;
  }

  private open(): void {
    if (this.subscription || !this.client || !this.listeners.size) return;
    this.subscription = this.client.live.subscribe({
      onEvent: (message) => {
        for (const listener of [...this.listeners]) listener(message);
      },
      onError: (_error, info) => {
        if (!info.willRetry) this.subscription = undefined;
      },
    });
  }

  private close(): void {
    this.subscription?.close();
    this.subscription = undefined;
  }

  private static readonly own = new WeakMap<KitClient, LiveHub>();

  /** A hub for an element used without a provider (one per client, shared by such elements). */
  static forClient(client: KitClient): LiveHub {
    let hub = LiveHub.own.get(client);
    if (!hub) {
      hub = new LiveHub();
      hub.setClient(client);
      LiveHub.own.set(client, hub);
    }
    return hub;
  }
}

/** The live hub `<conversations-provider>` provides. */
export const liveHubContext = createContext<LiveHub | undefined>(Symbol.for('conversations-kit/live-hub'));
