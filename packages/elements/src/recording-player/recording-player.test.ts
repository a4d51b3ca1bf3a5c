// <recording-player> against the real reference server (started by web-test-runner.config.mjs).
// Chromium runs with --autoplay-policy=no-user-gesture-required; playback is muted anyway.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { RecordingState, TranscriptItem } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import './recording-player.define.js';
import { RecordingPlayer } from './recording-player.js';
import { TimeUpdateEvent } from './events.js';
import { transcriptRegions } from './transcript-regions.js';
import { en } from '../i18n/messages.js';

type Client = ReturnType<typeof testClient>;

const shadow = (el: RecordingPlayer) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: RecordingPlayer, selector: string) => shadow(el).querySelector<T>(selector);
/** The native <audio> element the player plays through (in its shadow root). */
const audioOf = (el: RecordingPlayer) => $<HTMLAudioElement>(el, 'audio');
const slider = (el: RecordingPlayer) => $(el, '[role="slider"]')!;
const counters = (el: RecordingPlayer) => $(el, '.counters')!.textContent!.replace(/\s+/g, ' ').trim();
const message = (el: RecordingPlayer) => $(el, '.recording-state .state-message')?.textContent?.trim();
const STATE_WAIT = 15_000;
/** The first request for a recording's peaks synthesizes its audio on the server: allow for that. */
const WAVE_WAIT = 60_000;

async function waveformReady(el: RecordingPlayer) {
  await until(() => $(el, '[role="slider"]')?.getAttribute('aria-busy') === 'false', 'the waveform to be painted', WAVE_WAIT);
}

async function mount(id: string, client: Client = testClient('analyst'), extra = html``) {
  const el = await fixture<RecordingPlayer>(html`<div style="width: 900px">
    <recording-player conversation-id=${id} .client=${client}></recording-player>${extra}
  </div>`).then((wrap) => wrap.querySelector('recording-player')!);
  return el;
}

async function mutedAndPlaying(el: RecordingPlayer) {
  $<HTMLButtonElement>(el, 'button.mute')!.click();
  const from = el.currentTime;
  await el.play();
  await until(() => el.currentTime > from + 0.2, 'playback to advance', STATE_WAIT);
}

/** Conversation ids per recording state, found by listing voice conversations (newest first). */
const found = new Map<string, string[]>();
async function findStates(wanted: string[], minimum: Partial<Record<string, number>> = {}): Promise<void> {
  const client = testClient('admin');
  const missing = () => wanted.filter((s) => (found.get(s)?.length ?? 0) < (minimum[s] ?? 1));
  for await (const page of client.conversations.pages({ channel: ['voice'], limit: 100 })) {
    const statuses = await Promise.all(page.items.map(async (c) => [c.id, (await client.recordings.state(c.id)).state] as const));
    for (const [id, state] of statuses) found.set(state, [...(found.get(state) ?? []), id]);
    if (!missing().length) return;
  }
}
const idFor = (state: RecordingState, index = 0) => {
  const id = found.get(state)?.[index];
  if (!id) throw new Error(`The seeded data has no voice conversation in state ${state}`);
  return id;
};

