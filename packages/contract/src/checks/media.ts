import { check, skip } from '../types.js';
import { walkPages, type Check } from './check.js';

interface TranscriptPage {
  conversationId: string;
  items: { id: string; seq: number; kind: string }[];
  nextCursor: string | null;
}

export const transcriptChecks: Check[] = [
  {
    id: 'transcripts.shape',
    title: 'Transcript pages match TranscriptPage, in strictly increasing seq, and page consistently',
    async run(ctx) {
      const conversation = await ctx.withTranscript();
      const whole = ctx.http.expectOk(await ctx.call({ op: 'getTranscript', params: { id: conversation.id }, query: { limit: 1000 } })) as TranscriptPage;
      check(whole.conversationId === conversation.id, 'conversationId differs');
      check(whole.items.length > 0, `${conversation.id} has hasTranscript but no items`);
      const paged = await walkPages(async (cursor) => {
        const res = await ctx.call({ op: 'getTranscript', params: { id: conversation.id }, query: { limit: 3, cursor } });
        return ctx.http.expectOk(res) as TranscriptPage;
      }, 400);
      const seqs = paged.items.map((i) => i.seq);
      check(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!), 'seq is not strictly increasing across pages');
      if (whole.nextCursor === null) check(paged.items.map((i) => i.id).join() === whole.items.map((i) => i.id).join(), 'pages of 3 differ from one page of 1000');
    },
  },
  {
    id: 'transcripts.downloads',
    title: 'Transcript CSV and latency report download as text/csv with a header row',
    async run(ctx) {
      await ctx.needPermissions('transcripts.download');
      const conversation = await ctx.withTranscript();
      const csv = await ctx.call({ op: 'downloadTranscript', params: { id: conversation.id }, query: { format: 'csv' } });
      check(csv.status === 200 && /text\/csv/.test(csv.contentType), `transcript CSV answered ${csv.status} ${csv.contentType}`);
      check(csv.text.replace(/^\uFEFF/, '').startsWith('seq,at,offsetSeconds,kind,speaker,speakerName,text'), 'transcript CSV header differs from the contract');
      const voice = await ctx.find('voice-latency', { channel: 'voice', status: 'completed' }, (c) => c.hasLatencyReport === true);
      const report = await ctx.call({ op: 'downloadLatencyReport', params: { id: voice.id } });
      check(report.status === 200 && /text\/csv/.test(report.contentType), `latency report answered ${report.status}`);
      check(report.text.replace(/^\uFEFF/, '').startsWith('seq,at,speakerName,text,asrMs,botMs,ttsMs,e2eMs'), 'latency report header differs from the contract');
    },
  },
];

export const recordingChecks: Check[] = [
  {
    id: 'recordings.state',
    title: "Recording status matches RecordingStatus with the spec's exact message; non-voice answers 404",
    async run(ctx) {
      const page = await ctx.list({ channel: 'voice', limit: 100 });
      check(page.items.length > 0, 'no voice conversations');
      const seen = new Set<string>();
      for (const c of page.items.slice(0, 40)) {
        const status = ctx.http.expectOk(await ctx.call({ op: 'getRecording', params: { id: c.id } })) as { state: string; message: string };
        seen.add(status.state);
        const expected = ctx.contract.recordingMessages()[status.state];
        if (expected !== undefined) check(status.message === expected, `${c.id}: state ${status.state} has message "${status.message}", the spec says "${expected}"`);
      }
      const other = await ctx.nonVoice();
      ctx.http.expectError(await ctx.call({ op: 'getRecording', params: { id: other.id } }), 404, 'not_found');
    },
  },
  {
    id: 'recordings.peaks-and-range',
    title: 'Peaks lie in −1..1; audio honours Range with 206 and Content-Range; a bad range answers 416',
    async run(ctx) {
      const c = await ctx.voiceWithRecording();
      const status = ctx.http.expectOk(await ctx.call({ op: 'getRecording', params: { id: c.id } })) as { state: string };
      if (status.state !== 'available') skip(`recording of ${c.id} is ${status.state}`);
      const peaks = ctx.http.expectOk(await ctx.call({ op: 'getRecordingPeaks', params: { id: c.id }, query: { samplesPerSecond: 20 } })) as { channels: number[][]; durationSeconds: number };
      check(peaks.channels.length >= 1 && peaks.channels[0]!.length > 0, 'no peaks');
      const whole = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id } });
      check(whole.status === 200, `audio answered ${whole.status}`);
      check(new TextDecoder().decode(whole.bytes.slice(0, 4)) === 'RIFF', 'audio is not a WAV file');
      const part = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id }, headers: { range: 'bytes=0-99' } });
      check(part.status === 206, `Range: bytes=0-99 answered ${part.status}`);
      check(part.bytes.length === 100, `206 body has ${part.bytes.length} bytes, expected 100`);
      check(new RegExp(`^bytes 0-99/${whole.bytes.length}$`).test(part.headers.get('content-range') ?? ''), `Content-Range "${part.headers.get('content-range')}"`);
      const bad = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id }, headers: { range: `bytes=${whole.bytes.length + 10}-` } });
      ctx.http.expectError(bad, 416, 'range_not_satisfiable');
    },
  },
  {
    id: 'recordings.download',
    title: 'FLAC download (all channels and one channel) needs recordings.download',
    async run(ctx) {
      await ctx.needPermissions('recordings.download');
      const c = await ctx.voiceWithRecording();
      const status = ctx.http.expectOk(await ctx.call({ op: 'getRecording', params: { id: c.id } })) as { state: string };
      if (status.state !== 'available') skip(`recording of ${c.id} is ${status.state}`);
      for (const channel of ['all', '0']) {
        const flac = await ctx.call({ op: 'downloadRecording', params: { id: c.id }, query: { format: 'flac', channel } });
        check(flac.status === 200, `channel=${channel} answered ${flac.status}`);
        check(new TextDecoder().decode(flac.bytes.slice(0, 4)) === 'fLaC', `channel=${channel} is not FLAC`);
        check(/attachment/i.test(flac.headers.get('content-disposition') ?? ''), `channel=${channel} has no Content-Disposition attachment`);
      }
    },
  },
];

