import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { computePeaks, encodeWav, getRecordingFiles, synthesizeRecording, type PeaksFile } from '../../src/media/index.js';
import { voiceCall } from '../diagnostics/fixtures.js';
import { decodeFlac, streamInfo } from './flac-decode.js';

const cache = mkdtempSync(join(tmpdir(), 'ck-media-'));
after(() => rmSync(cache, { recursive: true, force: true }));

describe('getRecordingFiles', () => {
  const input = voiceCall({ durationSeconds: 30, turns: voiceCall().turns.filter((t) => t.offsetSeconds < 25), holds: [] });

  it('writes the WAV, stereo and per-channel FLAC and peaks once, then reuses them', async () => {
    const files = await getRecordingFiles(input, cache, { mode: 'fast', peaksPerSecond: 10 });
    assert.equal(files.durationSeconds, 30);
    assert.equal(files.sampleRate, 8000);
    const audio = synthesizeRecording(input, { mode: 'fast' });
    assert.deepEqual(readFileSync(files.wav), encodeWav(audio.channels, 8000), 'the streamed WAV matches the in-memory one');

    const stereo = readFileSync(files.flac);
    assert.deepEqual({ ...streamInfo(stereo), md5: '' }, { sampleRate: 8000, channels: 2, bitsPerSample: 16, totalSamples: 30 * 8000, md5: '' });
    for (const [index, path] of files.flacChannels.entries()) {
      const decoded = await decodeFlac(readFileSync(path));
      assert.ok(decoded.md5Ok);
      assert.equal(decoded.channels.length, 1);
      assert.equal(decoded.channels[0].length, 30 * 8000);
      assert.equal(decoded.channels[0][12345], Math.round(audio.channels[index][12345] * (audio.channels[index][12345] < 0 ? 32768 : 32767)));
    }

    const peaks = JSON.parse(readFileSync(files.peaks, 'utf8')) as PeaksFile;
    assert.equal(peaks.durationSeconds, 30);
    assert.equal(peaks.samplesPerSecond, 10);
    assert.deepEqual(peaks.channels, computePeaks(audio.channels, 10));

    const mtimes = [files.wav, files.flac, files.peaks].map((f) => statSync(f).mtimeMs);
    const again = await getRecordingFiles(input, cache, { mode: 'fast', peaksPerSecond: 10 });
    assert.deepEqual(again, files);
    assert.deepEqual([files.wav, files.flac, files.peaks].map((f) => statSync(f).mtimeMs), mtimes, 'nothing is rewritten');
  });

  it('shares one build between concurrent requests and keys the cache by input', async () => {
    const other = { ...input, seed: 4321 };
    const [a, b] = await Promise.all([getRecordingFiles(other, cache, { mode: 'fast' }), getRecordingFiles(other, cache, { mode: 'fast' })]);
    assert.equal(a, b);
    const first = await getRecordingFiles(input, cache, { mode: 'fast', peaksPerSecond: 10 });
    assert.notEqual(a.dir, first.dir);
    assert.match(a.dir, /conv_000123-fast-/);
  });
});
