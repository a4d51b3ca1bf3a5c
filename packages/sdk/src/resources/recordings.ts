import type { components } from '../generated/openapi.js';
import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type {
  CallOptions,
  Download,
  PeaksParams,
  RecordingDownloadChannel,
  RecordingPeaks,
  RecordingStatus,
  WriteOptions,
} from '../types.js';
import { asDownload, idempotencyKey, pathId } from './paging.js';

/** Which recording GET a signed media URL opens: `audio` (WAV playback), `peaks` or `download` (FLAC). */
export type MediaRepresentation = components['schemas']['MediaRepresentation'];

/** A signed media URL: absolute (joined with the client's base URL) and usable without headers until `expiresAt`. */
export interface MediaUrl {
  url: string;
  expiresAt: string;
}

/** A byte range of the recording, end inclusive (as in HTTP). */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface AudioChunk extends Download {
  /** 206 for a range, 200 for the whole file. */
  status: number;
  /** Offsets of this chunk and the file's total size, from `Content-Range` (whole file: 0..size-1). */
  range: { start: number; end: number; total: number | null } | null;
}

function parseContentRange(header: string | null): AudioChunk['range'] {
  const m = header ? /bytes\s+(\d+)-(\d+)\/(\d+|\*)/i.exec(header) : null;
  if (!m) return null;
  return { start: Number(m[1]), end: Number(m[2]), total: m[3] === '*' ? null : Number(m[3]) };
}

/** `client.recordings`: state and the spec's message, waveform peaks, audio, FLAC download, retry. */
export class RecordingsResource {
  constructor(private readonly transport: Transport) {}

  /** `GET …/recording`: `{ state, message, enabled, durationSeconds, channels, … }`. */
  state(id: string, options: CallOptions = {}): ApiPromise<RecordingStatus> {
    return this.transport.json<RecordingStatus>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/recording`, ...options });
  }

  /** Precomputed peaks (values −1..1) so a player draws without decoding audio. */
  peaks(id: string, params: PeaksParams = {}, options: CallOptions = {}): ApiPromise<RecordingPeaks> {
    return this.transport.json<RecordingPeaks>({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/recording/peaks`,
      query: { channel: params.channel, samplesPerSecond: params.samplesPerSecond },
      ...options,
    });
  }

  /** The two-channel WAV, whole or a byte range (`Range: bytes=start-end`). */
  audio(id: string, params: { range?: ByteRange } = {}, options: CallOptions = {}): ApiPromise<AudioChunk> {
    const headers: Record<string, string> = {};
    if (params.range) headers['range'] = `bytes=${params.range.start}-${params.range.end ?? ''}`;
    return this.transport
      .download({ method: 'GET', path: `/v1/conversations/${pathId(id)}/recording/audio`, headers, ...options })
      .map((result) => {
        const range =
          parseContentRange(result.headers.get('content-range')) ??
          (result.status === 200 ? { start: 0, end: result.blob.size - 1, total: result.blob.size } : null);
        return { blob: result.blob, filename: result.filename, contentType: result.contentType, status: result.status, range };
      });
  }

  /** FLAC: `channel: 'all'` (default) is one multi-channel file; `'0'`/`'1'` one channel each. Needs `recordings.download`. */
  download(id: string, params: { channel?: RecordingDownloadChannel } = {}, options: CallOptions = {}): ApiPromise<Download> {
    return this.transport
      .download({ method: 'GET', path: `/v1/conversations/${pathId(id)}/recording/download`, query: { format: 'flac', channel: params.channel ?? 'all' }, ...options })
      .map(asDownload);
  }

  /**
   * A short-lived signed URL for `<audio src>` or a download link, which cannot send the
   * `Authorization` header: scoped to this conversation and one representation, valid for minutes.
   * `download` needs `recordings.download`. Ask again once `expiresAt` has passed.
   */
  async mediaUrl(id: string, params: { representation: MediaRepresentation }, options: CallOptions = {}): Promise<MediaUrl> {
    const answer = await this.transport.json<components['schemas']['MediaUrl']>({
      method: 'POST',
      path: `/v1/conversations/${pathId(id)}/recording/media-url`,
      json: { representation: params.representation },
      ...options,
    });
    return { url: this.transport.url(answer.url), expiresAt: answer.expiresAt };
  }

  /** Ask the backend to fetch the recording again; resolves with the new state (202). */
  retry(id: string, options: WriteOptions = {}): ApiPromise<RecordingStatus> {
    const { idempotencyKey: key, ...rest } = options;
    return this.transport.json<RecordingStatus>({
      method: 'POST',
      path: `/v1/conversations/${pathId(id)}/recording/retry`,
      idempotencyKey: idempotencyKey(key),
      ...rest,
    });
  }
}
