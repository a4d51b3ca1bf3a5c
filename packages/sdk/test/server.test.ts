/**
 * The SDK against the real reference server, one describe per namespace. These read as examples
 * of use; they assert what a host would notice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { startTestServer, type TestServer } from '@conversations-kit/server/testing';
import {
  ConflictError,
  GoneError,
  NotFoundError,
  PermissionError,
  ValidationError,
  can,
  collectTranscriptsZip,
  createClient,
  parseCsv,
  type ConversationSummary,
  type ConversationsClient,
  type LiveMessage,
} from '../src/index.ts';

let server: TestServer;
let admin: ConversationsClient;
let analyst: ConversationsClient;
let supervisor: ConversationsClient;
let viewer: ConversationsClient;

before(async () => {
  server = await startTestServer({ count: 1000 });
  const make = (token: string) => createClient({ baseUrl: server.baseUrl, token, retry: false, timeout: 20_000 });
  admin = make(server.tokens.admin);
  analyst = make(server.tokens.analyst);
  supervisor = make(server.tokens.supervisor);
  viewer = make(server.tokens.viewer);
});
after(() => server?.close());

async function first(query: Parameters<ConversationsClient['conversations']['list']>[0], predicate: (c: ConversationSummary) => boolean = () => true) {
  for await (const c of admin.conversations.iterate({ ...query, limit: 100 })) if (predicate(c)) return c;
  throw new Error(`no conversation for ${JSON.stringify(query)}`);
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe('client.capabilities', () => {
  it('tells each role what it may do', async () => {
    const caps = await admin.capabilities.get();
    assert.equal(caps.user.role, 'admin');
    assert.equal(caps.permissions.length, 9);
    assert.equal(caps.features.maxTranscriptExport, 25);
    const viewerCaps = await viewer.capabilities.get();
    assert.deepEqual(viewerCaps.permissions, ['filters.manage']);
    assert.equal(can(viewerCaps, 'recordings.download'), false);
    assert.equal(can(caps, 'recordings.download', 'pii.view'), true);
  });
});

describe('client.conversations', () => {
  it('lists one page and iterates every page with filters', async () => {
    const page = await admin.conversations.list({ limit: 5 });
    assert.equal(page.items.length, 5);
    assert.ok(page.nextCursor);

    const dropOffs: ConversationSummary[] = [];
    for await (const c of admin.conversations.iterate({ status: ['completed_drop_off'], channel: ['voice'], limit: 20 })) dropOffs.push(c);
    assert.ok(dropOffs.length > 20, 'spans several pages');
    assert.ok(dropOffs.every((c) => c.completionReason === 'drop_off' && c.channel === 'voice'));
    assert.equal(new Set(dropOffs.map((c) => c.id)).size, dropOffs.length, 'no duplicates across pages');
  });

  it('stops fetching when the loop breaks', async () => {
    let n = 0;
    for await (const c of admin.conversations.iterate({ limit: 3 })) {
      assert.ok(c.id);
      if (++n === 4) break;
    }
    assert.equal(n, 4);
  });

  it('gets one conversation with the Details/User/Identifiers fields', async () => {
    const summary = (await admin.conversations.list({ limit: 1 })).items[0]!;
    const conversation = await admin.conversations.get(summary.id);
    assert.equal(conversation.id, summary.id);
    assert.ok('sessionId' in conversation.identifiers);
    assert.ok(Array.isArray(conversation.notes));
  });

  it('hides PII from a viewer and shows it to a supervisor', async () => {
    const [hidden] = (await viewer.conversations.list({ limit: 1 })).items;
    assert.equal(hidden!.customer.obscured, true);
    assert.equal(hidden!.customer.phone, null);
    const shown = await supervisor.conversations.get(hidden!.id);
    assert.equal(shown.customer.obscured, false);
  });

  it('throws NotFoundError and ValidationError with field details', async () => {
    await assert.rejects(admin.conversations.get('conv_does_not_exist'), NotFoundError);
    const error = await admin.conversations.list({ limit: 500 }).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.ok(error.fields.some((f) => f.name.includes('limit')));
  });
});

describe('client.search', () => {
  it('ranks hits and counts them; ID search finds the conversation', async () => {
    const page = await admin.search.query({ q: 'refund', limit: 10 });
    assert.ok(page.total >= page.items.length);
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((h) => ['exact', 'all_words', 'some_words', 'id'].includes(h.tier)));
    const target = (await admin.conversations.list({ limit: 1 })).items[0]!;
    const byId = await admin.search.query({ q: target.id });
    assert.equal(byId.items[0]?.conversation.id, target.id);
    assert.equal(byId.items[0]?.tier, 'id');
  });

  it('iterates hits sorted by start time', async () => {
    const times: number[] = [];
    for await (const hit of admin.search.iterate({ q: 'account', sort: 'startTime:desc', limit: 10 })) {
      times.push(Date.parse(hit.conversation.startTime));
      if (times.length === 25) break;
    }
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });
});

describe('client.transcripts', () => {
  it('iterates pages equal to the whole transcript', async () => {
    const c = await first({ status: ['completed'] }, (x) => x.hasTranscript);
    const whole = await admin.transcripts.get(c.id);
    assert.ok(whole.items.length > 0);
    const iterated = [];
    for await (const item of admin.transcripts.iterate(c.id, { limit: 4 })) iterated.push(item.id);
    assert.deepEqual(iterated, whole.items.map((i) => i.id));
  });

  it('downloads CSV and the latency report; a viewer may not', async () => {
    const c = await first({ channel: ['voice'], status: ['completed'] }, (x) => x.hasLatencyReport);
    const csv = await analyst.transcripts.download(c.id);
    assert.deepEqual(parseCsv(await csv.blob.text())[0], ['seq', 'at', 'offsetSeconds', 'kind', 'speaker', 'speakerName', 'text']);
    const report = await analyst.transcripts.latencyReport(c.id);
    assert.match(await report.blob.text(), /^seq,at,speakerName,text,asrMs,botMs,ttsMs,e2eMs/);
    await assert.rejects(viewer.transcripts.download(c.id), PermissionError);
  });

  it('a host can build the transcripts zip itself (blank file for no transcript)', async () => {
    const ids = (await admin.conversations.list({ limit: 3 })).items.map((c) => c.id);
    const zip = await collectTranscriptsZip(admin, [...ids, 'conv_missing']);
    const files = unzipSync(zip.bytes);
    assert.equal(Object.keys(files).length, 4);
    assert.equal(files['conv_missing.csv']!.length, 0);
    assert.match(zip.filename, /^transcripts-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.zip$/);
  });
});

describe('client.recordings', () => {
  it('reports state, peaks and serves byte ranges of the audio', async () => {
    const c = await first({ channel: ['voice'], status: ['completed'] }, (x) => x.hasRecording);
    const status = await admin.recordings.state(c.id);
    assert.equal(typeof status.message, 'string');
    if (status.state !== 'available') return assert.fail(`recording of ${c.id} is ${status.state}`);
    const peaks = await admin.recordings.peaks(c.id, { samplesPerSecond: 10 });
    assert.ok(peaks.channels[0]!.every((v) => v >= -1 && v <= 1));
    const chunk = await admin.recordings.audio(c.id, { range: { start: 0, end: 1023 } });
    assert.equal(chunk.status, 206);
    assert.equal(chunk.blob.size, 1024);
    assert.equal(chunk.range?.start, 0);
    assert.ok((chunk.range?.total ?? 0) > 1024);
  });

  it('downloads FLAC for permitted users only', async () => {
    const c = await first({ channel: ['voice'], status: ['completed'] }, (x) => x.hasRecording);
    const flac = await analyst.recordings.download(c.id, { channel: '0' });
    assert.equal(new TextDecoder().decode(new Uint8Array(await flac.blob.arrayBuffer()).slice(0, 4)), 'fLaC');
    assert.ok(flac.filename?.endsWith('.flac'));
    await assert.rejects(viewer.recordings.download(c.id), PermissionError);
  });

  it('retries a failed fetch', async () => {
    let target: string | null = null;
    for await (const c of admin.conversations.iterate({ channel: ['voice'], status: ['completed'], limit: 100 })) {
      if ((await admin.recordings.state(c.id)).retryAvailable) {
        target = c.id;
        break;
      }
    }
    assert.ok(target, 'a recording that can be retried');
    const after = await admin.recordings.retry(target);
    assert.equal(typeof after.state, 'string');
  });
});

describe('client.diagnostics', () => {
  it('gives the SIP flow, QoS, participants and a PCAP', async () => {
    const c = await first({ channel: ['voice'], status: ['completed'] });
    const flow = await analyst.diagnostics.sipFlow(c.id);
    assert.ok(flow.messages.some((m) => m.method === 'INVITE'));
    const qos = await analyst.diagnostics.qos(c.id);
    assert.ok(qos.connections.length > 0);
    const participants = await analyst.diagnostics.participants(c.id);
    assert.ok(participants.length > 0);
    const pcap = await analyst.diagnostics.export(c.id, 'pcap');
    const magic = new Uint8Array(await pcap.blob.arrayBuffer()).slice(0, 4);
    assert.ok([0xa1, 0xd4].includes(magic[0]!));
    await assert.rejects(viewer.diagnostics.sipFlow(c.id), PermissionError);
  });
});

describe('client.events', () => {
  it('previews and downloads events; older than 30 days is GoneError events_expired', async () => {
    const recent = await first({ status: ['completed'], from: daysAgo(20) });
    const events = await analyst.events.list(recent.id);
    assert.ok(events.length > 0);
    const csv = await analyst.events.download(recent.id);
    assert.ok((await csv.blob.text()).length > 0);
    const old = await first({ to: daysAgo(31) });
    const error = await analyst.events.list(old.id).catch((e: unknown) => e);
    assert.ok(error instanceof GoneError);
    assert.equal(error.code, 'events_expired');
  });
});

describe('client.dispositions', () => {
  it('edits with the ETag; a stale ETag gives ConflictError with the current value', async () => {
    const codes = await admin.catalogues.dispositionCodes();
    let target: string | null = null;
    for await (const c of admin.conversations.iterate({ status: ['completed'], limit: 50 })) {
      if ((await admin.conversations.get(c.id)).disposition) {
        target = c.id;
        break;
      }
    }
    assert.ok(target);
    const { disposition: read, etag } = await supervisor.dispositions.get(target);
    const disposition = read!;
    const next = codes.find((c) => c.code !== disposition.code)!;
    const saved = await supervisor.dispositions.update(target, { code: next.code, notes: 'Reviewed' }, { ifMatch: etag });
    assert.equal(saved.disposition.version, disposition.version + 1);
    const stale = await supervisor.dispositions.update(target, { code: disposition.code }, { ifMatch: etag }).catch((e: unknown) => e);
    assert.ok(stale instanceof ConflictError);
    assert.equal((stale.current as typeof disposition).code, next.code, 'current is what the other edit saved');
    const audit = await supervisor.dispositions.audit(target);
    assert.equal(audit.at(-1)?.to.code, next.code);
    await assert.rejects(viewer.dispositions.update(target, { code: next.code }, { ifMatch: saved.etag }), PermissionError);
  });
});

describe('client.supervisor', () => {
  it('joins, assigns and changes queue of an in-progress conversation only', async () => {
    const live = await first({ status: ['in_progress'] });
    const joined = await supervisor.supervisor.join(live.id);
    assert.ok(joined.joinedUsers.length > 0);
    const [agent] = await supervisor.catalogues.agents();
    const assigned = await supervisor.supervisor.assign(live.id, agent!.id);
    assert.equal(assigned.supportAgent?.id, agent!.id);
    const queues = await supervisor.catalogues.queues();
    const moved = await supervisor.supervisor.changeQueue(live.id, queues.at(-1)!.id);
    assert.equal(moved.queues.at(-1)?.id, queues.at(-1)!.id);
    const done = await first({ status: ['completed'] });
    const error = await supervisor.supervisor.join(done.id).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'invalid_state');
    await assert.rejects(analyst.supervisor.join(live.id), PermissionError);
  });
});

describe('client.filters', () => {
  it('creates, renames, duplicates, marks default and deletes', async () => {
    const created = await viewer.filters.create({ name: 'Drop-offs', query: { status: ['completed_drop_off'], tag: [{ name: 'tier', op: 'contains', value: 'gold' }] } });
    assert.equal(created.isDefault, false);
    const renamed = await viewer.filters.update(created.id, { name: 'Voice drop-offs' });
    assert.equal(renamed.name, 'Voice drop-offs');
    const copy = await viewer.filters.duplicate(created.id, 'Copy');
    assert.deepEqual(copy.query, created.query);
    await viewer.filters.markDefault(copy.id);
    const list = await viewer.filters.list();
    assert.equal(list[0]!.id, copy.id);
    assert.equal(list.filter((f) => f.isDefault).length, 1);
    await viewer.filters.delete(copy.id);
    await viewer.filters.delete(created.id);
    await assert.rejects(viewer.filters.get(copy.id), NotFoundError);
  });
});

describe('client.exports', () => {
  it('exports conversation CSV, a transcripts zip and events CSV', async () => {
    const ids = (await analyst.conversations.list({ limit: 3 })).items.map((c) => c.id);
    const csv = await analyst.exports.conversations({ ids });
    assert.equal(parseCsv(await csv.blob.text()).filter((r) => r.length > 1).length, 4);
    const zip = await analyst.exports.transcripts(ids);
    assert.match(zip.filename ?? '', /^transcripts-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.zip$/);
    assert.equal(Object.keys(unzipSync(new Uint8Array(await zip.blob.arrayBuffer()))).length, 3);
    const events = await analyst.exports.events(ids);
    assert.match(events.contentType ?? '', /text\/csv/);
    assert.ok(strFromU8(new Uint8Array(await events.blob.arrayBuffer())).length > 0);
  });

  it('refuses more than 25 transcripts and users without exports.run', async () => {
    const ids = (await analyst.conversations.list({ limit: 26 })).items.map((c) => c.id);
    const error = await analyst.exports.transcripts(ids).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.code, 'export_limit_exceeded');
    await assert.rejects(viewer.exports.conversations({ ids: ids.slice(0, 1) }), PermissionError);
  });
});

describe('client.catalogues', () => {
  it('lists queues, agents and disposition codes', async () => {
    assert.ok((await viewer.catalogues.queues()).length > 0);
    assert.ok((await viewer.catalogues.agents()).some((a) => a.kind === 'ai'));
    assert.ok((await viewer.catalogues.dispositionCodes()).length > 1);
  });

  it('lists the backend\'s SmartStatus values, and every listed conversation uses one of them', async () => {
    const { smartStatuses } = await viewer.catalogues.enumerations();
    const page = await viewer.conversations.list({ limit: 200 });
    assert.ok(page.items.every((c) => smartStatuses.includes(c.smartStatus)));
  });
});

describe('client.live', () => {
  it('delivers updates and resumes after the last event id', async () => {
    const live = await first({ status: ['in_progress'] });
    const queues = await supervisor.catalogues.queues();
    const received: LiveMessage[] = [];
    const controller = new AbortController();
    const sub = supervisor.live.subscribe({
      signal: controller.signal,
      onOpen: () => {
        void (async () => {
          for (const q of queues.slice(0, 2)) await supervisor.supervisor.changeQueue(live.id, q.id);
        })();
      },
      onEvent: (m) => {
        received.push(m);
        if (received.length === 2) controller.abort();
      },
    });
    await sub.done;
    assert.deepEqual(received.map((m) => m.type), ['conversation.updated', 'conversation.updated']);
    assert.equal(received[1]!.data.conversation.queues.at(-1)?.id, queues[1]!.id);

    const replay = new AbortController();
    const replayed: LiveMessage[] = [];
    const again = supervisor.live.subscribe({
      lastEventId: received[0]!.id!,
      signal: replay.signal,
      onEvent: (m) => {
        replayed.push(m);
        replay.abort();
      },
    });
    await again.done;
    assert.equal(replayed[0]?.id, received[1]!.id);
  });
});
