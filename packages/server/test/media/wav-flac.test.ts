import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { encodeFlac, encodeWav, synthesizeRecording } from '../../src/media/index.js';
import { voiceCall } from '../diagnostics/fixtures.js';
import { decodeFlac, streamInfo } from './flac-decode.js';

const short = voiceCall({ durationSeconds: 12, holds: [] });

describe('encodeWav', () => {
  it('writes a 16-bit PCM RIFF header and interleaved samples', () => {
    const left = new Float32Array([0, 0.5, -0.5, 1, -1, 2]);
    const right = new Float32Array([0.25, 0, 0, 0, 0, -2]);
    const wav = encodeWav([left, right], 8000);
    assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
    assert.equal(wav.readUInt32LE(4), wav.length - 8);
    assert.equal(wav.toString('ascii', 8, 16), 'WAVEfmt ');
    assert.equal(wav.readUInt16LE(20), 1, 'PCM');
    assert.equal(wav.readUInt16LE(22), 2, 'channels');
    assert.equal(wav.readUInt32LE(24), 8000);
    assert.equal(wav.readUInt32LE(28), 8000 * 4, 'byte rate');
    assert.equal(wav.readUInt16LE(32), 4, 'block align');
    assert.equal(wav.readUInt16LE(34), 16);
    assert.equal(wav.toString('ascii', 36, 40), 'data');
    assert.equal(wav.readUInt32LE(40), 6 * 4);
    const samples = Array.from({ length: 12 }, (_, i) => wav.readInt16LE(44 + 2 * i));
    assert.deepEqual(samples, [0, 8192, 16384, 0, -16384, 0, 32767, 0, -32768, 0, 32767, -32768]);
  });

  it('encodes a call recording: 2 channels, its full duration', () => {
    const { channels, sampleRate } = synthesizeRecording(short, { mode: 'fast' });
    const wav = encodeWav(channels, sampleRate);
    assert.equal(wav.length, 44 + 12 * 8000 * 4);
    assert.deepEqual(encodeWav(channels, sampleRate), wav, 'deterministic');
  });
});

describe('encodeFlac', () => {
  const { channels, sampleRate } = synthesizeRecording(short, { mode: 'fast' });

  it('writes stereo FLAC with a complete STREAMINFO that decodes back losslessly', async () => {
    const flac = await encodeFlac(channels, sampleRate);
    assert.equal(flac.toString('ascii', 0, 4), 'fLaC');
    assert.equal(flac[4] & 0x7f, 0, 'first metadata block is STREAMINFO');
    const info = streamInfo(flac);
    assert.deepEqual({ ...info, md5: undefined }, { sampleRate: 8000, channels: 2, bitsPerSample: 16, totalSamples: 12 * 8000, md5: undefined });
    // STREAMINFO's MD5 is over the interleaved 16-bit little-endian PCM, like the WAV's data chunk.
    assert.equal(info.md5, createHash('md5').update(encodeWav(channels, sampleRate).subarray(44)).digest('hex'));
    const decoded = await decodeFlac(flac);
    assert.ok(decoded.md5Ok, 'the decoder verifies the MD5');
    assert.equal(decoded.sampleRate, 8000);
    const wav = encodeWav(channels, sampleRate);
    for (let i = 0; i < channels[0].length; i += 997) {
      assert.equal(decoded.channels[0][i], wav.readInt16LE(44 + 4 * i));
      assert.equal(decoded.channels[1][i], wav.readInt16LE(46 + 4 * i));
    }
    assert.ok(flac.length < encodeWav(channels, sampleRate).length * 0.8, 'it compresses');
  });

  it('writes a single channel as mono FLAC', async () => {
    const flac = await encodeFlac([channels[1]], sampleRate);
    const info = streamInfo(flac);
    assert.equal(info.channels, 1);
    assert.equal(info.sampleRate, 8000);
    assert.equal(info.totalSamples, 12 * 8000);
    const decoded = await decodeFlac(flac);
    assert.equal(decoded.channels.length, 1);
    assert.equal(decoded.channels[0].length, 12 * 8000);
  });

  it('is deterministic', async () => {
    assert.deepEqual(await encodeFlac(channels, sampleRate), await encodeFlac(channels, sampleRate));
  });
});
