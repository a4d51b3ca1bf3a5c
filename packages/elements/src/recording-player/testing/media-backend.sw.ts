// A service worker standing in for a recording backend's media answers, for browser tests of what a
// native <audio> element does with them. It answers requests under `./media/` for pages in its
// scope (the frame from `media-backend.ts`); anything else goes to the network untouched.
//   media/wav?encoding=pcm16|mulaw|alaw&seconds=N[&expires=ms]  a WAV honouring Range (403 after `expires`)
//   media/html    200 with an HTML page (a proxy's sign-in page)
//   media/json    200 with a JSON error body
//   media/flac    an 8-second FLAC of the same synthetic call, honouring Range (synthetic-8s.flac: the
//                 server's encodeFlac() over syntheticRecording({ durationSeconds: 8 }))
//   media/short   206 whose body is shorter than its Content-Range says, on every request
//   media/hang    the first 16 KB of a WAV, then the connection stays open with nothing more
import { syntheticRecording, type SyntheticRecording, type WavEncoding } from './synthetic-recording.js';

interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
const worker = self as unknown as {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
};

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

const recordings = new Map<string, SyntheticRecording>();
const recordingFor = (encoding: WavEncoding, seconds: number) => {
  const key = `${encoding}:${seconds}`;
  let recording = recordings.get(key);
  if (!recording) recordings.set(key, (recording = syntheticRecording({ durationSeconds: seconds, encoding })));
  return recording;
};

/** Requests answered so far, per case (a test reads them through `media/log`). */
const log: { case: string; range: string | null; status: number }[] = [];

function rangeOf(request: Request, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '');
  if (!m) return null;
  if (!m[1]) return { start: Math.max(0, size - Number(m[2])), end: size - 1 };
  return { start: Number(m[1]), end: m[2] ? Math.min(size - 1, Number(m[2])) : size - 1 };
}

/** Like most servers, open-ended ranges are answered a piece at a time (the samples are computed here). */
const MAX_ANSWER = 512 * 1024;

function audio(recording: SyntheticRecording, request: Request, short = false): Response {
  const range = rangeOf(request, recording.size);
  const { start, end: asked } = range ?? { start: 0, end: recording.size - 1 };
  const end = range ? Math.min(asked, start + MAX_ANSWER - 1) : asked;
  const claimed = `bytes ${start}-${end}/${recording.size}`;
  const body = recording.read(start, short ? Math.min(end, start + 63) : end) as Uint8Array<ArrayBuffer>;
  return new Response(body, {
    status: range || short ? 206 : 200,
    headers: {
      'content-type': 'audio/wav',
      'accept-ranges': 'bytes',
      // What a server would claim: the whole range, even when it sends less.
      'content-length': String(end - start + 1),
      ...(range || short ? { 'content-range': claimed } : {}),
    },
  });
}

function hanging(recording: SyntheticRecording, request: Request): Response {
  const { start } = rangeOf(request, recording.size) ?? { start: 0 };
  const first = recording.read(start, start + 16 * 1024 - 1);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(first); // …and never another byte, never the end
    },
  });
  return new Response(body, {
    status: 206,
    headers: { 'content-type': 'audio/wav', 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${recording.size - 1}/${recording.size}` },
  });
}

const SIGN_IN_PAGE = '<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1><form><input name="user"></form></body></html>';

let flac: Promise<Uint8Array> | undefined;
const flacFile = () => (flac ??= fetch(new URL('synthetic-8s.flac', import.meta.url)).then(async (r) => new Uint8Array(await r.arrayBuffer())));

async function flacAudio(request: Request): Promise<Response> {
  const bytes = await flacFile();
  const range = rangeOf(request, bytes.length);
  const { start, end } = range ?? { start: 0, end: bytes.length - 1 };
  return new Response(bytes.slice(start, end + 1), {
    status: range ? 206 : 200,
    headers: {
      'content-type': 'audio/flac',
      'accept-ranges': 'bytes',
      'content-length': String(end - start + 1),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${bytes.length}` } : {}),
    },
  });
}

async function answer(name: string, url: URL, request: Request): Promise<Response> {
  if (name === 'log') return Response.json(log);
  const encoding = (url.searchParams.get('encoding') ?? 'pcm16') as WavEncoding;
  const seconds = Number(url.searchParams.get('seconds') ?? 20);
  const expires = Number(url.searchParams.get('expires') ?? Infinity);
  let response: Response;
  if (name === 'wav' && Date.now() > expires) {
    response = Response.json({ error: { code: 'forbidden', message: 'The signature has expired', requestId: 'sw' } }, { status: 403 });
  } else if (name === 'wav') response = audio(recordingFor(encoding, seconds), request);
  else if (name === 'flac') response = await flacAudio(request);
  else if (name === 'short') response = audio(recordingFor('pcm16', seconds), request, true);
  else if (name === 'hang') response = hanging(recordingFor('pcm16', seconds), request);
  else if (name === 'html') response = new Response(SIGN_IN_PAGE, { headers: { 'content-type': 'text/html', 'content-length': String(SIGN_IN_PAGE.length) } });
  else if (name === 'json') response = Response.json({ error: { code: 'internal', message: 'Something went wrong', requestId: 'sw' } });
  else response = new Response('not found', { status: 404 });
  log.push({ case: name, range: request.headers.get('range'), status: response.status });
  return response;
}

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const m = /\/testing\/media\/([a-z0-9-]+)$/.exec(url.pathname);
  if (m) event.respondWith(answer(m[1]!, url, event.request));
});
