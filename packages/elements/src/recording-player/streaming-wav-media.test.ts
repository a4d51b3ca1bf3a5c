import { expect } from '@open-wc/testing';
import { until } from '../test-support/backend.js';
import { StreamingWavMedia, StreamStalledError, type RangeFetcher } from './streaming-wav-media.js';
import { decodePcm, parseWavHeader, WavFormatError } from './wav.js';
import { timeStretch } from './time-stretch.js';
import { mergeChannels } from './waveform.js';
import { recheckDelay } from './recording-states.js';
import { syntheticRecording } from './test-support/synthetic-recording.js';

const recording = syntheticRecording({ durationSeconds: 30 });

function fetcherOf(rec = recording, log: [number, number][] = []): RangeFetcher {
  return async (start, end, signal) => {
    signal.throwIfAborted();
    log.push([start, end]);
    const bytes = rec.read(start, end);
    return { bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, total: rec.size };
  };
}

const opened: StreamingWavMedia[] = [];
function media(fetchRange: RangeFetcher = fetcherOf(), extra: Partial<ConstructorParameters<typeof StreamingWavMedia>[0]> = {}) {
  const m = new StreamingWavMedia({ fetchRange, duration: recording.durationSeconds, ...extra });
  m.muted = true;
  opened.push(m);
  return m;
}

