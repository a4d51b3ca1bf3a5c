import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXTERNAL_AGENT_TAG, generateParticipants, generateRtcpReports, type VoiceCallInput } from '../../src/diagnostics/index.js';
import { voiceCall } from './fixtures.js';

const rows = (input: VoiceCallInput) => generateParticipants(input, generateRtcpReports(input));

describe('generateParticipants', () => {
  it('lists each participant with times, status and exit reason', () => {
    const [ai, human] = rows(voiceCall());
    assert.equal(ai.name, 'Aria');
    assert.equal(ai.callStatus, 'Left');
    assert.equal(ai.startTime, '2026-11-25T12:30:00.000Z');
    assert.equal(ai.endTime, '2026-11-25T12:30:13.000Z');
    assert.equal(ai.exitReason, 'Transfer');
    assert.equal(ai.exitDescription, 'Transferred the call to Jane Doe.');
    assert.equal(human.startTime, '2026-11-25T12:30:14.000Z');
    assert.equal(human.exitReason, 'Call Ended');
    assert.match(human.exitDescription!, /ended the call\.$/);
    assert.equal(human.externalTag, null);
  });

  it('tags external agents and keeps people still on the call "In-Call"', () => {
    const input = voiceCall({
      participants: [
        { name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: 20 },
        { name: 'Sam Lee', kind: 'human', external: true, joinOffsetSeconds: 22, leaveOffsetSeconds: null },
      ],
    });
    const [, sam] = rows(input);
    assert.equal(sam.externalTag, EXTERNAL_AGENT_TAG);
    assert.equal(sam.externalTag, 'External Agent');
    assert.equal(sam.callStatus, 'In-Call');
    assert.equal(sam.endTime, null);
    assert.equal(sam.exitReason, null);
    assert.ok(sam.mos && sam.mos.min >= 4, 'the external leg has reports too');
  });

  it('says why someone dropped out early', () => {
    const input = voiceCall({
      quality: 'poor',
      participants: [
        { name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: 120 },
        { name: 'Jane Doe', kind: 'human', external: false, joinOffsetSeconds: 5, leaveOffsetSeconds: 60, exit: 'left' },
      ],
    });
    const [, jane] = rows(input);
    assert.equal(jane.exitReason, 'Disconnected');
    assert.equal(jane.exitDescription, 'Jane Doe left the call before it ended.');
  });

  it('reports MOS, jitter (ms) and packets lost from the reports while each was on the call', () => {
    const good = rows(voiceCall());
    for (const p of good) {
      assert.ok(p.mos && p.jitter && p.packetsLost);
      assert.equal(p.avgMos, p.mos.avg);
      assert.ok(p.mos.min <= p.mos.avg && p.mos.avg <= p.mos.max);
      assert.ok(p.mos.min >= 4, `good call, ${p.name} MOS ${p.mos.min}`);
      assert.ok(p.jitter.max < 5);
    }
    const [, poorHuman] = rows(voiceCall({ quality: 'poor' }));
    assert.ok(poorHuman.avgMos! < 3.6);
    assert.ok(poorHuman.jitter!.avg > 30);
    assert.ok(poorHuman.packetsLost!.max > 0);
  });

  it('has no quality figures without RTCP', () => {
    for (const p of rows(voiceCall({ quality: 'no_rtcp' }))) {
      assert.equal(p.avgMos, null);
      assert.equal(p.mos, null);
      assert.equal(p.jitter, null);
      assert.equal(p.packetsLost, null);
    }
  });

  it('explains failed calls', () => {
    const input = voiceCall({ outcome: 'busy_486', durationSeconds: 3, participants: [{ name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: 3 }] });
    const [aria] = rows(input);
    assert.equal(aria.exitReason, 'Disconnected');
    assert.match(aria.exitDescription!, /486 Busy Here/);
  });
});
