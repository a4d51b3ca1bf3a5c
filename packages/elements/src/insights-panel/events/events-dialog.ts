import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConversationEvent } from '@conversations-kit/sdk';
import { Download } from 'lucide';
import { KitElement } from '../../base/kit-element.js';
import { describeError } from '../../base/errors.js';
import { renderEmpty, renderError, renderLoading } from '../../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../../styles/shared.styles.js';
import { popupStyles } from '../../primitives/popup.styles.js';
import { icon } from '../../icons/icons.js';
import { announce } from '../../util/announce.js';
import { saveBlob } from '../../util/download.js';
import { dialogStyles } from '../dialog.styles.js';
import { DialogController, renderDialogHeader } from '../../primitives/dialog.js';
import { eventsExpired } from './retention.js';

interface ErrorLike {
  status?: number;
  code?: string;
}

/**
 * @summary "Preview Events" for one conversation: the recorded events (the spec's 12 types) with time,
 * actor and details, and "Download Events" as CSV. Unavailable for conversations over 30 days old.
 */
export class InsightsEventsDialog extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, dialogStyles];

  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** The conversation's start, to tell "over 30 days old" before asking the backend. */
  @property({ attribute: false }) startTime?: string | null;
  @property({ type: Boolean, attribute: 'in-progress' }) inProgress = false;

  @state() private events: ConversationEvent[] = [];
  @state() private phase: 'loading' | 'ready' | 'error' | 'expired' = 'loading';
  @state() private error: unknown;
  @state() private downloading = false;
  @state() private downloadMessage: { ok: boolean; text: string } | null = null;

  private readonly dialog = new DialogController(this, 'dialog', () => this.controller?.abort());
  private controller?: AbortController;

  async open(opener?: HTMLElement): Promise<void> {
    this.downloadMessage = null;
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

  private get retentionDays(): number {
    return this.capabilities?.features?.eventsRetentionDays ?? 30;
  }

  private async load(): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id) return;
    if (eventsExpired(this.startTime, this.retentionDays)) {
      this.phase = 'expired';
      return;
    }
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.phase = 'loading';
    try {
      const events = await client.events.list(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.events = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      this.phase = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.phase = (error as ErrorLike)?.code === 'events_expired' ? 'expired' : 'error';
    }
  }

  private async download(): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id || this.downloading || this.phase === 'expired') return;
    this.downloading = true;
    this.downloadMessage = null;
    try {
      const file = await client.events.download(id, { signal: this.controller?.signal });
      saveBlob(file.blob, file.filename ?? `events-${id}.csv`);
      this.downloadMessage = { ok: true, text: this.t.insightsEventsExported };
    } catch (error) {
      const expired = (error as ErrorLike)?.code === 'events_expired';
      if (expired) this.phase = 'expired';
      this.downloadMessage = { ok: false, text: expired ? this.t.insightsEventsExpired : describeError(error, this.t) };
    } finally {
      this.downloading = false;
      if (this.downloadMessage) announce(this.downloadMessage.text);
    }
  }


  private renderDetails(details: ConversationEvent['details']) {
    const entries = Object.entries(details ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== '');
    if (entries.length === 0) return this.t.notAvailable;
    return html`<ul class="details-list">${entries.map(([k, v]) => html`<li><span class="details-key">${k}:</span> <span dir="auto">${String(v)}</span></li>`)}</ul>`;
  }

  private renderBody() {
    const t = this.t;
    switch (this.phase) {
      case 'loading':
        return renderLoading(t.loading, 4);
      case 'expired':
        return html`<p class="notice warning" role="status">${t.insightsEventsExpired}</p>`;
      case 'error':
        return renderError(this.error, t, () => void this.load());
    }
    return html`
      ${this.inProgress ? html`<p class="notice info">${t.insightsEventsPeriodic}</p>` : nothing}
      ${this.events.length === 0
        ? renderEmpty(t.insightsEventsEmpty, '')
        : html`<table>
            <thead><tr><th scope="col">${t.insightsEventType}</th><th scope="col">${t.insightsEventTime}</th><th scope="col">${t.insightsEventActor}</th><th scope="col">${t.insightsEventDetails}</th></tr></thead>
            <tbody>
              ${this.events.map((e) => {
                const key = `insightsEvent_${e.type}` as const;
                return html`<tr data-type=${e.type}>
                  <td>${key in t ? t[key] : e.type}</td>
                  <td class="when">${this.format.dateTime(e.at)}</td>
                  <td dir="auto">${e.actor || t.notAvailable}</td>
                  <td>${this.renderDetails(e.details)}</td>
                </tr>`;
              })}
            </tbody>
          </table>`}
    `;
  }

  protected override render() {
    const t = this.t;
    const canDownload = this.phase === 'ready';
    return html`<dialog aria-labelledby="title" style="--ck-insights-dialog-width: 760px" @close=${this.dialog.onClose}>
      ${renderDialogHeader({ id: 'title', title: t.insightsPreviewEvents, closeLabel: t.close, onClose: () => this.close() })}
      <!-- The event list scrolls: focusable so keyboard users can scroll it too. -->
      <div class="dialog-body" tabindex="0" role="region" aria-labelledby="title">${this.renderBody()}</div>
      <div class="dialog-footer">
        ${this.downloadMessage
          ? html`<span class="footer-status ${this.downloadMessage.ok ? '' : 'failed'}" role="status">${this.downloadMessage.text}</span>`
          : nothing}
        <button class="btn" type="button" @click=${this.close}>${t.close}</button>
        <button class="btn primary" type="button" data-action="download-events" aria-disabled=${canDownload && !this.downloading ? 'false' : 'true'}
          @click=${() => canDownload && void this.download()}>${icon(Download)}${t.insightsDownloadEvents}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'insights-events-dialog': InsightsEventsDialog;
  }
}
