import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  exportFilename, transcriptsZipFilename, type ConversationQuery, type ConversationSummary, type Download,
} from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';
import type { Messages } from '../i18n/messages.js';
import { describeError } from '../base/errors.js';
import { saveBlob } from '../util/download.js';
import { exportCompleteEvent, type ExportKind } from './events.js';
import { customerLabel } from './cells.js';

const DAY_MS = 86_400_000;

type Permission = Parameters<ExportHost['can']>[0];

/** What the export controller needs from the table. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  client?: KitClient;
  readonly t: Messages;
  can(permission: 'exports.run' | 'transcripts.download' | 'events.view' | 'recordings.download'): boolean;
  notify(message: string, tone?: 'info' | 'error'): void;
  /** The backend's transcript-zip limit (`features.maxTranscriptExport`). */
  readonly transcriptLimit: number;
  /** Days a conversation's events are kept (`features.eventsRetentionDays`). */
  readonly eventsRetentionDays: number;
}

/** Whether a conversation's events are past the backend's retention (they can no longer be exported). */
export function eventsExpired(row: ConversationSummary, retentionDays: number, now = Date.now()): boolean {
  const started = Date.parse(row.startTime);
  return Number.isFinite(started) && now - started > retentionDays * DAY_MS;
}

export interface RunningExport {
  kind: ExportKind;
  label: string;
  /** Determinate progress when known (client-side transcript collection). */
  done: number | null;
  total: number;
  controller: AbortController;
}

interface ErrorLike {
  status?: number;
  code?: string;
  name?: string;
}

/**
 * Bulk exports of the selection (Export Conversation Data, Export Transcripts, Export Events) and
 * the per-row downloads. Says when an export starts, shows progress while it runs, saves the file
 * when it completes (spec: "the file downloads automatically") and fires `export-complete`.
 */
export class ExportController implements ReactiveController {
  running: RunningExport | null = null;

  constructor(private readonly host: ExportHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.running?.controller.abort();
  }

  /** Why a bulk export is inactive for this selection, or null when it may run. */
  reason(kind: 'conversations' | 'transcripts' | 'events', count: number): string | null {
    const { t } = this.host;
    const needs: Permission[] = kind === 'transcripts' ? ['exports.run', 'transcripts.download'] : kind === 'events' ? ['exports.run', 'events.view'] : ['exports.run'];
    if (!needs.every((p) => this.host.can(p))) return t.noPermissionReason;
    if (count === 0) return t.tableExportNeedsSelection;
    if (kind === 'transcripts' && count > this.host.transcriptLimit) return t.tableExportTranscriptLimit(this.host.transcriptLimit);
    return null;
  }

  /** Why Export Events is inactive for these rows (all past retention), or null. */
  eventsReason(rows: ConversationSummary[]): string | null {
    const base = this.reason('events', rows.length);
    if (base) return base;
    const days = this.host.eventsRetentionDays;
    return rows.every((r) => eventsExpired(r, days)) ? this.host.t.tableExportEventsExpiredDays(days) : null;
  }

  /** Exports every conversation matching `query` (the whole result set, not only the loaded rows). */
  async exportAll(query: ConversationQuery, total: number): Promise<void> {
    const client = this.host.client;
    if (!client || this.running || this.reason('conversations', 1)) return;
    await this.run('conversations', [], async (signal) => ({ blob: (await client.exports.conversations({ query }, { signal })).blob, filename: exportFilename('conversations', 'csv') }), total);
  }

  label(kind: ExportKind): string {
    const { t } = this.host;
    const labels: Record<ExportKind, string> = {
      conversations: t.tableExportConversationData,
      transcripts: t.tableExportTranscripts,
      events: t.tableExportEvents,
      recording: t.actionDownloadRecording,
      transcript: t.actionDownloadTranscript,
      'latency-report': t.actionDownloadLatencyReport,
    };
    return labels[kind];
  }

  cancel(): void {
    this.running?.controller.abort();
  }