describe('recording-player media', () => {
  afterEach(() => {
    opened.splice(0).forEach((m) => m.destroy());
  });

  describe('WAV', () => {
    it('reads the header and turns 16-bit frames into samples per channel', () => {
      const bytes = recording.read(0, 44 + 4 * 100 - 1);
      const format = parseWavHeader(bytes.slice().buffer);
      expect(format).to.include({ encoding: 'int', channels: 2, sampleRate: 8000, bitsPerSample: 16, blockAlign: 4, dataOffset: 44 });
      expect(format.dataSize).to.equal(recording.size - 44);
      const [left, right] = decodePcm(bytes.slice(44).buffer, format);
      expect(left!.length).to.equal(100);
      expect(right!.length).to.equal(100);
      expect(Math.max(...left!.map(Math.abs))).to.be.below(1);
    });

    it('refuses what is not PCM WAV', () => {
      expect(() => parseWavHeader(new TextEncoder().encode('ID3 not a wav file at all').buffer)).to.throw(WavFormatError);
    });
  });

  describe('time stretch', () => {
    it('makes speech 2× shorter or longer without losing its start and end samples', () => {
      const input = new Float32Array(8000).map((_, i) => Math.sin((2 * Math.PI * 180 * i) / 8000) * (i < 4000 ? 0.5 : 0.2));
      for (const rate of [0.5, 0.75, 1.5, 2]) {
        const out = timeStretch(input, rate, 8000);
        expect(out.length, `rate ${rate}`).to.equal(Math.round(8000 / rate));
        expect(out[0]).to.be.closeTo(input[0]!, 1e-6);
        expect(out[out.length - 1]).to.be.closeTo(input[input.length - 1]!, 1e-6);
        // Pitch is kept: the tone still crosses zero about 360 times a second of output.
        const crossings = out.slice(1).filter((v, i) => Math.sign(v) !== Math.sign(out[i]!)).length;
        expect(crossings / (out.length / 8000), `rate ${rate}`).to.be.within(300, 420);
      }
      expect(timeStretch(input, 1, 8000)).to.equal(input);
    });
  });

  it('merges two channels into one lane of the louder value', () => {
    expect(mergeChannels([[0.1, -0.5, 0], [-0.3, 0.2, 0]])).to.deep.equal([0.3, 0.5, 0]);
    expect(mergeChannels([[0.2]])).to.deep.equal([0.2]);
  });

  describe('re-check schedule', () => {
    const status = (state: string, next: string | null = null) => ({ ...recording.status(), state, nextAutomaticAttemptAt: next }) as never;
    it('backs off from 5 s to a 2-minute cap with jitter, and never re-checks final states', () => {
      const mid = () => 0.5;
      expect([0, 1, 2, 3, 4, 5, 9].map((a) => recheckDelay(status('media_in_progress'), a, 0, mid))).to.deep.equal([5000, 10000, 20000, 40000, 80000, 120000, 120000]);
      expect(recheckDelay(status('fetching_in_progress'), 0, 0, () => 0)).to.equal(4000);
      expect(recheckDelay(status('fetching_in_progress'), 0, 0, () => 0.999)).to.be.closeTo(6000, 5);
      expect(recheckDelay(status('call_in_progress'), 0, 0, mid)).to.equal(30000);
      for (const state of ['available', 'failed', 'retry_failed', 'partial_failed', '24hr_retry_failed', 'retention_deleted', 'recording_disabled']) {
        expect(recheckDelay(status(state), 0), state).to.equal(null);
      }
    });
    it("checks just after the backend's own next attempt when that comes sooner", () => {
      const now = Date.parse('2026-01-01T00:00:00Z');
      expect(recheckDelay(status('media_in_progress', '2026-01-01T00:00:30Z'), 3, now, () => 0.5)).to.equal(31500);
      expect(recheckDelay(status('media_in_progress', '2026-01-01T01:00:00Z'), 0, now, () => 0.5)).to.equal(5000);
    });
  });

  describe('StreamingWavMedia', () => {
    it('fetches nothing until played, then streams small byte ranges and advances its clock', async () => {
      const log: [number, number][] = [];
      const m = media(fetcherOf(recording, log));
      expect(m.duration).to.equal(30);
      expect(m.paused).to.be.true;
      expect(log).to.have.length(0);
      const events: string[] = [];
      for (const type of ['play', 'playing', 'timeupdate', 'pause']) m.addEventListener(type, () => events.push(type));
      await m.play();
      expect(m.paused).to.be.false;
      await until(() => m.currentTime > 0.3, 'the clock to advance');
      m.pause();
      const at = m.currentTime;
      expect(events).to.include.members(['play', 'playing', 'timeupdate', 'pause']);
      // Header first, then ~6 s chunks of PCM — never the whole 30 s file.
      expect(log[0]).to.deep.equal([0, 65535]);
      expect(log.slice(1).every(([s, e]) => e - s + 1 <= 6 * 8000 * 4)).to.be.true;
      await new Promise((r) => setTimeout(r, 300));
      expect(m.currentTime).to.equal(at);
    });

    it('seeks while paused without fetching, and plays from there', async () => {
      const log: [number, number][] = [];
      const m = media(fetcherOf(recording, log));
      m.currentTime = 20;
      expect(m.currentTime).to.equal(20);
      expect(log).to.have.length(0);
      m.currentTime = 99;
      expect(m.currentTime).to.equal(30);
      m.currentTime = 20;
      await m.play();
      await until(() => m.currentTime > 20.2, 'playing from 20 s');
      const chunkStarts = log.slice(1).map(([s]) => (s - 44) / 4 / 8000);
      expect(chunkStarts[0]).to.equal(18); // the 6-second chunk that holds 0:20
    });

    it('plays to the end, then reports ended and restarts from 0 on the next play', async () => {
      const m = media();
      m.currentTime = 29.6;
      const ended = new Promise((r) => m.addEventListener('ended', r, { once: true }));
      await m.play();
      await ended;
      expect(m.ended).to.be.true;
      expect(m.paused).to.be.true;
      expect(m.currentTime).to.equal(30);
      await m.play();
      expect(m.currentTime).to.be.below(1);
    });

    it('changes speed without stopping, and applies volume and mute', async () => {
      const m = media();
      await m.play();
      m.playbackRate = 2;
      expect(m.playbackRate).to.equal(2);
      expect(m.paused).to.be.false;
      const from = m.currentTime;
      await until(() => m.currentTime > from + 0.5, 'playing at 2×');
      m.volume = 0.25;
      m.muted = false;
      expect(m.volume).to.equal(0.25);
      expect(m.muted).to.be.false;
      m.volume = 7;
      expect(m.volume).to.equal(1);
    });

    it('reports a failed audio request as an error and plays again on retry', async () => {
      let fail = true;
      const ok = fetcherOf();
      const m = media(async (start, end, signal) => {
        if (fail && start > 0) throw new Error('HTTP 500');
        return ok(start, end, signal);
      });
      const error = new Promise((r) => m.addEventListener('error', r, { once: true }));
      const played = m.play();
      await error;
      await played.then(
        () => expect.fail('play() should reject'),
        (e: Error) => expect(e.message).to.equal('HTTP 500'),
      );
      expect(m.error?.message).to.equal('HTTP 500');
      expect(m.paused).to.be.true;
      fail = false;
      await m.play();
      expect(m.error).to.equal(null);
      expect(m.paused).to.be.false;
    });

    it('turns a stream that stops delivering into a stalled error', async () => {
      const ok = fetcherOf();
      const m = media((start, end, signal) => (start > 0 ? new Promise(() => {}) : ok(start, end, signal)), { stallTimeoutMs: 400 });
      const error = new Promise((r) => m.addEventListener('error', r, { once: true }));
      m.play().catch(() => undefined);
      await error;
      expect(m.error).to.be.instanceOf(StreamStalledError);
    });

    it('takes its slice when a server ignores Range and answers the whole file', async () => {
      const whole = recording.read(0, recording.size - 1);
      const m = media(async () => ({ bytes: whole.slice().buffer, total: recording.size }));
      m.currentTime = 12;
      await m.play();
      await until(() => m.currentTime > 12.2, 'playing');
      expect(m.error).to.equal(null);
    });

    it('closes everything on destroy', async () => {
      const before = StreamingWavMedia.liveInstances;
      const m = media();
      expect(StreamingWavMedia.liveInstances).to.equal(before + 1);
      await m.play();
      m.destroy();
      expect(StreamingWavMedia.liveInstances).to.equal(before);
      expect(m.paused).to.be.true;
      await m.play().then(
        () => expect.fail('a destroyed media cannot play'),
        (e: DOMException) => expect(e.name).to.equal('InvalidStateError'),
      );
    });
  });
});
