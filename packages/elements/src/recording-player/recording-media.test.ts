// <recording-player>'s audio against a test backend we control (a service worker answering crafted
// media responses, see testing/media-backend.ts): every encoding a backend may serve, broken answers,
// and signed URLs that expire. Chromium runs with --autoplay-policy=no-user-gesture-required.
import { expect } from '@open-wc/testing';
import type { RecordingPlayer } from './recording-player.js';
import { until } from '../test-support/backend.js';
import { openMediaBackend, type MediaBackend } from './testing/media-backend.js';
import { stubClient, type StubOptions } from './testing/stub-client.js';
import { syntheticRecording, type WavEncoding } from './testing/synthetic-recording.js';

const WAIT = 15_000;
let backend: MediaBackend;

const $ = <T extends Element = HTMLElement>(el: RecordingPlayer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const audioOf = (el: RecordingPlayer) => $<HTMLAudioElement>(el, 'audio')!;
const mediaError = (el: RecordingPlayer) => $(el, '.media-error');
const inAMinute = () => new Date(Date.now() + 60_000).toISOString();

async function mount(options: StubOptions & { seconds?: number }) {
  const recording = syntheticRecording({ durationSeconds: options.seconds ?? 20 });
  const stub = stubClient({ ...options, recording });
  const el = await backend.mount((player) => {
    player.client = stub.client;
    player.conversationId = 'conv_media';
  });
  await until(() => $(el, '.controls'), 'the player', WAIT);
  return { el, ...stub };
}

async function playMuted(el: RecordingPlayer) {
  $<HTMLButtonElement>(el, 'button.mute')!.click();
  return el.play().then(
    () => 'playing',
    (error: DOMException) => error.name,
  );
}

/** Loudness of what the <audio> element outputs, measured through Web Audio (nothing reaches the speakers). */
function listen(el: RecordingPlayer) {
  const win = backend.window;
  const context = new win.AudioContext();
  const analyser = context.createAnalyser();
  const silent = context.createGain();
  silent.gain.value = 0;
  context.createMediaElementSource(audioOf(el)).connect(analyser).connect(silent).connect(context.destination);
  const samples = new Float32Array(analyser.fftSize);
  return {
    /** Root mean square of the output over `ms` of playback. */
    async rms(ms = 400): Promise<number> {
      let sum = 0;
      let n = 0;
      const end = performance.now() + ms;
      while (performance.now() < end) {
        analyser.getFloatTimeDomainData(samples);
        for (const v of samples) sum += v * v;
        n += samples.length;
        await new Promise((r) => setTimeout(r, 40));
      }
      return Math.sqrt(sum / n);
    },
    close: () => context.close(),
  };
}

describe('<recording-player> media', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(150_000); // a loaded machine: the frame compiles the element's modules
    backend = await openMediaBackend();
  });
  after(() => backend.close());
  afterEach(() => backend.window.document.body.replaceChildren());

  describe('encodings a backend may serve', () => {
    const encodings: [string, () => string, number][] = [
      ...(['pcm16', 'mulaw', 'alaw'] as WavEncoding[]).map((encoding): [string, () => string, number] => [`${encoding} WAV`, () => backend.media('wav', { encoding, seconds: 20 }), 20]),
      ['FLAC', () => backend.media('flac'), 8],
    ];
    for (const [encoding, source, seconds] of encodings) {
      it(`plays ${encoding}: the sound is loud where a turn is and quiet between turns`, async () => {
        const url = source();
        const { el, recording } = await mount({ mediaUrl: () => ({ url, expiresAt: inAMinute() }), seconds });
        const ear = listen(el);
        try {
          const turn = recording.turns.find((t) => t.end - t.start > 2)!;
          el.seek(turn.start + 0.4);
          expect(await el.play().then(() => 'playing')).to.equal('playing'); // not muted: the analyser hears it
          await until(() => el.currentTime > turn.start + 0.5, 'playback in the turn', WAIT);
          const loud = await ear.rms(300);
          const gap = recording.turns.findIndex((t) => t === turn);
          const next = recording.turns[gap + 1]!;
          el.seek(turn.end + Math.min(0.15, (next.start - turn.end) / 4));
          await new Promise((r) => setTimeout(r, 80));
          const quiet = await ear.rms(Math.min(250, ((next.start - turn.end) / 2) * 1000));
          expect(loud, `${encoding}: loud ${loud.toFixed(4)} vs quiet ${quiet.toFixed(4)}`).to.be.greaterThan(quiet * 8);
          expect(audioOf(el).duration).to.be.closeTo(recording.durationSeconds, 0.05);
          expect(mediaError(el)).to.equal(null);
          el.pause();
        } finally {
          await ear.close();
        }
      });
    }

  });

  describe('broken answers end in a readable error with Retry', () => {
    for (const broken of ['html', 'json'] as const) {
      it(`a 200 with a${broken === 'html' ? 'n HTML' : ' JSON'} body: the error and Retry, then Retry plays once the backend is fixed`, async () => {
        let url = backend.media(broken);
        const heapBefore = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
        const { el, calls } = await mount({ mediaUrl: () => ({ url, expiresAt: inAMinute() }) });
        expect(await playMuted(el)).to.not.equal('playing');
        await until(() => mediaError(el), 'the audio error', WAIT);
        expect(mediaError(el)!.getAttribute('role')).to.equal('alert');
        expect(mediaError(el)!.textContent).to.contain('The audio could not be loaded. Please retry.');
        expect(calls.mediaUrl, 'one automatic re-sign, then the error').to.equal(2);
        expect(el.paused).to.be.true;
        // The page stayed responsive and small (the old engine froze the tab and grew past 1 GB).
        const heapAfter = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
        expect(heapAfter - heapBefore).to.be.below(64 * 1024 * 1024);
        url = backend.media('wav', { seconds: 20 });
        mediaError(el)!.querySelector('button')!.click();
        await until(() => !el.paused && el.currentTime > 0.2, 'playing after Retry', WAIT);
        await el.updateComplete;
        expect(mediaError(el)).to.equal(null);
        el.pause();
      });
    }

    it('a short 206 (less body than its Content-Range says, every time): the error with Retry', async () => {
      const Player = backend.window.customElements.get('recording-player') as unknown as typeof RecordingPlayer;
      const stall = Player.stallTimeoutMs;
      Player.stallTimeoutMs = 2_000;
      try {
        const url = backend.media('short', { seconds: 20 });
        const { el } = await mount({ mediaUrl: () => ({ url, expiresAt: inAMinute() }) });
        void playMuted(el);
        await until(() => mediaError(el), 'the audio error', WAIT);
        expect(mediaError(el)!.textContent).to.match(/The audio could not be loaded\. Please retry\.|The audio stopped loading\. Check your connection, then retry\./);
        expect(mediaError(el)!.querySelector('button')!.textContent!.trim()).to.equal('Retry');
        expect(el.paused).to.be.true;
      } finally {
        Player.stallTimeoutMs = stall;
      }
    });

    it('a stream that stops delivering while playing: "stopped loading" with Retry, not a silent dead player', async () => {
      const Player = backend.window.customElements.get('recording-player') as unknown as typeof RecordingPlayer;
      const stall = Player.stallTimeoutMs;
      Player.stallTimeoutMs = 1_500;
      try {
        let url = backend.media('hang', { seconds: 60 });
        const { el } = await mount({ mediaUrl: () => ({ url, expiresAt: inAMinute() }), seconds: 60 });
        void playMuted(el);
        await until(() => mediaError(el), 'the stalled message', WAIT);
        expect(mediaError(el)!.textContent).to.contain('The audio stopped loading. Check your connection, then retry.');
        const at = el.currentTime;
        url = backend.media('wav', { seconds: 60 });
        mediaError(el)!.querySelector('button')!.click();
        await until(() => !el.paused && el.currentTime > at + 0.2, 'playing after Retry', WAIT);
        // Retry continues from where the audio stopped.
        expect(el.currentTime).to.be.below(at + 3);
        el.pause();
      } finally {
        Player.stallTimeoutMs = stall;
      }
    });
  });

  describe('signed URLs that expire', () => {
    /** Leases that stop working `lifetimeMs` after they are handed out (the backend answers 403 then). */
    const expiring = (lifetimeMs: number, seconds: number) => () => {
      const expires = Date.now() + lifetimeMs;
      return { url: backend.media('wav', { seconds, expires }), expiresAt: new Date(expires).toISOString() };
    };

    it('a URL that expires while playing is replaced before the next range is asked for, and playback continues from the same place', async () => {
      const { el, calls } = await mount({ mediaUrl: expiring(2_500, 900), seconds: 900 });
      expect(await playMuted(el)).to.equal('playing');
      const first = audioOf(el).src;
      await new Promise((r) => setTimeout(r, 3_000)); // the first URL has expired
      el.seek(700); // far beyond what is buffered: a new range request
      await until(() => el.currentTime > 700.3 && !el.paused, 'playing at 11:40 with a new URL', WAIT);
      expect(el.currentTime).to.be.below(705);
      expect(audioOf(el).src).to.not.equal(first);
      expect(mediaError(el)).to.equal(null);
      expect(calls.mediaUrl).to.be.at.least(2);
      el.pause();
    });

    it('a 403 on a URL the player still thought valid (clocks disagree) is signed again once, and playback continues from the same place', async () => {
      // The backend's URL stops working after 2.5 s, but the lease claims a minute.
      const lease = () => ({ ...expiring(2_500, 900)(), expiresAt: inAMinute() });
      const { el, calls } = await mount({ mediaUrl: lease, seconds: 900 });
      expect(await playMuted(el)).to.equal('playing');
      await new Promise((r) => setTimeout(r, 3_000));
      el.seek(700);
      await until(() => el.currentTime > 700.3 && !el.paused, 'playing at 11:40 after the re-sign', WAIT);
      expect(el.currentTime).to.be.below(705);
      expect(mediaError(el)).to.equal(null);
      expect(calls.mediaUrl).to.equal(2);
      expect((await backend.log()).some((r) => r.status === 403), 'the backend refused the old URL').to.be.true;
      el.pause();
    });

    it('a URL that expired while paused is replaced on Play, keeping the position', async () => {
      const { el, calls } = await mount({ mediaUrl: expiring(1_500, 900), seconds: 900 });
      expect(await playMuted(el)).to.equal('playing');
      el.pause();
      el.seek(400);
      const first = audioOf(el).src;
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await el.play().then(() => 'playing')).to.equal('playing');
      expect(audioOf(el).src).to.not.equal(first);
      expect(el.currentTime).to.be.within(400, 404);
      expect(calls.mediaUrl).to.equal(2);
      expect(mediaError(el)).to.equal(null);
      el.pause();
    });
  });
});
