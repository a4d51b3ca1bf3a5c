import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DispositionAuditEntry } from '@conversations-kit/sdk';
import { KitElement } from '../../base/kit-element.js';
import { renderEmpty, renderError, renderLoading } from '../../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../../styles/shared.styles.js';
import { popupStyles } from '../../primitives/popup.styles.js';
import { dialogStyles } from '../dialog.styles.js';
import { DialogController, renderDialogHeader } from '../../primitives/dialog.js';

/**
 * @summary "View Logs": the disposition's audit trail — who changed it, when, and from what to what.
 */
export class InsightsDispositionLog extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, dialogStyles];

  @property({ attribute: 'conversation-id' }) conversationId?: string;

  @state() private entries: DispositionAuditEntry[] = [];
  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private error: unknown;

  private readonly dialog = new DialogController(this, 'dialog', () => this.controller?.abort());
  private controller?: AbortController;

  /** Opens the log; focus returns to `opener` on close. */
  async open(opener?: HTMLElement): Promise<void> {
    await this.dialog.open(opener);
    await this.load();
  }

  close(): void {
    this.dialog.close();
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


  protected override render() {
    const t = this.t;
    const label = (code: { code: string; label: string } | null | undefined) => (code ? code.label || code.code : t.insightsDispositionNone);
    return html`<dialog aria-labelledby="title" @close=${this.dialog.onClose}>
      ${renderDialogHeader({ id: 'title', title: t.insightsDispositionLogsTitle, closeLabel: t.close, onClose: () => this.close() })}
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
