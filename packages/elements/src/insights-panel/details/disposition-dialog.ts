import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Disposition, DispositionCode } from '@conversations-kit/sdk';
import { KitElement } from '../../base/kit-element.js';
import { describeError } from '../../base/errors.js';
import { renderLoading } from '../../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../../styles/shared.styles.js';
import { popupStyles } from '../../primitives/popup.styles.js';
import { icon, icons } from '../../icons/icons.js';
import { announce } from '../../util/announce.js';
import { DispositionRefreshEvent, dispositionSavedEvent } from '../events.js';
import { dialogStyles } from '../dialog.styles.js';

interface ErrorLike {
  status?: number;
  code?: string;
  current?: Disposition | null;
  details?: { current?: Disposition } | null;
}

/**
 * @summary The "Edit Disposition" dialog of the Details tab: choose a code, add notes, Save with
 * optimistic concurrency. When someone else saved meanwhile (409), it says so, shows their value and
 * keeps the user's choice, so a second Save replaces theirs knowingly.
 *
 * @event {DispositionSavedEvent} disposition-saved - The disposition was saved.
 * @event {DispositionRefreshEvent} disposition-refresh - Someone else saved first; `disposition` is the current one.
 */
export class InsightsDispositionDialog extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, dialogStyles];

  @property({ attribute: 'conversation-id' }) conversationId?: string;

  @state() private codes: DispositionCode[] = [];
  @state() private code = '';
  @state() private notes = '';
  @state() private phase: 'closed' | 'loading' | 'ready' | 'saving' = 'closed';
  @state() private error: string | null = null;
  @state() private conflict: Disposition | null = null;

  @query('dialog') private dialog?: HTMLDialogElement;

  private etag: string | number = 0;
  private opener?: HTMLElement;
  private controller?: AbortController;

  /** Opens the dialog with the current disposition; focus returns to `opener` on close. */
  async open(opener?: HTMLElement): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id) return;
    this.opener = opener;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.phase = 'loading';
    this.error = null;
    this.conflict = null;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    try {
      const [codes, current] = await Promise.all([
        client.catalogues.dispositionCodes({ signal: controller.signal }),
        // None assigned yet answers `disposition: null` with ETag "v0": editing starts from version 0.
        client.dispositions.get(id, { signal: controller.signal }),
      ]);
      if (controller.signal.aborted) return;
      this.codes = codes;
      this.etag = current.etag;
      this.code = current.disposition?.code ?? '';
      this.notes = current.disposition?.notes ?? '';
      this.phase = 'ready';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = describeError(error, this.t);
      this.phase = 'ready';
    }
  }

  /** Closes without saving. */
  close(): void {
    this.dialog?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id || !this.code || this.phase !== 'ready') return;
    this.phase = 'saving';
    this.error = null;
    const signal = this.controller?.signal;
    try {
      const saved = await client.dispositions.update(id, { code: this.code, notes: this.notes.trim() ? this.notes : null }, { ifMatch: this.etag, signal });
      this.etag = saved.etag;
      this.conflict = null;
      this.phase = 'ready';
      this.dispatchEvent(dispositionSavedEvent(id, saved.disposition));
      announce(this.t.insightsDispositionSaved);
      this.dialog?.close();
    } catch (error) {
      if (signal?.aborted) return;
      this.phase = 'ready';
      const e = error as ErrorLike;
      const current = e.current ?? e.details?.current ?? null;
      if (e.status === 409 && e.code !== 'invalid_state' && current) {
        // Someone else saved first. Keep what the user chose; the next Save knowingly replaces theirs.
        this.conflict = current;
        this.etag = `"v${current.version}"`;
        // The panel behind the dialog shows the current disposition too, not the stale one.
        this.dispatchEvent(new DispositionRefreshEvent(id, current));
        announce(this.conflictText(current));
      } else if (e.status === 409 && e.code === 'invalid_state') {
        this.error = this.t.insightsDispositionInvalidState;
      } else {
        this.error = describeError(error, this.t);
      }
    }
  }

  private conflictText(current: Disposition): string {
    const t = this.t;
    return t.insightsDispositionConflict(current.label || current.code, current.updatedBy || t.insightsSystemActor, this.format.dateTime(current.updatedAt));
  }

  private onClose(): void {
    this.controller?.abort();
    this.phase = 'closed';
    this.opener?.focus();
  }

  protected override render() {
    const t = this.t;
    const busy = this.phase === 'saving';
    return html`<dialog aria-labelledby="title" @close=${this.onClose}>
      <form @submit=${this.save} novalidate>
        <div class="dialog-header">
          <h2 id="title">${t.insightsEditDisposition}</h2>
          <button class="icon-btn" type="button" aria-label=${t.close} @click=${this.close}>${icon(icons.close)}</button>
        </div>
        <div class="dialog-body">
          ${this.phase === 'loading'
            ? renderLoading(t.insightsDispositionLoading, 3)
            : html`
                ${this.conflict ? html`<p class="notice warning" role="alert">${this.conflictText(this.conflict)}</p>` : nothing}
                ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
                <div class="field">
                  <label for="code">${t.insightsDispositionCode}</label>
                  <select id="code" required .value=${this.code} @change=${(e: Event) => (this.code = (e.target as HTMLSelectElement).value)}>
                    <option value="" ?selected=${!this.code}>${t.insightsDispositionChoose}</option>
                    ${this.codes.map((c) => html`<option value=${c.code} ?selected=${c.code === this.code}>${c.label || c.code}</option>`)}
                  </select>
                </div>
                <div class="field">
                  <label for="notes">${t.insightsDispositionNotes}</label>
                  <textarea id="notes" rows="3" .value=${this.notes} @input=${(e: Event) => (this.notes = (e.target as HTMLTextAreaElement).value)}></textarea>
                </div>
              `}
        </div>
        <div class="dialog-footer">
          <button class="btn" type="button" @click=${this.close}>${t.cancel}</button>
          <button class="btn primary" type="submit" aria-disabled=${!this.code || this.phase !== 'ready' ? 'true' : 'false'}>
            ${busy ? t.insightsDispositionSaving : t.save}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'insights-disposition-dialog': InsightsDispositionDialog;
  }
}
