import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConversationSummary, LiveMessage } from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';

/** What the live glue needs from the table. */
export interface LiveHost extends ReactiveControllerHost, HTMLElement {
  /** Whether a new conversation belongs at the top of this list (newest first, matches the filters). */
  acceptsNew(conversation: ConversationSummary): boolean;
  /** Whether a changed conversation still belongs in this list (e.g. it ended under "In Progress"). */
  stillMatches(conversation: ConversationSummary): boolean;
  /** Whether the conversation is a loaded row. */
  hasRow(id: string): boolean;
  /** Something is open on a row (its ⋮ menu, a supervisor dialog, a list popover): rows must not move. */
  readonly rowsHeld: boolean;
  insertRows(conversations: ConversationSummary[]): void;
  updateRow(conversation: ConversationSummary): void;
  removeRow(id: string): void;
}

/**
 * Live updates of the list: one subscription, rows updated in place, new conversations at the top,
 * ended ones leaving a list they no longer match.
 *
 * Changes that move rows (inserts, removals) wait while the reader paused live updates or while
 * something is open on a row, so a menu or dialog never ends up over another conversation than the
 * one it was opened for; the table offers them as "N new conversations — show". In-place updates
 * never move rows and always apply.
 */
export class LiveController implements ReactiveController {
  state: 'off' | 'connecting' | 'open' = 'off';
  /** The reader paused live updates (new rows wait until applied). */
  paused = false;
  /** New conversations waiting, newest first. */
  held: ConversationSummary[] = [];
  /** Rows that no longer match, waiting to leave. */
  private leaving = new Set<string>();
  private subscription?: { close(): void };
  private client?: KitClient;

  constructor(private readonly host: LiveHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  get waiting(): number {
    return this.held.length;
  }

  start(client: KitClient | undefined, enabled: boolean): void {
    if (!client || !enabled || !this.host.isConnected) return;
    if (this.subscription && this.client === client) return;
    this.stop();
    this.client = client;
    this.state = 'connecting';
    try {
      this.subscription = client.live.subscribe({
        onEvent: (message) => this.onMessage(message),
        onOpen: () => this.setState('open'),
        onError: (_error, info) => this.setState(info.willRetry ? 'connecting' : 'off'),
      });
    } catch {
      this.state = 'off';
    }
    this.host.requestUpdate();
  }

  stop(): void {
    this.subscription?.close();
    this.subscription = undefined;
    this.client = undefined;
    this.state = 'off';
  }

  /** A new list was loaded: nothing waits any more. */
  reset(): void {
    this.held = [];
    this.leaving.clear();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.flush();
    this.host.requestUpdate();
  }

  /** Applies what waits (the reader asked for it, or what held the rows closed). */
  apply(): void {
    const held = this.held;
    this.held = [];
    const leaving = [...this.leaving];
    this.leaving.clear();
    for (const id of leaving) this.host.removeRow(id);
    if (held.length) this.host.insertRows(held);
    this.host.requestUpdate();
  }

  /** Applies waiting changes unless the reader paused or a row is held (call after each render). */
  flush(): void {
    if (this.paused || this.host.rowsHeld || (!this.held.length && !this.leaving.size)) return;
    this.apply();
  }

  private setState(state: LiveController['state']): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private onMessage(message: LiveMessage): void {
    const conversation = message.data?.conversation;
    if (!conversation?.id) return;
    if (message.type === 'conversation.created' && !this.host.hasRow(conversation.id)) {
      if (!this.host.acceptsNew(conversation) || this.held.some((c) => c.id === conversation.id)) return;
      if (this.paused || this.host.rowsHeld) {
        this.held.unshift(conversation);
        this.host.requestUpdate();
      } else this.host.insertRows([conversation]);
      return;
    }
    if (message.type === 'transcript.appended') return;
    const waiting = this.held.findIndex((c) => c.id === conversation.id);
    if (waiting >= 0) {
      // Still waiting to be shown: keep its latest state, or drop it when it no longer belongs.
      if (this.host.stillMatches(conversation)) this.held[waiting] = conversation;
      else this.held.splice(waiting, 1);
      this.host.requestUpdate();
      return;
    }
    this.host.updateRow(conversation);
    if (this.host.hasRow(conversation.id) && !this.host.stillMatches(conversation)) {
      if (this.paused || this.host.rowsHeld) this.leaving.add(conversation.id);
      else this.host.removeRow(conversation.id);
    }
  }
}
