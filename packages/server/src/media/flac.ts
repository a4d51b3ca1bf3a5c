/**
 * FLAC encoding with libflacjs (libFLAC compiled to asm.js; the wasm build tries to
 * fetch() its binary and fails under Node 20). Mono or stereo, 16 bit, compression 5.
 * Streams are encoded chunk by chunk; at the end STREAMINFO is completed with the
 * minimum/maximum frame size and MD5 the encoder reports, as libFLAC does when it can seek.
 */
import { createRequire } from 'node:module';
import { toInt16 } from './wav.js';

interface StreamMetadata {
  min_framesize: number;
  max_framesize: number;
  total_samples: number;
  md5sum: string;
}

/** The parts of libflacjs's API used here. */
interface FlacLib {
  isReady(): boolean;
  on(event: 'ready', listener: () => void): void;
  create_libflac_encoder(rate: number, channels: number, bps: number, level: number, totalSamples: number, verify: boolean): number;
  init_encoder_stream(encoder: number, write: (data: Uint8Array, bytes: number) => void, metadata: (m: StreamMetadata) => void, ogg: boolean, client: number): number;
  FLAC__stream_encoder_process_interleaved(encoder: number, data: Int32Array, frames: number): boolean;
  FLAC__stream_encoder_finish(encoder: number): boolean;
  FLAC__stream_encoder_delete(encoder: number): void;
  FLAC__stream_encoder_get_state(encoder: number): number;
}

let library: Promise<FlacLib> | null = null;

function loadFlac(): Promise<FlacLib> {
  library ??= new Promise((resolve) => {
    const flac = (createRequire(import.meta.url)('libflacjs') as (variant?: string) => FlacLib)();
    if (flac.isReady()) resolve(flac);
    else flac.on('ready', () => resolve(flac));
  });
  return library;
}

const COMPRESSION_LEVEL = 5;

/** Writes FLAC bytes to `sink` as they are produced. Call `finish()` for the STREAMINFO patch. */
export class FlacStreamEncoder {
  private metadata: StreamMetadata | null = null;

  private constructor(
    private readonly flac: FlacLib,
    private readonly encoder: number,
    readonly channelCount: number,
  ) {}

  static async create(channelCount: number, sampleRate: number, totalFrames: number, sink: (bytes: Uint8Array) => void): Promise<FlacStreamEncoder> {
    if (channelCount < 1 || channelCount > 2) throw new RangeError('FLAC export supports 1 or 2 channels');
    const flac = await loadFlac();
    const encoder = flac.create_libflac_encoder(sampleRate, channelCount, 16, COMPRESSION_LEVEL, totalFrames, false);
    if (!encoder) throw new Error('libflac: could not create an encoder');
    const self = new FlacStreamEncoder(flac, encoder, channelCount);
    const status = flac.init_encoder_stream(
      encoder,
      (data, bytes) => sink(data.slice(0, bytes)),
      (m) => {
        self.metadata = m;
      },
      false,
      0,
    );
    if (status !== 0) {
      flac.FLAC__stream_encoder_delete(encoder);
      throw new Error(`libflac: encoder init failed (${status})`);
    }
    return self;
  }

  /** Encodes the next frames; each channel array has the same length. */
  write(channels: ArrayLike<number>[]): void {
    const frames = channels[0]?.length ?? 0;
    if (!frames) return;
    const interleaved = new Int32Array(frames * this.channelCount);
    for (let i = 0, o = 0; i < frames; i++) for (let c = 0; c < this.channelCount; c++) interleaved[o++] = toInt16(channels[c][i]);
    if (!this.flac.FLAC__stream_encoder_process_interleaved(this.encoder, interleaved, frames)) {
      const state = this.flac.FLAC__stream_encoder_get_state(this.encoder);
      this.flac.FLAC__stream_encoder_delete(this.encoder);
      throw new Error(`libflac: encoding failed (state ${state})`);
    }
  }

  /** Flushes the last frames; returns the STREAMINFO bytes to overwrite in the output. */
  finish(): StreamInfoPatch[] {
    const ok = this.flac.FLAC__stream_encoder_finish(this.encoder);
    this.flac.FLAC__stream_encoder_delete(this.encoder);
    if (!ok || !this.metadata) throw new Error('libflac: could not finish the stream');
    return streamInfoPatches(this.metadata);
  }
}

export interface StreamInfoPatch {
  offset: number;
  bytes: Buffer;
}

/**
 * STREAMINFO fields only known at the end. File offsets: "fLaC" (4) + block header (4) +
 * min/max block size (4) → min_framesize at 12, max_framesize at 15 (24 bit each);
 * then rate/channels/bps/total samples (8 bytes, already right) → MD5 at 26.
 */
function streamInfoPatches(m: StreamMetadata): StreamInfoPatch[] {
  const sizes = Buffer.alloc(6);
  sizes.writeUIntBE(m.min_framesize, 0, 3);
  sizes.writeUIntBE(m.max_framesize, 3, 3);
  return [
    { offset: 12, bytes: sizes },
    { offset: 26, bytes: Buffer.from(m.md5sum.padStart(32, '0'), 'hex') },
  ];
}

function part(channel: ArrayLike<number>, from: number, to: number): ArrayLike<number> {
  return channel instanceof Float32Array || channel instanceof Float64Array ? channel.subarray(from, to) : Array.prototype.slice.call(channel, from, to);
}

/** A whole FLAC file in memory: one channel (mono) or two (stereo). */
export async function encodeFlac(channels: ArrayLike<number>[], sampleRate: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const frames = channels[0]?.length ?? 0;
  const encoder = await FlacStreamEncoder.create(channels.length, sampleRate, frames, (bytes) => parts.push(bytes));
  const step = sampleRate * 10;
  for (let i = 0; i < frames; i += step) encoder.write(channels.map((c) => part(c, i, i + step)));
  const patches = encoder.finish();
  const file = Buffer.concat(parts);
  for (const { offset, bytes } of patches) bytes.copy(file, offset);
  return file;
}
