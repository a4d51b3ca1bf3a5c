import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ListStateStore, listStateContext, type ListState, type ListStateKey } from './list-state.js';
import { syncListUrl, type UrlScope } from './list-url.js';

type Host = ReactiveControllerHost & HTMLElement;
type Changed = ReadonlySet<ListStateKey | 'results'>;

export interface ListStateControllerOptions {
  /** Called after every change of the store (and once when a store is attached, with every key). */
  onChange?: (state: ListState, changed: Changed) => void;
  /**
   * The part of the URL this element mirrors when it asks to (`sync-url`) — used only without a
   * provider, or to add the provider's store a part it does not sync yet. One sync per store.
   */
  urlScope?: UrlScope;
  /** Whether the element asked to mirror its part in the URL (read on connect). */
  syncUrl?: () => boolean;
}

const ALL: Changed = new Set<ListStateKey | 'results'>(['filters', 'savedFilter', 'search', 'sort', 'results']);

/**
 * Gives an element the list state: the store `<conversations-provider>` provides, or — for an
 * element used on its own — a store of its own, so the element has one code path either way.
 * The host re-renders on every change.
 */
export class ListStateController implements ReactiveController {
  private own = new ListStateStore();
  private providedStore?: ListStateStore;
  private unsubscribe?: () => void;
  private unsync?: () => void;
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly options: ListStateControllerOptions = {},
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: listStateContext,
      subscribe: true,
      callback: (store) => this.attach(store),
    });
  }

  /** The store in use. */
  get store(): ListStateStore {
    return this.providedStore ?? this.own;
  }

  /** True when the store comes from a provider (shared with the other elements inside it). */
  get shared(): boolean {
    return !!this.providedStore;
  }

  get state(): ListState {
    return this.store.state;
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.unsync?.();
    this.unsync = undefined;
  }

  private attach(store: ListStateStore | undefined): void {
    if (store === this.providedStore) return;
    this.providedStore = store;
    if (this.connected) this.listen();
  }

  private listen(): void {
    this.unsubscribe?.();
    this.unsync?.();
    this.unsync = undefined;
    const store = this.store;
    this.unsubscribe = store.subscribe((state, changed) => {
      this.host.requestUpdate();
      this.options.onChange?.(state, changed);
    });
    if (this.options.urlScope && this.options.syncUrl?.()) this.unsync = syncListUrl(store, this.options.urlScope);
    this.host.requestUpdate();
    this.options.onChange?.(store.state, ALL);
  }
}
