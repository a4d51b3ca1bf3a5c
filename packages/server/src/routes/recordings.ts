import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context.js';
import { AGENT_BY_ID } from '../generator/catalog.js';
import { canViewPii } from '../http/auth.js';
import { attachment } from '../http/csv.js';
import { ApiError, forbidden, invalidState, notFound } from '../http/errors.js';
import type { MediaRepresentation } from '../http/media-signature.js';
import { contractRoute } from '../http/route.js';
import { peaksResponse, type PeaksFile, type RecordingFiles, type RecordingParts } from '../media/index.js';
import { RenderPool } from '../media/render-pool.js';
import { RECORDING_SAMPLE_RATE } from '../media/constants.js';
import { scriptOf } from '../present/transcript.js';
import { RECORDING_MESSAGES, nextAutomaticAttemptMs, retryAvailable, startRetry } from '../recordings/state-machine.js';
import { voiceCallInput } from '../recordings/voice-input.js';
import { publicId, type ConversationRecord } from '../store/record.js';
import { loadConversation } from './conversations.js';

/** A voice conversation with its recording state brought up to date (and saved when it moved). */
export async function loadVoice(ctx: AppContext, id: string, what = 'recording'): Promise<ConversationRecord> {
  const rec = await loadConversation(ctx, id);
  if (rec.channel !== 'voice') throw notFound(`This conversation has no ${what}: only voice conversations have one`);
  return rec;
}

