/** Test helper: decodes a FLAC file with libflacjs's decoder (MD5-checked) into int16 channels. */
import { createRequire } from 'node:module';

interface Decoded {
  sampleRate: number;
  channels: Int16Array[];
  md5Ok: boolean;
}

export async function decodeFlac(file: Buffer): Promise<Decoded> {
  const flac = createRequire(import.meta.url)('libflacjs')();
  await new Promise<void>((resolve) => (flac.isReady() ? resolve() : flac.on('ready', resolve)));
  const data = new Uint8Array(file);
  let offset = 0;
  const frames: Uint8Array[][] = [];
  let sampleRate = 0;
  const decoder = flac.create_libflac_decoder(true);
  flac.init_decoder_stream(
    decoder,
    (n: number) => {
      const end = Math.min(offset + n, data.length);
      const buffer = data.subarray(offset, end);
      const readDataLength = end - offset;
      offset = end;
      return { buffer, readDataLength, error: false };
    },
    (buffers: Uint8Array[]) => frames.push(buffers.map((b) => b.slice())),
    (code: number, message: string) => {
      throw new Error(`FLAC decode error ${code}: ${message}`);
    },
    (meta: { sampleRate: number } | undefined) => {
      if (meta) sampleRate = meta.sampleRate;
    },
    false,
  );
  const ok = flac.FLAC__stream_decoder_process_until_end_of_stream(decoder);
  const md5Ok = flac.FLAC__stream_decoder_finish(decoder) && ok;
  flac.FLAC__stream_decoder_delete(decoder);
  const channelCount = frames[0]?.length ?? 0;
  const channels = Array.from({ length: channelCount }, (_, c) => {
    const bytes = Buffer.concat(frames.map((f) => f[c]));
    return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2).slice();
  });
  return { sampleRate, channels, md5Ok };
}

/** STREAMINFO fields from a FLAC file header. */
export function streamInfo(file: Buffer): { sampleRate: number; channels: number; bitsPerSample: number; totalSamples: number; md5: string } {
  const si = file.subarray(8, 8 + 34);
  const packed = si.readUInt32BE(10); // rate(20) | channels-1(3) | bps-1(5) | total high(4)
  return {
    sampleRate: packed >>> 12,
    channels: ((packed >>> 9) & 0x7) + 1,
    bitsPerSample: ((packed >>> 4) & 0x1f) + 1,
    totalSamples: (packed & 0xf) * 2 ** 32 + si.readUInt32BE(14),
    md5: si.subarray(18, 34).toString('hex'),
  };
}
