/** 16-bit PCM WAV (RIFF), channels interleaved. */

export function wavHeader(channelCount: number, sampleRate: number, frames: number): Buffer {
  const dataBytes = frames * channelCount * 2;
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(channelCount, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * channelCount * 2, 28); // byte rate
  h.writeUInt16LE(channelCount * 2, 32); // block align
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** Float samples (−1..1, clipped) to interleaved little-endian int16. */
export function interleavePcm16(channels: ArrayLike<number>[]): Buffer {
  const frames = channels[0]?.length ?? 0;
  const out = Buffer.alloc(frames * channels.length * 2);
  let o = 0;
  for (let i = 0; i < frames; i++) {
    for (const ch of channels) {
      out.writeInt16LE(toInt16(ch[i]), o);
      o += 2;
    }
  }
  return out;
}

export function toInt16(sample: number): number {
  const s = Math.max(-1, Math.min(1, sample));
  return s < 0 ? Math.round(s * 32768) : Math.round(s * 32767);
}

export function encodeWav(channels: ArrayLike<number>[], sampleRate: number): Buffer {
  if (!channels.length) throw new RangeError('encodeWav needs at least one channel');
  return Buffer.concat([wavHeader(channels.length, sampleRate, channels[0].length), interleavePcm16(channels)]);
}
