import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient } from '@conversations-kit/sdk';
import { capabilitiesContext, clientContext, i18nContext, type Capabilities, type I18n, type KitClient } from '../context/contexts.js';
import { createMessages, type Messages } from '../i18n/messages.js';
import { createFormatter } from '../i18n/format.js';
import { ensureTokens } from '../styles/tokens.js';
import { ListStateStore, listStateContext } from '../context/list-state.js';
import { syncListUrl } from '../context/list-url.js';
import { followTableSort, reportTableResults } from '../context/table-link.js';
import { LiveHub, liveHubContext } from '../context/live-hub.js';
import { ShortcutRegistry, shortcutsContext } from '../primitives/shortcuts.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { buttonStyles } from '../styles/shared.styles.js';
import { DialogController, renderDialogHeader } from '../primitives/dialog.js';

/**
 * Fired when the provider has loaded the caller's capabilities (or failed to).
 */
export class CapabilitiesChangeEvent extends Event {
  static readonly eventName = 'capabilities-change';
  constructor(readonly capabilities: Capabilities | undefined, readonly error?: unknown) {
    super(CapabilitiesChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * @summary Connects every Conversations Kit element inside it to one backend: provides the SDK
 * client, the caller's capabilities (permissions and features) and the locale/messages, and holds
 * the list state (`listState`: filters, search, sort) that the search box, the filters and the
 * table share — mirrored in the page URL with `sync-url`.
 *
 * @slot - The elements that use this backend.
 * @event capabilities-change - {CapabilitiesChangeEvent} Capabilities loaded or failed.
 *
 * @example
 * <conversations-provider base-url="https://api.example.com" token="…">
 *   <conversations-table></conversations-table>
 * </conversations-provider>
 */
export class ConversationsProvider extends LitElement {
  static override styles = [
    buttonStyles,
    popupStyles,
    css`
      :host {
        display: contents;
      }
      .shortcuts dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: var(--ck-space-2) var(--ck-space-4);
        margin: 0;
      }
      .shortcuts dd {
        margin: 0;
      }
      kbd {
        display: inline-block;
        min-width: 1.6em;
        padding: 1px 6px;
        border: 1px solid var(--ck-color-border-strong);
        border-radius: var(--ck-radius-sm);
        background: var(--ck-color-surface);
        font-family: var(--ck-font-mono);
        text-align: center;
      }
    `,
  ];

  /** Backend base URL (ignored when `client` is set). */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Bearer token (ignored when `client` is set). Never reflected back to the DOM. */
  @property({ attribute: 'token' }) token = '';

  /** BCP-47 locale for dates, numbers, durations. Defaults to the page's `lang`. */
  @property() locale?: string;

  /** Overrides for any message of the catalogue. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /** A ready SDK client; when set, `base-url` and `token` are not used. */
  @provide({ context: clientContext })
  @property({ attribute: false })
  client?: KitClient;

  /** The caller's capabilities, loaded from the backend (or set by the host). */
  @provide({ context: capabilitiesContext })
  @state()
  capabilities?: Capabilities;

  /**
   * The list state shared by every element inside: `{ filters, savedFilter, search, sort }`. Read
   * `listState.state`, change it with `setFilters` / `setSearch` / `setOrder`, follow it with
   * `subscribe`.
   */
  @provide({ context: listStateContext })
  readonly listState: ListStateStore = new ListStateStore();

  /** One live subscription for every element inside (opened while someone listens). */
  @provide({ context: liveHubContext })
  readonly liveHub: LiveHub = new LiveHub();

  /**
   * The page's keyboard shortcuts: elements register theirs (`/` focuses the search box, `j`/`k`
   * move through rows); `?` lists them. Off with `no-shortcuts`.
   */
  @provide({ context: shortcutsContext })
  readonly shortcuts: ShortcutRegistry = new ShortcutRegistry();

  /** Turns the single-key shortcuts off (for pages with their own). */
  @property({ type: Boolean, attribute: 'no-shortcuts' }) noShortcuts = false;

  @state() private shortcutsOpen = false;
  private readonly shortcutsDialog = new DialogController(this, 'dialog.shortcuts', () => (this.shortcutsOpen = false));

  /**
   * Mirrors the list state in the page URL (`?channel=voice&q=refund&order=startTime:asc&from=…`)
   * and restores it on load. The one place that writes the URL for the list.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @provide({ context: i18nContext })
  @state()
  protected i18n: I18n = { locale: 'en-US', messages: createMessages(), format: createFormatter('en-US') };

  private ownClient = false;
  private capabilitiesFor?: KitClient;
  private unsyncUrl?: () => void;

  constructor() {
    super();
    // Tables that do not read the list state yet still report their count and header sort.
    this.addEventListener('results-change', (event) => reportTableResults(this.listState, event));
    this.addEventListener('sort-change', (event) => followTableSort(this.listState, event));
    this.shortcuts.register({ key: '?', label: '', run: () => this.showShortcuts() });
  }

  /** Shows the keyboard shortcuts (as `?` does). */
  showShortcuts(): void {
    this.shortcutsOpen = true;
    void this.shortcutsDialog.open();
  }

  override connectedCallback(): void {
    ensureTokens(this.ownerDocument);
    super.connectedCallback();
    this.toggleUrlSync();
    if (!this.noShortcuts) this.shortcuts.listen(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shortcuts.stop();
    this.unsyncUrl?.();
    this.unsyncUrl = undefined;
  }

  private toggleUrlSync(): void {
    if (this.syncUrl && this.isConnected && !this.unsyncUrl) this.unsyncUrl = syncListUrl(this.listState, 'all');
    else if (!this.syncUrl && this.unsyncUrl) {
      this.unsyncUrl();
      this.unsyncUrl = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl')) this.toggleUrlSync();
    if (changed.has('noShortcuts') && this.isConnected) {
      if (this.noShortcuts) this.shortcuts.stop();
      else this.shortcuts.listen(this.ownerDocument);
    }
    if ((changed.has('baseUrl') || changed.has('token')) && (this.ownClient || !this.client) && this.baseUrl) {
      this.client = createClient({ baseUrl: this.baseUrl, token: this.token || undefined });
      this.ownClient = true;
    }
    if (changed.has('locale') || changed.has('messages') || !this.hasUpdated) {
      const locale = this.locale ?? (document.documentElement.lang || navigator.language || 'en-US');
      this.i18n = { locale, messages: createMessages(this.messages, locale), format: createFormatter(locale) };
    }
    if (this.client && this.capabilitiesFor !== this.client) void this.refreshCapabilities();
    this.liveHub.setClient(this.client);
  }

  /** Reloads the caller's capabilities, e.g. after the host changed the signed-in user. */
  async refreshCapabilities(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.capabilitiesFor = client;
    try {
      const capabilities = await client.capabilities.get();
      if (this.client !== client) return;
      this.capabilities = capabilities;
      this.dispatchEvent(new CapabilitiesChangeEvent(capabilities));
    } catch (error) {
      if (this.client !== client) return;
      this.capabilities = undefined;
      this.dispatchEvent(new CapabilitiesChangeEvent(undefined, error));
    }
  }

  protected override render() {
    return html`<slot></slot>${this.shortcutsOpen ? this.renderShortcuts() : nothing}`;
  }

  private renderShortcuts() {
    const t = this.i18n.messages;
    const rows = this.shortcuts.list.map((s) => (s.key === '?' ? { ...s, label: t.shortcutShowHelp } : s)).filter((s) => s.label);
    return html`<dialog class="shortcuts" aria-labelledby="shortcuts-title" @close=${this.shortcutsDialog.onClose}>
      ${renderDialogHeader({ id: 'shortcuts-title', title: t.shortcutsTitle, closeLabel: t.close, onClose: () => this.shortcutsDialog.close() })}
      <div class="dialog-body">
        <dl>${rows.map((s) => html`<dt><kbd>${s.key}</kbd></dt><dd>${s.label}</dd>`)}</dl>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversations-provider': ConversationsProvider;
  }
  interface GlobalEventHandlersEventMap {
    'capabilities-change': CapabilitiesChangeEvent;
  }
}
