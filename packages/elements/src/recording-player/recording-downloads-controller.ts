import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RecordingChannel } from '@conversations-kit/sdk';
import { Loader } from 'lucide';
import type { KitClient } from '../context/contexts.js';
import type { Messages } from '../i18n/messages.js';
import { describeError } from '../base/errors.js';
import { MenuController } from '../primitives/menu.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { announce } from '../util/announce.js';
import { saveBlob } from '../util/download.js';
import { channelName } from './channel-names.js';

type Channel = 'all' | '0' | '1';

export interface DownloadsHost extends ReactiveControllerHost, HTMLElement {
  readonly client?: KitClient;
  readonly conversationId?: string;
  readonly t: Messages;
  readonly renderRoot: HTMLElement | DocumentFragment;
  can(permission: 'recordings.download'): boolean;
}

/**
 * Recording downloads (spec: "Download as a single file" / "Download as separate files", .flac): the
 * Download menu button, the dialog choosing channels, the requests, and their announcements. Gated on
 * `recordings.download`: without it the button stays visible, inactive, and says why.
 */
export class RecordingDownloadsController {
  downloading = false;
  error?: string;
  private readonly menu: MenuController;

  constructor(
    private readonly host: DownloadsHost,
    /** The recording's channels (for fallback file names). */
    private readonly channels: () => RecordingChannel[],
  ) {
    this.menu = new MenuController(host);
  }

  /** Closes the menu and forgets the last error (another recording). */
  reset(): void {
    this.error = undefined;
    this.menu.close(false);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.separate');
  }

  renderButton(): TemplateResult {
    const t = this.host.t;
    const allowed = this.host.can('recordings.download');
    return html`<button
        class="icon-btn download-button"
        aria-label=${t.recordingDownload}
        aria-haspopup="menu"
        aria-controls="download-menu"
        aria-expanded="false"
        aria-disabled=${allowed ? 'false' : 'true'}
        aria-busy=${this.downloading ? 'true' : 'false'}
        ${tooltip(allowed ? t.recordingDownload : t.noPermissionReason)}
        @click=${(e: Event) => allowed && this.menu.toggle(e)}
        @keydown=${(e: KeyboardEvent) => allowed && this.menu.onButtonKeydown(e)}
      >
        ${icon(this.downloading ? Loader : icons.download)}
      </button>
      <div id="download-menu" role="menu" popover="manual" aria-label=${t.recordingDownload} @keydown=${this.menu.onMenuKeydown}>
        <button role="menuitem" class="download-single" @click=${() => void this.downloadSingle()}>${t.recordingDownloadSingle}</button>
        <button role="menuitem" class="download-separate" @click=${() => this.openSeparate()}>${t.recordingDownloadSeparate}</button>
      </div>
      ${this.error ? html`<p class="download-error" role="alert">${t.recordingDownloadFailed} ${this.error}</p>` : nothing}`;
  }

  renderDialog(channels: RecordingChannel[]): TemplateResult {
    const t = this.host.t;
    return html`<dialog class="separate" aria-labelledby="separate-title">
      <form method="dialog" @submit=${(e: SubmitEvent) => void this.downloadSeparate(e)}>
        <div class="dialog-header">
          <h2 id="separate-title">${t.recordingDownloadSeparate}</h2>
          <button type="button" class="icon-btn" aria-label=${t.close} @click=${() => this.dialog?.close()}>${icon(icons.close)}</button>
        </div>
        <div class="dialog-body">
          <p class="muted">${t.recordingDownloadSeparateHint}</p>
          ${channels.map(
            (c) => html`<label class="check"><input type="checkbox" name="channel" value=${String(c.index)} checked /> ${channelName(c, t)} (.flac)</label>`,
          )}
        </div>
        <div class="dialog-footer">
          <button type="button" class="btn" @click=${() => this.dialog?.close()}>${t.cancel}</button>
          <button type="submit" class="btn primary">${icon(icons.download)}${t.recordingDownloadConfirm}</button>
        </div>
      </form>
    </dialog>`;
  }

  private async downloadSingle(): Promise<void> {
    this.menu.done();
    await this.run(['all']);
  }

  private openSeparate(): void {
    this.menu.close(false);
    this.dialog?.showModal();
  }

  private async downloadSeparate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const channels = [...form.querySelectorAll<HTMLInputElement>('input[name="channel"]:checked')].map((box) => box.value as Channel);
    this.dialog?.close();
    this.host.renderRoot.querySelector<HTMLElement>('.download-button')?.focus();
    await this.run(channels);
  }

  private async run(channels: Channel[]): Promise<void> {
    if (!channels.length || this.downloading) return;
    this.downloading = true;
    this.error = undefined;
    this.host.requestUpdate();
    announce(this.host.t.recordingDownloadStarted);
    let ok = true;
    for (const channel of channels) ok = (await this.download(channel)) && ok;
    this.downloading = false;
    this.host.requestUpdate();
    if (ok) announce(this.host.t.recordingDownloaded);
  }

  private async download(channel: Channel): Promise<boolean> {
    const { client, conversationId: id } = this.host;
    if (!client || !id || !this.host.can('recordings.download')) return false;
    try {
      const file = await client.recordings.download(id, { channel });
      const label = this.channels().find((c) => String(c.index) === channel)?.label.toLowerCase() ?? `channel-${channel}`;
      saveBlob(file.blob, file.filename ?? `recording-${id}${channel === 'all' ? '' : `-${label}`}.flac`);
      return true;
    } catch (error) {
      this.error = describeError(error, this.host.t);
      this.host.requestUpdate();
      return false;
    }
  }
}
