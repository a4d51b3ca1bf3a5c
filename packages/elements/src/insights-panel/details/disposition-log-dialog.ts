import { html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DispositionAuditEntry } from '@conversations-kit/sdk';
import { KitElement } from '../../base/kit-element.js';
import { renderEmpty, renderError, renderLoading } from '../../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../../styles/shared.styles.js';
import { popupStyles } from '../../primitives/popup.styles.js';
import { icon, icons } from '../../icons/icons.js';
import { dialogStyles } from '../dialog.styles.js';

/**
 * @summary "View Logs": the disposition's audit trail — who changed it, when, and from what to what.
 */
export class InsightsDispositionLog extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, dialogStyles];

  @property({ attribute: 'conversation-id' }) conversationId?: string;

  @state() private entries: DispositionAuditEntry[] = [];
  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private error: unknown;

  @query('dialog') private dialog?: HTMLDialogElement;

  private opener?: HTMLElement;
  private controller?: AbortController;

  /** Opens the log; focus returns to `opener` on close. */
  async open(opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    await this.load();
  }

  close(): void {
    this.dialog?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async load(): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.phase = 'loading';
    try {
      const entries = await client.dispositions.audit(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      // Newest first: the change a reviewer looks for is usually the last one.
      this.entries = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      this.phase = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.phase = 'error';
    }
  }

  private onClose(): void {
    this.controller?.abort();
    this.opener?.focus();
  }

  protected override render() {
    const t = this.t;
    const label = (code: { code: string; label: string } | null | undefined) => (code ? code.label || code.code : t.insightsDispositionNone);
    return html`<dialog aria-labelledby="title" @close=${this.onClose}>
      <div class="dialog-header">
        <h2 id="title">${t.insightsDispositionLogsTitle}</h2>
        <button class="icon-btn" type="button" aria-label=${t.close} @click=${this.close}>${icon(icons.close)}</button>
      </div>
      <div class="dialog-body">
        ${this.phase === 'loading'
          ? renderLoading(t.loading, 3)
          : this.phase === 'error'
            ? renderError(this.error, t, () => void this.load())
            : this.entries.length === 0
              ? renderEmpty(t.insightsDispositionLogsEmpty, '')
              : html`<table>
                  <thead><tr><th scope="col">${t.insightsDispositionLogWhen}</th><th scope="col">${t.insightsDispositionLogWho}</th><th scope="col">${t.insightsDispositionLogChange}</th></tr></thead>
                  <tbody>
                    ${this.entries.map(
                      (e) => html`<tr>
                        <td class="when">${this.format.dateTime(e.at)}</td>
                        <td dir="auto">${e.actor || t.insightsSystemActor}</td>
                        <td dir="auto">${t.insightsDispositionLogFromTo(label(e.from), label(e.to))}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`}
      </div>
      <div class="dialog-footer"><button class="btn" type="button" @click=${this.close}>${t.close}</button></div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'insights-disposition-log': InsightsDispositionLog;
  }
}