export function recordingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const cacheDir = ctx.config.recordings.cacheDir ?? path.join(os.tmpdir(), 'conversations-kit-media');
  // Rendering runs in worker threads: the API keeps answering while a recording is made.
  const renders = new RenderPool();
  app.addHook('onClose', async () => renders.close());

  // Synthesis takes seconds per call: render the newest recordings once the server is up, one at a time.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onReady', async () => {
    const want = ctx.config.recordings.prewarm;
    if (want <= 0) return;
    setTimeout(async () => {
      let done = 0;
      for await (const rec of ctx.store.iterate({ channel: ['voice'], status: ['completed'] }, 'startTime:desc')) {
        if (closing || done >= want) return;
        if (rec.recState !== 'available') continue;
        await renders.render(voiceCallInput(rec, scriptOf(rec), ctx.now()), cacheDir, { mode: ctx.config.recordings.synthesis, parts: 'playback' }, 'background').catch(() => undefined);
        done++;
      }
    }, 1000).unref();
  });

  const status = (rec: ConversationRecord, pii: boolean) => {
    const state = rec.recState ?? 'media_unavailable';
    const now = ctx.now();
    const available = state === 'available';
    const next = nextAutomaticAttemptMs(rec);
    const agent = rec.supportAgent ? AGENT_BY_ID.get(rec.supportAgent)?.name ?? null : null;
    return {
      state,
      message: RECORDING_MESSAGES[state],
      enabled: rec.recEnabled,
      durationSeconds: available ? voiceCallInput(rec, scriptOf(rec), now).durationSeconds : null,
      channels: [
        { index: 0, label: 'Customer', speaker: pii ? rec.customerName : null },
        { index: 1, label: 'Agent', speaker: agent },
      ],
      sampleRate: available ? RECORDING_SAMPLE_RATE : null,
      retryAvailable: retryAvailable(rec, now),
      nextAutomaticAttemptAt: next === null ? null : new Date(next).toISOString(),
    };
  };

  /** Rendered files of an available recording (made on first request, then cached on disk). */
  const files = async (rec: ConversationRecord, parts: RecordingParts): Promise<RecordingFiles> => {
    if (rec.recState !== 'available') throw invalidState(`The recording is not available: ${RECORDING_MESSAGES[rec.recState ?? 'media_unavailable']}`, { state: rec.recState });
    return renders.render(voiceCallInput(rec, scriptOf(rec), ctx.now()), cacheDir, { mode: ctx.config.recordings.synthesis, parts });
  };

  contractRoute(app, 'GET', '/v1/conversations/{id}/recording', async (req) => {
    const rec = await loadVoice(ctx, (req.params as { id: string }).id);
    // A player asks for the state first, then peaks and audio: have a render worker ready.
    if (rec.recState === 'available') renders.warm();
    return status(rec, canViewPii(req.caller));
  });

  contractRoute(app, 'POST', '/v1/conversations/{id}/recording/retry', async (req, reply) => {
    const rec = await ctx.store.transaction(async () => {
      const r = await loadVoice(ctx, (req.params as { id: string }).id);
      if (!retryAvailable(r, ctx.now())) {
        throw invalidState(r.recState === 'retry_failed' ? 'Please try again after 15 minutes.' : `A retry is not possible while the recording is ${r.recState}.`, { state: r.recState });
      }
      startRetry(r, ctx.now());
      await ctx.store.update(r);
      return r;
    });
    reply.code(202);
    return status(rec, canViewPii(req.caller));
  });

  // A signed URL for `<audio src>` or a download link: one conversation, one representation, minutes of validity.
  contractRoute(app, 'POST', '/v1/conversations/{id}/recording/media-url', async (req) => {
    const { id } = req.params as { id: string };
    const { representation } = req.body as { representation: MediaRepresentation };
    if (representation === 'download' && !req.caller.permissions.has('recordings.download')) throw forbidden('recordings.download');
    await loadVoice(ctx, id);
    const { signature, expiresAtMs } = ctx.auth.media.sign(req.caller.user.id, id, representation);
    return { url: `/v1/conversations/${encodeURIComponent(id)}/recording/${representation}?signature=${signature}`, expiresAt: new Date(expiresAtMs).toISOString() };
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/recording/peaks', async (req) => {
    const { channel, samplesPerSecond = 50 } = req.query as { channel?: number; samplesPerSecond?: number };
    const f = await files(await loadVoice(ctx, (req.params as { id: string }).id), 'playback');
    const stored = JSON.parse(fs.readFileSync(f.peaks, 'utf8')) as PeaksFile;
    const body = peaksResponse(stored, { channel, samplesPerSecond: Math.min(samplesPerSecond, stored.samplesPerSecond) });
    // The contract's sampleRate here is peak values per second.
    return { durationSeconds: body.durationSeconds, sampleRate: Math.min(samplesPerSecond, stored.samplesPerSecond), channels: body.channels };
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/recording/audio', async (req, reply) => {
    const f = await files(await loadVoice(ctx, (req.params as { id: string }).id), 'playback');
    return sendRange(reply, f.wav, 'audio/wav', req.headers.range);
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/recording/download', async (req, reply) => {
    const { channel = 'all' } = req.query as { channel?: 'all' | '0' | '1' };
    const rec = await loadVoice(ctx, (req.params as { id: string }).id);
    const f = await files(rec, channel === 'all' ? 'flac-all' : channel === '0' ? 'flac-0' : 'flac-1');
    const file = channel === 'all' ? f.flac : f.flacChannels[Number(channel) as 0 | 1];
    const suffix = channel === 'all' ? '' : channel === '0' ? '-customer' : '-agent';
    reply.type('audio/flac').header('content-disposition', attachment(`recording-${publicId(rec.n)}${suffix}.flac`)).header('content-length', fs.statSync(file).size);
    return reply.send(fs.createReadStream(file));
  });
}

/** Serves a file honouring a single `Range: bytes=…` (RFC 9110); anything else gets the whole file. */
function sendRange(reply: FastifyReply, file: string, type: string, range: string | undefined) {
  const size = fs.statSync(file).size;
  reply.type(type).header('accept-ranges', 'bytes');
  const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) {
    reply.header('content-length', size);
    return reply.send(fs.createReadStream(file));
  }
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
    if (Number(m[2]) === 0) start = size;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) {
    throw new ApiError('range_not_satisfiable', `The range ${range} is outside the ${size}-byte recording`, { size }, { 'content-range': `bytes */${size}` });
  }
  reply.code(206).header('content-range', `bytes ${start}-${end}/${size}`).header('content-length', end - start + 1);
  return reply.send(fs.createReadStream(file, { start, end }));
}