describe('<recording-player> with the reference server', function () {
  this.timeout(120_000);

  before(async function () {
    this.timeout(120_000);
    await findStates(
      ['available', 'partial_download_failed', 'partial_upload_failed', 'partial_failed', 'initial_fetch_failed', 'retry_failed', '24hr_retry_failed', 'failed', 'media_unavailable', 'retention_deleted', 'recording_disabled'],
      { available: 6 },
    );
  });

  describe('loading and playback', () => {
    it('draws the waveform from the precomputed peaks, shows the total duration, and loads audio natively from a signed URL', async () => {
      const client = testClient('analyst');
      const signed: string[] = [];
      const original = client.recordings.mediaUrl.bind(client.recordings);
      client.recordings.mediaUrl = async (id, params, options) => {
        signed.push(params.representation);
        return original(id, params, options);
      };
      const el = await mount(idFor('available'), client);
      await waveformReady(el);
      const status = await client.recordings.state(idFor('available'));
      // A real waveform: wavesurfer drew canvases inside the slider.
      const wave = $(el, '.waveform > div')!;
      expect(wave.shadowRoot!.querySelectorAll('canvas').length).to.be.greaterThan(0);
      expect(counters(el)).to.equal(`Duration ${el.format.clock(status.durationSeconds)}`);
      expect(slider(el).getAttribute('aria-valuetext')).to.equal(`0:00 of ${el.format.clock(status.durationSeconds)}`);
      // One signed URL for the audio, handed to a native <audio> element; no token in it.
      await until(() => audioOf(el)?.readyState, 'the audio header');
      expect(signed).to.deep.equal(['audio']);
      const src = new URL(audioOf(el)!.src);
      expect(src.pathname).to.match(/\/recording\/audio$/);
      expect(src.searchParams.get('signature')).to.be.a('string');
      expect(src.search).to.not.contain('access_token');
      expect(audioOf(el)!.duration).to.be.closeTo(status.durationSeconds!, 0.1);
      await expect(el).to.be.accessible();
    });

    it('plays and pauses, counting elapsed and remaining time, and fires time-update as it goes', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      const updates: TimeUpdateEvent[] = [];
      const listener = (e: TimeUpdateEvent) => updates.push(e);
      document.addEventListener('time-update', listener); // bubbles and is composed: the page hears it
      try {
        expect($(el, 'button.play')!.getAttribute('aria-label')).to.equal('Play');
        await mutedAndPlaying(el);
        await until(() => updates.filter((e) => e.playing).length >= 3, 'time updates while playing');
        expect(updates.at(-1)).to.be.instanceOf(TimeUpdateEvent);
        const times = updates.filter((e) => e.playing).map((e) => e.currentTime);
        expect(times.at(-1)!).to.be.greaterThan(times[0]!);
        await el.updateComplete;
        expect($(el, 'button.play')!.getAttribute('aria-label')).to.equal('Pause');
        expect(counters(el)).to.match(/^Elapsed 0:0\d Remaining -\d+:\d\d$/);
        el.pause();
        const last = updates.at(-1)!;
        expect(last.playing).to.be.false;
        const at = el.currentTime;
        await new Promise((r) => setTimeout(r, 400));
        expect(el.currentTime).to.equal(at);
        await el.updateComplete;
        expect($(el, 'button.play')!.getAttribute('aria-label')).to.equal('Play');
      } finally {
        document.removeEventListener('time-update', listener);
      }
    });

    it('skips back and forward 10 s with the buttons, and seeks from the keyboard on the waveform', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      el.seek(30);
      $<HTMLButtonElement>(el, 'button.forward')!.click();
      expect(el.currentTime).to.equal(40);
      $<HTMLButtonElement>(el, 'button.back')!.click();
      $<HTMLButtonElement>(el, 'button.back')!.click();
      expect(el.currentTime).to.equal(20);
      slider(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.currentTime).to.equal(25);
      await sendKeys({ press: 'PageDown' });
      expect(el.currentTime).to.equal(15);
      await sendKeys({ press: 'Home' });
      expect(el.currentTime).to.equal(0);
      await sendKeys({ press: 'End' });
      expect(el.currentTime).to.equal(el.duration);
      await el.updateComplete;
      expect(slider(el).getAttribute('aria-valuenow')).to.equal(String(Math.round(el.duration)));
      // While playing, seeking keeps playing from the new place.
      el.seek(10);
      await mutedAndPlaying(el);
      $<HTMLButtonElement>(el, 'button.forward')!.click();
      await until(() => el.currentTime > 20.1, 'playing after the skip');
      expect(el.paused).to.be.false;
      el.pause();
    });

    it('seeks where the waveform is clicked', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      const box = $(el, '.waveform')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      const duration = el.duration;
      await until(() => Math.abs(el.currentTime - duration / 2) < duration * 0.02, 'the click to seek to the middle');
    });

    it('Space plays and pauses from the waveform', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      $<HTMLButtonElement>(el, 'button.mute')!.click();
      slider(el).focus();
      await sendKeys({ press: 'Space' });
      await until(() => !el.paused, 'playing');
      await sendKeys({ press: 'Space' });
      await until(() => el.paused, 'paused');
    });

    it('offers the usual speeds (0.5× to 2×) and changes speed without stopping', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      const select = $<HTMLSelectElement>(el, 'select.speed')!;
      expect(select.getAttribute('aria-label')).to.equal('Playback speed');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
      expect(select.value).to.equal('1');
      await mutedAndPlaying(el);
      select.value = '2';
      select.dispatchEvent(new Event('change'));
      expect(audioOf(el)!.playbackRate).to.equal(2);
      const from = el.currentTime;
      await until(() => el.currentTime > from + 1, 'playing at 2×');
      expect(el.paused).to.be.false;
      el.pause();
    });

    it('mutes, unmutes and sets the volume', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      const mute = $<HTMLButtonElement>(el, 'button.mute')!;
      const volume = $<HTMLInputElement>(el, 'input.volume')!;
      expect(mute.getAttribute('aria-label')).to.equal('Mute');
      expect(volume.getAttribute('aria-label')).to.equal('Volume');
      mute.click();
      await el.updateComplete;
      expect(mute.getAttribute('aria-pressed')).to.equal('true');
      expect(audioOf(el)!.muted).to.be.true;
      expect(volume.value).to.equal('0');
      mute.click();
      await el.updateComplete;
      expect(audioOf(el)!.muted).to.be.false;
      volume.value = '40';
      volume.dispatchEvent(new Event('input'));
      expect(audioOf(el)!.volume).to.equal(0.4);
    });

    it('keeps a seek() made before the recording has loaded, and clamps seek() to the recording', async () => {
      const el = document.createElement('recording-player');
      el.client = testClient('analyst');
      el.conversationId = idFor('available');
      el.seek(12);
      document.body.append(el);
      try {
        await waveformReady(el);
        expect(el.currentTime).to.equal(12);
        el.seek(-5);
        expect(el.currentTime).to.equal(0);
        el.seek(1e9);
        expect(el.currentTime).to.equal(el.duration);
        // play() called before anything loads waits for the recording.
        el.conversationId = idFor('available', 1);
        $<HTMLButtonElement>(el, 'button.mute')?.click();
        await el.play();
        expect(el.paused).to.be.false;
        el.pause();
      } finally {
        el.remove();
      }
    });
  });

  describe('transcript sync', () => {
    it("is loud where the transcript's turns are, and seek()/time-update follow a turn", async () => {
      const client = testClient('analyst');
      const id = idFor('available');
      const [transcript, peaks] = await Promise.all([client.transcripts.get(id), client.recordings.peaks(id, { samplesPerSecond: 20 })]);
      const turns = (transcript.items as TranscriptItem[]).filter(
        (i): i is Extract<TranscriptItem, { kind: 'message' }> => i.kind === 'message' && i.offsetSeconds != null && (i.durationSeconds ?? 0) > 1,
      );
      expect(turns.length).to.be.greaterThan(2);
      // Mean peak of a channel over a time window.
      const level = (channel: number, from: number, to: number) => {
        const values = peaks.channels[channel]!.slice(Math.floor(from * 20), Math.ceil(to * 20));
        return values.reduce((a, b) => a + Math.abs(b), 0) / Math.max(1, values.length);
      };
      let louder = 0;
      for (const turn of turns) {
        const channel = turn.speaker === 'customer' ? 0 : 1;
        const start = turn.offsetSeconds!;
        const inside = level(channel, start, start + turn.durationSeconds!);
        const silence = level(channel === 0 ? 1 : 0, start + 0.2, start + turn.durationSeconds! - 0.2);
        if (inside > 2 * silence) louder++;
      }
      expect(louder / turns.length, 'turns whose speaker channel is louder than the other').to.be.greaterThan(0.8);

      const el = await mount(id, client);
      await waveformReady(el);
      const turn = turns[Math.min(2, turns.length - 1)]!;
      const seeked = oneEvent(el, 'time-update') as Promise<TimeUpdateEvent>;
      el.seek(turn.offsetSeconds! + 0.1);
      expect((await seeked).currentTime).to.be.closeTo(turn.offsetSeconds! + 0.1, 1e-6);
      await mutedAndPlaying(el);
      const playing = await new Promise<TimeUpdateEvent>((resolve) => {
        const on = (e: TimeUpdateEvent) => e.playing && e.currentTime > turn.offsetSeconds! + 0.3 && (el.removeEventListener('time-update', on), resolve(e));
        el.addEventListener('time-update', on);
      });
      expect(playing.currentTime).to.be.within(turn.offsetSeconds!, turn.offsetSeconds! + 5);
      el.pause();
    });
  });

  describe('downloads', () => {
    it('downloads a single .flac file and separate .flac files per channel, named by the server', async () => {
      const client = testClient('analyst');
      const downloads: { filename: string | null; contentType: string | null; size: number; channel?: string }[] = [];
      const original = client.recordings.download.bind(client.recordings);
      client.recordings.download = ((id, params = {}, options) =>
        original(id, params, options).map((file) => {
          downloads.push({ filename: file.filename, contentType: file.contentType, size: file.blob.size, channel: params.channel });
          return file;
        })) as typeof client.recordings.download;
      const saved: string[] = [];
      const onClick = (e: MouseEvent) => {
        const link = e.target as HTMLAnchorElement;
        if (link.tagName === 'A' && link.download) {
          saved.push(link.download);
          e.preventDefault(); // keep the test browser from writing files
        }
      };
      document.addEventListener('click', onClick, true);
      const id = idFor('available');
      const el = await mount(id, client);
      try {
        await waveformReady(el);
        const button = $<HTMLButtonElement>(el, '.download-button')!;
        await until(() => button.getAttribute('aria-disabled') === 'false', 'the permission to download');
        button.click();
        const menu = $(el, '[role="menu"]')!;
        expect(menu.matches(':popover-open')).to.be.true;
        expect([...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent!.trim())).to.deep.equal([
          'Download as a single file',
          'Download as separate files',
        ]);
        $<HTMLButtonElement>(el, '.download-single')!.click();
        await until(() => saved.length === 1, 'the single file', WAVE_WAIT); // the first download renders the FLAC
        const n = id.replace(/^conv_/, '');
        expect(saved[0]).to.match(new RegExp(`^recording-.*${n}.*\\.flac$`));
        expect(downloads[0]).to.include({ contentType: 'audio/flac', channel: 'all' });
        expect(downloads[0]!.size).to.be.greaterThan(1000);

        button.click();
        $<HTMLButtonElement>(el, '.download-separate')!.click();
        const dialog = $<HTMLDialogElement>(el, 'dialog.separate')!;
        expect(dialog.open).to.be.true;
        const boxes = [...dialog.querySelectorAll<HTMLInputElement>('input[name="channel"]')];
        expect(boxes.map((b) => b.checked)).to.deep.equal([true, true]);
        expect(boxes[0]!.closest('label')!.textContent).to.contain('Customer');
        expect(boxes[1]!.closest('label')!.textContent).to.contain('Agent');
        dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await until(() => saved.length === 3, 'two separate files', WAVE_WAIT);
        expect(saved.slice(1)).to.deep.equal([saved[0]!.replace('.flac', '-customer.flac'), saved[0]!.replace('.flac', '-agent.flac')]);
        expect(downloads.slice(1).map((d) => [d.channel, d.contentType])).to.deep.equal([
          ['0', 'audio/flac'],
          ['1', 'audio/flac'],
        ]);
      } finally {
        document.removeEventListener('click', onClick, true);
      }
    });

    it('keeps Download inactive, with the reason, for a user without recordings.download', async () => {
      const el = await mount(idFor('available'), testClient('viewer'));
      await waveformReady(el);
      const button = $<HTMLButtonElement>(el, '.download-button')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.focus();
      await until(() => button.getAttribute('aria-describedby'), 'the reason');
      expect(shadow(el).getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'You do not have permission to perform this action. Contact your administrator.',
      );
    });
  });

  describe('states', () => {
    const spec: [RecordingState, string][] = [
      ['partial_download_failed', 'Unable to fetch the recording. Please click the button below to retry.'],
      ['partial_upload_failed', 'Unable to fetch the recording. Please click the button below to retry.'],
      ['partial_failed', 'Unable to fetch the recording. Please click the button below to retry.'],
      ['initial_fetch_failed', 'We couldn’t load the call recording. Please try again.'],
      ['retry_failed', 'Still unable to fetch the recording. Please try again after 15 minutes.'],
      ['24hr_retry_failed', 'We couldn’t generate the call recording due to a technical issue. Please contact your administrator for assistance.'],
      ['failed', 'Media generation failed due to a technical issue. Please contact your administrator.'],
      ['media_unavailable', 'No audio recording found on the server. Please contact your administrator.'],
      ['retention_deleted', 'Recording not available. It may have been deleted as per your data retention policy.'],
      ['recording_disabled', 'Call recording is disabled for this conversation, so no recording is available.'],
    ];
    it("shows each state in the seeded data with the spec's exact message (Retry where the spec offers it)", async () => {
      for (const [state, text] of spec) {
        const el = await mount(idFor(state));
        await until(() => message(el), `the ${state} message`, STATE_WAIT);
        expect(message(el), state).to.equal(text);
        const retry = Boolean($(el, '.recording-state button.retry'));
        expect(retry, `Retry for ${state}`).to.equal(['partial_download_failed', 'partial_upload_failed', 'partial_failed', 'initial_fetch_failed', 'retry_failed'].includes(state));
        el.parentElement!.remove();
      }
    });

    it('Retry asks the backend to fetch again, shows progress, and then the generating message', async () => {
      // The oldest partial_* conversation, so other elements' tests that use the newest are undisturbed.
      const candidates = ['partial_failed', 'partial_download_failed', 'partial_upload_failed', 'initial_fetch_failed'].flatMap((s) => found.get(s) ?? []);
      const id = candidates.sort().at(0)!;
      const client = testClient('analyst');
      const el = await mount(id, client);
      await until(() => $(el, 'button.retry'), 'Retry', STATE_WAIT);
      const changes: string[] = [];
      el.addEventListener('recording-state-change', (e) => changes.push(e.detail.state));
      $<HTMLButtonElement>(el, 'button.retry')!.click();
      await el.updateComplete;
      expect($(el, 'button.retry')?.textContent?.trim()).to.equal('Retrying…');
      await until(() => changes.length, 'the new state', STATE_WAIT);
      expect(changes[0]).to.equal('fetching_in_progress');
      expect(message(el)).to.equal('Generating your call recording... This may take a few minutes. Please wait.');
      expect($(el, '[role="progressbar"]')).to.not.equal(null);
      expect((await client.recordings.state(id)).state).to.equal('fetching_in_progress');
      await expect(el).to.be.accessible();
    });

    it('says a chat conversation has no recording', async () => {
      const client = testClient('analyst');
      const chat = (await client.conversations.list({ channel: ['chat'], limit: 1 })).items[0]!;
      const el = await mount(chat.id, client);
      await until(() => $(el, '.recording-state'), 'the message', STATE_WAIT);
      expect($(el, '.recording-state')!.textContent!.trim()).to.equal('This conversation has no call recording.');
    });
  });

  describe('resilience', () => {
    it('shows a 404 on the peaks as a readable message with Retry, and Retry draws the waveform', async () => {
      const client = testClient('analyst');
      const peaks = client.recordings.peaks.bind(client.recordings);
      let broken = true;
      client.recordings.peaks = (id, params, options) => peaks(broken ? 'conv_999999' : id, params, options);
      const el = await mount(idFor('available'), client);
      await until(() => $(el, '.wave-area [role="alert"]'), 'the peaks error', STATE_WAIT);
      expect($(el, '.wave-area [role="alert"]')!.textContent).to.contain('We couldn’t load the waveform of this recording.');
      broken = false;
      $<HTMLButtonElement>(el, '.wave-area [role="alert"] button')!.click();
      await waveformReady(el);
    });

    it('shows audio the backend refuses (a bad signature) with Retry, and Retry plays', async () => {
      const client = testClient('analyst');
      const sign = client.recordings.mediaUrl.bind(client.recordings);
      let broken = true;
      let signed = 0;
      client.recordings.mediaUrl = async (id, params, options) => {
        signed++;
        const lease = await sign(id, params, options);
        return broken ? { ...lease, url: lease.url.replace(/signature=[^&]+/, 'signature=forged') } : lease;
      };
      const el = await mount(idFor('available'), client);
      await waveformReady(el);
      $<HTMLButtonElement>(el, 'button.mute')!.click();
      const played = await el.play().then(() => 'played', (e: DOMException) => e.name);
      expect(played).to.not.equal('played');
      await until(() => $(el, '.media-error'), 'the audio error', STATE_WAIT);
      expect($(el, '.media-error')!.getAttribute('role')).to.equal('alert');
      expect($(el, '.media-error')!.textContent).to.contain('The audio could not be loaded. Please retry.');
      expect(signed, 'signed once more automatically before giving up').to.equal(2);
      broken = false;
      $<HTMLButtonElement>(el, '.media-error button')!.click();
      await until(() => !el.paused && el.currentTime > 0.1, 'playing after Retry', STATE_WAIT);
      await el.updateComplete;
      expect($(el, '.media-error')).to.equal(null);
      el.pause();
    });

    it('stops the audio when conversation-id changes, and 50 switches leave one audio element', async () => {
      const [a, b] = [idFor('available'), idFor('available', 1)];
      const el = await mount(a);
      await waveformReady(el);
      await mutedAndPlaying(el);
      const first = audioOf(el)!;
      el.conversationId = b;
      await el.updateComplete;
      // The old element is stopped, emptied (no source, nothing buffered) and gone.
      expect(first.paused).to.be.true;
      expect(first.isConnected).to.be.false;
      expect(first.getAttribute('src')).to.equal(null);
      expect(first.readyState).to.equal(HTMLMediaElement.HAVE_NOTHING);
      expect(first.buffered.length).to.equal(0);
      await waveformReady(el);
      expect(shadow(el).querySelectorAll('audio').length).to.equal(1);
      for (let i = 0; i < 50; i++) {
        el.conversationId = i % 2 ? b : a;
        await el.updateComplete;
        if (i % 10 === 0) {
          await waveformReady(el);
          await el.play();
        }
      }
      await waveformReady(el);
      expect(shadow(el).querySelectorAll('audio').length).to.equal(1);
      // One waveform, not fifty.
      expect($(el, '.waveform')!.children.length).to.equal(1);
    });

    it('stops the audio and releases it when removed from the page', async () => {
      const el = await mount(idFor('available'));
      await waveformReady(el);
      await mutedAndPlaying(el);
      const audio = audioOf(el)!;
      el.remove();
      expect(audio.paused).to.be.true;
      expect(audio.getAttribute('src')).to.equal(null);
      expect(shadow(el).querySelectorAll('audio').length).to.equal(0);
    });
  });

  describe('regions, marker and channels', () => {
    it('draws labelled regions and the shared time marker over the waveform', async () => {
      const el = await mount(idFor('available'));
      el.regions = [
        { start: 5, end: 12, kind: 'hold', label: 'Hold' },
        { start: 20, end: 21.4, kind: 'latency', label: 'E2E 1.4 s' },
      ];
      await waveformReady(el);
      const regions = [...shadow(el).querySelectorAll<HTMLElement>('.region')];
      expect(regions.map((r) => r.className)).to.deep.equal(['region kind-hold', 'region kind-latency']);
      expect(regions[0]!.textContent!.trim()).to.equal('Hold');
      const duration = el.duration;
      expect(parseFloat(regions[0]!.style.left)).to.be.closeTo((5 / duration) * 100, 0.01);
      expect([...shadow(el).querySelectorAll('ul[aria-label="Marked periods"] li')].map((li) => li.textContent)).to.deep.equal([
        'Hold: 0:05 to 0:12',
        'E2E 1.4 s: 0:20 to 0:21',
      ]);
      el.markTime(30);
      await el.updateComplete;
      expect(parseFloat($(el, '.marker')!.style.left)).to.be.closeTo((30 / duration) * 100, 0.01);
      el.markTime(null);
      await el.updateComplete;
      expect($(el, '.marker')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('turns a transcript into hold and ASR/Bot/TTS latency regions that sit between the turns', async () => {
      const client = testClient('analyst');
      // The first available recording whose transcript has AI-agent turns with latency marks.
      const hasMarks = (items: { kind: string }[]) => items.some((i) => (i as { latency?: { marks?: unknown } }).latency?.marks);
      let id = '';
      for (const candidate of found.get('available') ?? []) {
        if (hasMarks((await client.transcripts.get(candidate)).items)) {
          id = candidate;
          break;
        }
      }
      expect(id, 'an available recording with latency marks').to.not.equal('');
      const [transcript, status] = await Promise.all([client.transcripts.get(id), client.recordings.state(id)]);
      const regions = transcriptRegions(transcript.items, en);
      const messages = transcript.items.filter((i) => i.kind === 'message' && i.offsetSeconds != null);
      const withLatency = messages.filter((i) => (i as { latency?: { marks?: unknown } }).latency?.marks);
      const latency = regions.filter((r) => r.kind === 'latency');
      expect(latency.length).to.be.greaterThan(0);
      expect(latency.length).to.be.at.most(withLatency.length * 3);
      expect(latency.every((r) => /^(ASR|Bot|TTS) \d+(\.\d)? (ms|s)$/.test(r.label))).to.be.true;
      for (const r of regions) {
        expect(r.start).to.be.at.least(0);
        expect(r.end).to.be.at.most(status.durationSeconds! + 0.01);
      }
      // Each TTS marker ends just before its AI-agent turn's audio starts.
      for (const turn of withLatency) {
        const before = latency.filter((r) => r.label.startsWith('TTS') && r.end <= turn.offsetSeconds! + 0.05 && r.end > turn.offsetSeconds! - 1);
        expect(before.length, `TTS before the turn at ${turn.offsetSeconds}`).to.equal(1);
      }
      const holds = transcript.items.filter((i) => i.kind === 'hold' && i.offsetSeconds != null && i.durationSeconds);
      expect(regions.filter((r) => r.kind === 'hold').length).to.equal(holds.length);
    });

    it('shows the customer and agent channels as two labelled waveforms with split-channels', async () => {
      const client = testClient('supervisor');
      const id = idFor('available');
      const el = await mount(id, client);
      el.splitChannels = true;
      await waveformReady(el);
      const status = await client.recordings.state(id);
      const labels = [...shadow(el).querySelectorAll('.lane-label')].map((l) => l.textContent!.trim());
      expect(labels[0]).to.match(/^Customer/);
      expect(labels[1]).to.match(/^Agent/);
      if (status.channels[1]?.speaker) expect(labels[1]).to.equal(`Agent · ${status.channels[1].speaker}`);
      expect(el.hasAttribute('split-channels')).to.be.true;
      await expect(el).to.be.accessible();
    });
  });
});