  /** Runs a bulk export of `rows`. */
  async exportSelection(kind: 'conversations' | 'transcripts' | 'events', rows: ConversationSummary[]): Promise<void> {
    const client = this.host.client;
    if (!client || this.running || this.reason(kind, rows.length)) return;
    let ids = rows.map((r) => r.id);
    if (kind === 'events') {
      // Events are kept for a limited time: export the recent ones and say which were left out.
      const days = this.host.eventsRetentionDays;
      const old = rows.filter((r) => eventsExpired(r, days));
      if (old.length === rows.length) return this.host.notify(this.host.t.tableExportEventsExpiredDays(days), 'error');
      if (old.length) {
        const names = old.slice(0, 5).map((r) => customerLabel(r, this.host.t));
        this.leftOut = this.host.t.tableExportEventsLeftOut(old.length, days, names.join(', '), old.length - names.length);
        ids = rows.filter((r) => !eventsExpired(r, days)).map((r) => r.id);
      }
    }
    // File names carry the user's local time (the spec's transcripts-YYYY-MM-DD-HH24-mm-SS.zip), not the server's.
    await this.run(kind, ids, async (signal, progress) => {
      if (kind === 'conversations') return localName(await client.exports.conversations({ ids }, { signal }), exportFilename('conversations', 'csv'));
      if (kind === 'events') return localName(await client.exports.events(ids, { signal }), exportFilename('events', 'csv'));
      try {
        return localName(await client.exports.transcripts(ids, { signal }), transcriptsZipFilename());
      } catch (error) {
        // A backend without the export endpoint: build the same zip here with the SDK's helper.
        const e = error as ErrorLike;
        if (signal.aborted || !(e.status === 404 || e.status === 405 || e.status === 501) || e.code === 'export_limit_exceeded') throw error;
        let done = 0;
        progress(0);
        const counting = {
          transcripts: {
            get: (id: string, options?: { signal?: AbortSignal }) =>
              client.transcripts.get(id, options).finally(() => progress(++done)),
          },
        };
        // The zip builder (fflate) loads only when this fallback runs.
        const { collectTranscriptsZip } = await import('@conversations-kit/sdk');
        const zip = await collectTranscriptsZip(counting, ids, { signal });
        return { blob: new Blob([zip.bytes as BlobPart], { type: 'application/zip' }), filename: zip.filename };
      }
    });
  }

  /** Downloads one conversation's recording, transcript or latency report. */
  async download(kind: 'recording' | 'transcript' | 'latency-report', row: ConversationSummary): Promise<void> {
    const client = this.host.client;
    if (!client || this.running) return;
    await this.run(kind, [row.id], async (signal) => {
      if (kind === 'recording') return withName(await client.recordings.download(row.id, {}, { signal }), () => `${row.id}.flac`);
      if (kind === 'transcript') return withName(await client.transcripts.download(row.id, { signal }), () => `transcript-${row.id}.csv`);
      return withName(await client.transcripts.latencyReport(row.id, { signal }), () => `latency-report-${row.id}.csv`);
    });
  }

  /** Set by an events export that left conversations out; said with the result. */
  private leftOut: string | null = null;

  private async run(
    kind: ExportKind,
    ids: string[],
    produce: (signal: AbortSignal, progress: (done: number) => void) => Promise<{ blob: Blob; filename: string }>,
    count = ids.length,
  ): Promise<void> {
    const { t } = this.host;
    const label = this.label(kind);
    const controller = new AbortController();
    const running: RunningExport = { kind, label, done: null, total: count, controller };
    const leftOut = this.leftOut;
    this.leftOut = null;
    this.running = running;
    this.host.requestUpdate();
    const bulk = kind === 'conversations' || kind === 'transcripts' || kind === 'events';
    this.host.notify(bulk ? t.tableExportStarted(label, count) : t.downloadStarted(label));
    try {
      const file = await produce(controller.signal, (done) => {
        running.done = done;
        this.host.requestUpdate();
      });
      saveBlob(file.blob, file.filename);
      const done = bulk ? t.tableExportDone(file.filename) : t.downloadDone(file.filename);
      this.host.notify(leftOut ? `${done} ${leftOut}` : done);
      this.host.dispatchEvent(exportCompleteEvent({ kind, filename: file.filename, blob: file.blob, ids }));
    } catch (error) {
      if (controller.signal.aborted) this.host.notify(t.tableExportCancelled);
      else this.host.notify(bulk ? t.tableExportFailed(this.explain(error)) : t.downloadFailed(label, this.explain(error)), 'error');
    } finally {
      this.running = null;
      this.host.requestUpdate();
    }
  }

  private explain(error: unknown): string {
    const { t } = this.host;
    const e = (error ?? {}) as ErrorLike;
    if (e.code === 'export_limit_exceeded' || e.name === 'TranscriptExportLimitError') return t.tableExportTranscriptLimit(this.host.transcriptLimit);
    if (e.code === 'events_expired') return t.tableExportEventsExpiredDays(this.host.eventsRetentionDays);
    return describeError(error, t);
  }
}

function withName(download: Download, fallback: () => string): { blob: Blob; filename: string } {
  return { blob: download.blob, filename: download.filename || fallback() };
}

/** A bulk export named in the user's local time, whatever name the server gave it. */
function localName(download: Download, filename: string): { blob: Blob; filename: string } {
  return { blob: download.blob, filename };
}
