import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { capabilitiesContext, clientContext, i18nContext, type Capabilities, type I18n, type KitClient } from '../context/contexts.js';
import { catalogueFor, type Messages } from '../i18n/messages.js';
import { createFormatter, type Formatter } from '../i18n/format.js';
import { ensureTokens } from '../styles/tokens.js';

type Permission = Capabilities['permissions'][number];

/** Capabilities fetched once per client for elements used without a provider. */
const standaloneCapabilities = new WeakMap<KitClient, Promise<Capabilities>>();

/**
 * Base of every Conversations Kit element: receives the client, capabilities and i18n from
 * `<conversations-provider>` through context, and also accepts each as a property so a single
 * element works on its own.
 */
export class KitElement extends LitElement {
  /** The SDK client. Provided by `<conversations-provider>`, or set directly. */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  client?: KitClient;

  /** The caller's permissions and the backend's features. Fetched from the client when not provided. */
  @consume({ context: capabilitiesContext, subscribe: true })
  @property({ attribute: false })
  capabilities?: Capabilities;

  /** BCP-47 locale for dates, numbers and durations; defaults to the provider's, then the page's. */
  @property() locale?: string;

  /** Overrides for the message catalogue (any subset of keys). */
  @property({ attribute: false }) messages?: Partial<Messages>;

  @consume({ context: i18nContext, subscribe: true })
  @state()
  protected providedI18n?: I18n;

  private ownMessages?: { base?: Messages; overrides?: Partial<Messages>; merged: Messages };

  override connectedCallback(): void {
    ensureTokens(this.ownerDocument);
    super.connectedCallback();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('client') && this.client && !this.capabilities) void this.loadStandaloneCapabilities(this.client);
  }

  /**
   * The message catalogue in force: the provider's (its locale's catalogue with its overrides), or —
   * when this element has no provider or its own `locale` differs — the catalogue of its locale;
   * then this element's overrides.
   */
  get t(): Messages {
    const provided = this.providedI18n;
    const base =
      provided && (!this.locale || this.locale === provided.locale)
        ? provided.messages
        : catalogueFor(this.locale ?? (document.documentElement.lang || navigator.language || 'en-US'));
    if (!this.ownMessages || this.ownMessages.base !== base || this.ownMessages.overrides !== this.messages) {
      this.ownMessages = { base, overrides: this.messages, merged: { ...base, ...(this.messages ?? {}) } as Messages };
    }
    return this.ownMessages.merged;
  }

  get format(): Formatter {
    return createFormatter(this.locale ?? this.providedI18n?.locale ?? (document.documentElement.lang || navigator.language || 'en-US'));
  }

  /** Whether the caller holds a permission. Unknown capabilities count as "no" — the server enforces anyway. */
  can(permission: Permission): boolean {
    return this.capabilities?.permissions.includes(permission) ?? false;
  }

  private async loadStandaloneCapabilities(client: KitClient): Promise<void> {
    let pending = standaloneCapabilities.get(client);
    if (!pending) {
      pending = client.capabilities.get();
      standaloneCapabilities.set(client, pending);
      pending.catch(() => standaloneCapabilities.delete(client));
    }
    try {
      const caps = await pending;
      if (this.client === client && !this.capabilities) this.capabilities = caps;
    } catch {
      // The element's own data request reports the failure (401, network…) with a Retry.
    }
  }
}
