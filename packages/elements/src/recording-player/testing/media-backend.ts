import type { RecordingPlayer } from '../recording-player.js';
import { until } from '../../test-support/backend.js';
// Loaded here too, so the dev server has compiled the element's modules before the frame asks for them.
import '../recording-player.define.js';

const here = new URL('.', import.meta.url);

/**
 * A test backend for the player's media, inside the element tests: a service worker
 * (`media-backend.sw.ts`) answers crafted media responses — WAV in PCM, μ-law or A-law with Range,
 * an HTML or JSON body with 200, a short 206, a URL that expires — to the pages it controls. A
 * service worker only serves pages inside its folder, so the player runs in a frame opened from there.
 */
export interface MediaBackend {
  /** The frame's window: its document hosts the player; its `customElements` has `recording-player`. */
  window: Window & typeof globalThis;
  /** A URL of the backend: `media('wav', { encoding: 'mulaw' })`, `media('html')`… */
  media(name: 'wav' | 'flac' | 'html' | 'json' | 'short' | 'hang', params?: Record<string, string | number>): string;
  /** Requests the backend has answered. */
  log(): Promise<{ case: string; range: string | null; status: number }[]>;
  /** Mounts a player in the frame. */
  mount(setup: (el: RecordingPlayer) => void, width?: number): Promise<RecordingPlayer>;
  close(): void;
}

export async function openMediaBackend(): Promise<MediaBackend> {
  const registration = await navigator.serviceWorker.register(new URL('media-backend.sw.ts', here), { type: 'module', scope: here.pathname });
  await until(() => registration.active?.state === 'activated', 'the media service worker', 15_000);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 960px; height: 480px; border: 0';
  frame.src = new URL('media-frame.html', here).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = () => frame.contentWindow as (Window & typeof globalThis & { ckReady?: boolean }) | null;
  await until(() => win()?.ckReady && win()!.navigator.serviceWorker.controller, 'the media frame', 120_000);
  const w = win()!;
  const media = (name: string, params: Record<string, string | number> = {}) => {
    const url = new URL(`media/${name}`, here);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
    return url.href;
  };
  return {
    window: w,
    media,
    log: async () => (await w.fetch(media('log'))).json(),
    async mount(setup, width = 900) {
      const el = w.document.createElement('recording-player') as RecordingPlayer;
      el.style.width = `${width}px`;
      setup(el);
      w.document.body.append(el);
      await el.updateComplete;
      return el;
    },
    close() {
      frame.remove();
      void registration.unregister();
    },
  };
}
