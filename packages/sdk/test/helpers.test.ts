import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import {
  buildTranscriptsZip,
  collectTranscriptsZip,
  computeLatency,
  csvCell,
  exportTimestamp,
  latencyReportCsv,
  parseCsv,
  summarizeLatency,
  toCsv,
  transcriptToCsv,
  transcriptsZipFilename,
  TranscriptExportLimitError,
  type TranscriptItem,
} from '../src/index.ts';

const base = { offsetSeconds: 1, durationSeconds: 2 };
const marks = {
  userStoppedSpeakingAt: '2026-11-25T10:00:05.000Z',
  asrTranscriptAt: '2026-11-25T10:00:05.450Z',
  transcriptSentAt: '2026-11-25T10:00:05.450Z',
  botResponseAt: '2026-11-25T10:00:06.300Z',
  ttsRequestAt: '2026-11-25T10:00:06.300Z',
  ttsFirstByteAt: '2026-11-25T10:00:06.700Z',
  firstAudioHeardAt: '2026-11-25T10:00:06.700Z',
};
const items: TranscriptItem[] = [
  { ...base, id: 'i1', seq: 0, kind: 'message', at: '2026-11-25T10:00:00.000Z', speaker: 'customer', speakerName: 'Ana', text: 'I want a refund, "now"', redactions: [], latency: null },
  { ...base, id: 'i2', seq: 1, kind: 'message', at: '2026-11-25T10:00:06.700Z', speaker: 'ai_agent', speakerName: 'Bot', text: '=HYPERLINK("http://evil")', redactions: [], latency: { asrMs: null, botMs: null, ttsMs: null, e2eMs: null, marks } },
  { ...base, id: 'i3', seq: 2, kind: 'transfer', at: '2026-11-25T10:00:08.000Z', stage: 'to_agent', label: 'User transferred to Agent' },
  { ...base, id: 'i4', seq: 3, kind: 'no_input', at: '2026-11-25T10:00:09.000Z', attempt: 3, maxAttempts: 3, maxReached: true },
];

describe('csv', () => {
  it('quotes commas, quotes and line breaks, doubling embedded quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(-5), '-5', 'numbers are never altered');
  });

  it('neutralises spreadsheet formulas in text cells', () => {
    for (const bad of ['=1+2', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), `${JSON.stringify(bad)} → ${csvCell(bad)}`);
    }
    assert.equal(csvCell('=1', false), '=1');
  });

  it('round-trips through parseCsv with CRLF rows', () => {
    const rows = [['id', 'text'], ['1', 'a, "b"\nc'], ['2', '']];
    const text = toCsv(rows);
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), rows);
  });
});

describe('filenames', () => {
  it('uses the spec pattern transcripts-YYYY-MM-DD-HH24-mm-SS.zip', () => {
    const date = new Date(Date.UTC(2026, 0, 5, 21, 4, 9));
    assert.equal(transcriptsZipFilename(date, { utc: true }), 'transcripts-2026-01-05-21-04-09.zip');
    assert.match(exportTimestamp(new Date()), /^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}$/);
  });
});

describe('latency', () => {
  it("follows the spec's definitions and examples (450 / 850 / 400 ms, E2E 1.7 s)", () => {
    assert.deepEqual(computeLatency(marks), { asrMs: 450, botMs: 850, ttsMs: 400, e2eMs: 1700 });
  });

  it('summarises turns and writes the latency report CSV', () => {
    const summary = summarizeLatency(items);
    assert.equal(summary.turns, 1);
    assert.equal(summary.e2e.avg, 1700);
    const rows = parseCsv(latencyReportCsv(items));
    assert.deepEqual(rows[0], ['seq', 'at', 'speakerName', 'text', 'asrMs', 'botMs', 'ttsMs', 'e2eMs']);
    assert.deepEqual(rows[1]!.slice(4), ['450', '850', '400', '1700']);
    assert.equal(rows[1]![3], `'=HYPERLINK("http://evil")`, 'formula neutralised');
  });

  it('a missing mark gives null, never a negative number', () => {
    assert.equal(computeLatency({ ...marks, ttsFirstByteAt: null }).ttsMs, null);
    assert.equal(computeLatency({ ...marks, botResponseAt: '2026-11-25T10:00:05.000Z' }).botMs, null);
  });
});

describe('transcripts zip', () => {
  it('has one CSV per conversation and a blank file where there is no transcript', () => {
    const zip = buildTranscriptsZip(
      [
        { conversationId: 'conv_1', items },
        { conversationId: 'conv_2', items: null },
        { conversationId: 'conv_3', items: [] },
      ],
      { date: new Date(Date.UTC(2026, 10, 25, 13, 7, 1)), utc: true },
    );
    assert.equal(zip.filename, 'transcripts-2026-11-25-13-07-01.zip');
    const files = unzipSync(zip.bytes);
    assert.deepEqual(Object.keys(files).sort(), ['conv_1.csv', 'conv_2.csv', 'conv_3.csv']);
    assert.equal(files['conv_2.csv']!.length, 0);
    assert.equal(files['conv_3.csv']!.length, 0);
    const rows = parseCsv(strFromU8(files['conv_1.csv']!));
    assert.deepEqual(rows[0], ['seq', 'at', 'offsetSeconds', 'kind', 'speaker', 'speakerName', 'text']);
    assert.equal(rows[3]![6], 'User transferred to Agent');
    assert.equal(rows[4]![6], 'Max no-input attempts reached');
    assert.equal(strFromU8(files['conv_1.csv']!), transcriptToCsv(items));
  });

  it('refuses more than 25 conversations', () => {
    const entries = Array.from({ length: 26 }, (_, i) => ({ conversationId: `c${i}`, items: null }));
    assert.throws(() => buildTranscriptsZip(entries), TranscriptExportLimitError);
    assert.doesNotThrow(() => buildTranscriptsZip(entries.slice(0, 25)));
  });

  it('collectTranscriptsZip turns failed fetches into blank files', async () => {
    const fake = {
      transcripts: {
        get: async (id: string) => {
          if (id === 'broken') throw new Error('boom');
          return { items };
        },
      },
    };
    const zip = await collectTranscriptsZip(fake, ['ok', 'broken']);
    const files = unzipSync(zip.bytes);
    assert.equal(files['broken.csv']!.length, 0);
    assert.ok(files['ok.csv']!.length > 0);
  });

  it('collectTranscriptsZip honours the backend\'s limit (features.maxTranscriptExport) before fetching anything', async () => {
    let fetched = 0;
    const fake = { transcripts: { get: async () => (fetched++, { items }) } };
    const ids = Array.from({ length: 11 }, (_, i) => `c${i}`);
    const error = await collectTranscriptsZip(fake, ids, { limit: 10 }).catch((e: unknown) => e);
    assert.ok(error instanceof TranscriptExportLimitError);
    assert.equal(error.limit, 10);
    assert.equal(fetched, 0);
    const zip = await collectTranscriptsZip(fake, ids.slice(0, 10), { limit: 10 });
    assert.equal(Object.keys(unzipSync(zip.bytes)).length, 10);
  });
});