recordingChecks.push({
  id: 'recordings.retry',
  title: 'Retry answers 202 with the new RecordingStatus when retryAvailable, 409 invalid_state otherwise',
  async run(ctx) {
    const page = await ctx.list({ channel: 'voice', status: 'completed', limit: 100 });
    let retryable: string | null = null;
    let notRetryable: string | null = null;
    for (const c of page.items) {
      const status = ctx.http.expectOk(await ctx.call({ op: 'getRecording', params: { id: c.id } })) as { retryAvailable: boolean };
      if (status.retryAvailable) retryable ??= c.id;
      else notRetryable ??= c.id;
      if (retryable && notRetryable) break;
    }
    if (!retryable) skip('no recording with retryAvailable among the newest 100 voice conversations');
    ctx.http.expectOk(await ctx.call({ op: 'retryRecording', params: { id: retryable } }), 202);
    if (notRetryable) ctx.http.expectError(await ctx.call({ op: 'retryRecording', params: { id: notRetryable } }), 409, 'invalid_state');
  },
});

export const diagnosticsChecks: Check[] = [
  {
    id: 'diagnostics.shape',
    title: 'SIP flow, QoS and participants match the contract; PCAP export is libpcap; non-voice answers 404',
    async run(ctx) {
      await ctx.needPermissions('diagnostics.view');
      const caps = await ctx.privilegedCaps();
      if (!caps.features.diagnostics) skip('features.diagnostics is false');
      const c = await ctx.find('voice-completed', { channel: 'voice', status: 'completed' });
      const flow = ctx.http.expectOk(await ctx.call({ op: 'getSipFlow', params: { id: c.id } })) as { messages: { kind: string; method: string | null }[] };
      check(flow.messages.some((m) => m.kind === 'request' && m.method === 'INVITE'), 'the SIP flow has no INVITE');
      ctx.http.expectOk(await ctx.call({ op: 'getQos', params: { id: c.id } }));
      ctx.http.expectOk(await ctx.call({ op: 'getParticipants', params: { id: c.id } }));
      const pcap = await ctx.call({ op: 'exportDiagnostics', params: { id: c.id }, query: { format: 'pcap' } });
      check(pcap.status === 200, `PCAP export answered ${pcap.status}`);
      const magic = [...pcap.bytes.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
      check(['a1b2c3d4', 'd4c3b2a1', 'a1b23c4d', '4d3cb2a1'].includes(magic), `PCAP magic is ${magic}`);
      const text = await ctx.call({ op: 'exportDiagnostics', params: { id: c.id }, query: { format: 'text' } });
      check(text.status === 200 && /INVITE/.test(text.text), 'TEXT export has no INVITE');
      const other = await ctx.nonVoice();
      ctx.http.expectError(await ctx.call({ op: 'getSipFlow', params: { id: other.id } }), 404, 'not_found');
    },
  },
];

export const eventChecks: Check[] = [
  {
    id: 'events.preview',
    title: 'Events match ConversationEventList in time order; CSV download works',
    async run(ctx) {
      await ctx.needPermissions('events.view');
      const c = await ctx.recentCompleted();
      const list = ctx.http.expectOk(await ctx.call({ op: 'listEvents', params: { id: c.id } })) as { items: { at: string }[] };
      check(list.items.length > 0, `${c.id} has no events`);
      check(list.items.every((e, i) => i === 0 || Date.parse(e.at) >= Date.parse(list.items[i - 1]!.at)), 'events are not in time order');
      const csv = await ctx.call({ op: 'downloadEvents', params: { id: c.id } });
      check(csv.status === 200 && /text\/csv/.test(csv.contentType), `events download answered ${csv.status} ${csv.contentType}`);
    },
  },
  {
    id: 'events.expired',
    title: 'Events of a conversation older than 30 days answer 410 events_expired',
    async run(ctx) {
      await ctx.needPermissions('events.view');
      const caps = await ctx.privilegedCaps();
      const to = new Date(Date.now() - (caps.features.eventsRetentionDays + 1) * 86_400_000).toISOString();
      const old = await ctx.find('old', { to });
      ctx.http.expectError(await ctx.call({ op: 'listEvents', params: { id: old.id } }), 410, 'events_expired');
      ctx.http.expectError(await ctx.call({ op: 'downloadEvents', params: { id: old.id } }), 410, 'events_expired');
    },
  },
];
