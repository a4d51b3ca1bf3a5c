// <recording-player> over a synthetic recording served by the benchmark's API (bench/player-load.bench.mjs):
// time from connection to a painted waveform and the heap it holds, against the naive path of
// fetching and decoding the whole file with wavesurfer.js before drawing.
import '../../packages/elements/src/recording-player/recording-player.define.js';
import { createClient } from '@conversations-kit/sdk';
import type { RecordingPlayer } from '../../packages/elements/src/recording-player/recording-player.js';
import type { Capabilities } from '../../packages/elements/src/context/contexts.js';

const capabilities = {
  user: { id: 'bench', name: 'Bench', role: 'admin' },
  permissions: ['recordings.download'],
  features: {},
} as unknown as Capabilities;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

declare global {
  interface Window {
    benchPlayer(baseUrl: string, id: string): Promise<{ totalMs: number; afterPeaksMs: number; peaksMs: number }>;
    benchPlayStart(): Promise<{ ms: number; at: number }>;
    benchNaive(baseUrl: string, id: string): Promise<{ totalMs: number }>;
    benchClear(): Promise<void>;
    benchSwitches(ids: string[], times: number): Promise<{ liveMedia: number }>;
  }
}

let player: RecordingPlayer | undefined;

window.benchClear = async () => {
  player?.remove();
  player = undefined;
  document.body.replaceChildren();
  await frame();
};

window.benchPlayer = async (baseUrl, id) => {
  await window.benchClear();
  const client = createClient({ baseUrl, token: 'bench-token' });
  let peaksStarted = 0;
  let peaksArrived = 0;
  const peaks = client.recordings.peaks.bind(client.recordings);
  client.recordings.peaks = async (...args) => {
    peaksStarted = performance.now();
    const result = await peaks(...args);
    peaksArrived = performance.now();
    return result;
  };
  const el = document.createElement('recording-player');
  el.style.width = '1200px';
  el.capabilities = capabilities;
  el.client = client;
  el.conversationId = id;
  const ready = new Promise((resolve) => el.addEventListener('waveform-ready', resolve, { once: true }));
  const started = performance.now();
  document.body.append(el);
  player = el;
  await ready;
  await frame();
  const painted = performance.now();
  return { totalMs: painted - started, afterPeaksMs: painted - peaksArrived, peaksMs: peaksArrived - peaksStarted };
};

/** Seeks into the middle of the recording and measures until it plays (muted). */
window.benchPlayStart = async () => {
  const el = player!;
  el.seek(3600);
  (el.shadowRoot!.querySelector('button.mute') as HTMLButtonElement).click();
  const started = performance.now();
  await el.play();
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const at = await new Promise<number>((resolve) => el.addEventListener('time-update', (e) => resolve(e.currentTime), { once: true }));
  el.pause();
  return { ms, at };
};

window.benchNaive = async (baseUrl, id) => {
  await window.benchClear();
  const { default: WaveSurfer } = await import('wavesurfer.js');
  const container = document.createElement('div');
  container.style.width = '1200px';
  document.body.append(container);
  const started = performance.now();
  const ws = WaveSurfer.create({
    container,
    url: `${baseUrl}/v1/conversations/${id}/recording/audio`,
    fetchParams: { headers: { authorization: 'Bearer bench-token' } },
    height: 72,
    splitChannels: [{}, {}],
  });
  await new Promise((resolve, reject) => {
    ws.once('redrawcomplete', resolve);
    ws.once('error', reject);
  });
  await frame();
  const totalMs = performance.now() - started;
  (window as unknown as { naive: unknown }).naive = ws; // keep it alive for the heap reading
  return { totalMs };
};

/** Switches `conversation-id` `times` times, playing each recording briefly (muted); returns the <audio> elements left. */
window.benchSwitches = async (ids, times) => {
  const el = player!;
  for (let i = 0; i < times; i++) {
    el.conversationId = ids[i % ids.length];
    await new Promise((resolve) => el.addEventListener('waveform-ready', resolve, { once: true }));
    el.seek(30);
    await el.play();
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  el.pause();
  return { liveMedia: el.shadowRoot!.querySelectorAll('audio').length };
};
