/** The parts of a RIFF/WAVE header a streaming player needs to turn byte ranges into samples. */
export interface WavFormat {
  /** 1 = integer PCM, 3 = IEEE float. */
  encoding: 'int' | 'float';
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes per frame (one sample of every channel). */
  blockAlign: number;
  /** Byte offset of the first audio frame. */
  dataOffset: number;
  /** Bytes of audio, or null when the header does not say (streamed writers put 0 or 0xFFFFFFFF). */
  dataSize: number | null;
}

export class WavFormatError extends Error {
  override name = 'WavFormatError';
}

const tag = (view: DataView, at: number) =>
  String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

/**
 * Reads the header from the first bytes of a WAV file (a few KB suffice; chunks before `data` such
 * as `LIST` are skipped). Throws `WavFormatError` for anything but PCM/float WAV.
 */
export function parseWavHeader(bytes: ArrayBuffer): WavFormat {
  const view = new DataView(bytes);
  if (view.byteLength < 12 || tag(view, 0) !== 'RIFF' || tag(view, 8) !== 'WAVE') throw new WavFormatError('Not a WAV file');
  let at = 12;
  let fmt: Omit<WavFormat, 'dataOffset' | 'dataSize'> | null = null;
  while (at + 8 <= view.byteLength) {
    const id = tag(view, at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      if (at + 24 > view.byteLength) break;
      let code = view.getUint16(at + 8, true);
      // WAVE_FORMAT_EXTENSIBLE carries the real format in the sub-format GUID's first two bytes.
      if (code === 0xfffe && at + 34 <= view.byteLength) code = view.getUint16(at + 32, true);
      if (code !== 1 && code !== 3) throw new WavFormatError(`Unsupported WAV encoding ${code}`);
      fmt = {
        encoding: code === 3 ? 'float' : 'int',
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        blockAlign: view.getUint16(at + 20, true),
        bitsPerSample: view.getUint16(at + 22, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new WavFormatError('WAV data before its format');
      if (!fmt.channels || !fmt.sampleRate || !fmt.blockAlign) throw new WavFormatError('WAV header is incomplete');
      return { ...fmt, dataOffset: at + 8, dataSize: size === 0 || size === 0xffffffff ? null : size };
    }
    at += 8 + size + (size % 2); // chunks are word-aligned
  }
  throw new WavFormatError('WAV header not found in the first bytes');
}

/**
 * Decodes whole frames of PCM into one Float32Array per channel (−1..1). A trailing partial frame
 * (a range that ends mid-frame) is ignored.
 */
export function decodePcm(bytes: ArrayBuffer, format: WavFormat): Float32Array[] {
  const { channels, blockAlign, bitsPerSample, encoding } = format;
  const frames = Math.floor(bytes.byteLength / blockAlign);
  const out = Array.from({ length: channels }, () => new Float32Array(frames));
  const view = new DataView(bytes);
  const width = bitsPerSample / 8;
  for (let c = 0; c < channels; c++) {
    const data = out[c]!;
    let at = c * width;
    if (encoding === 'float' && bitsPerSample === 32) {
      for (let i = 0; i < frames; i++, at += blockAlign) data[i] = view.getFloat32(at, true);
    } else if (bitsPerSample === 16) {
      for (let i = 0; i < frames; i++, at += blockAlign) data[i] = view.getInt16(at, true) / 32768;
    } else if (bitsPerSample === 8) {
      for (let i = 0; i < frames; i++, at += blockAlign) data[i] = (view.getUint8(at) - 128) / 128;
    } else if (bitsPerSample === 24) {
      for (let i = 0; i < frames; i++, at += blockAlign) {
        const v = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16);
        data[i] = v / 8388608;
      }
    } else if (bitsPerSample === 32) {
      for (let i = 0; i < frames; i++, at += blockAlign) data[i] = view.getInt32(at, true) / 2147483648;
    } else {
      throw new WavFormatError(`Unsupported sample size ${bitsPerSample}`);
    }
  }
  return out;
}
