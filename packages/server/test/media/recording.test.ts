import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RECORDING_SAMPLE_RATE, renderRecording, synthesizeRecording } from '../../src/media/index.js';
import { voiceCall } from '../diagnostics/fixtures.js';
import { assertPlacement, rms } from './audio-checks.js';

const SR = RECORDING_SAMPLE_RATE;

describe('synthesizeRecording (fast mode)', () => {
  const input = voiceCall();
  const audio = synthesizeRecording(input, { mode: 'fast' });

  it('lasts exactly the call at 8 kHz on two channels', () => {
    assert.equal(audio.sampleRate, 8000);
    assert.equal(audio.channels.length, 2);
    for (const ch of audio.channels) assert.equal(ch.length, 120 * 8000);
  });

  it('puts customer turns on channel 0 and agent turns on channel 1, at their offsets', () => {
    assertPlacement(input, audio.channels);
  });

  it('keeps a faint noise floor where nobody speaks, and clips nothing', () => {
    const floor = rms(audio.channels[1], 20, 38);
    assert.ok(floor > 0 && floor < 0.002, `noise floor ${floor}`);
    for (const ch of audio.channels) for (const s of ch) assert.ok(s >= -1 && s <= 1);
  });

  it('records digital silence on the customer channel during a hold, even if they talk', () => {
    const onHold = voiceCall({ turns: [...input.turns, { speaker: 'customer', text: 'Hello? Are you still there?', offsetSeconds: 60, durationSeconds: 2 }] });
    const [customer, agent] = synthesizeRecording(onHold, { mode: 'fast' }).channels;
    assert.ok(customer.subarray(55 * SR, 75 * SR).every((s) => s === 0));
    assert.ok(rms(agent, 60, 70) > 0, 'the agent side still has its noise floor');
    assert.ok(rms(customer, 50, 54) > 0);
  });

  it('is deterministic for a seed and differs for another', () => {
    const again = synthesizeRecording(input, { mode: 'fast' });
    assert.deepEqual(again.channels[0], audio.channels[0]);
    assert.deepEqual(again.channels[1], audio.channels[1]);
    const other = synthesizeRecording({ ...input, seed: 77 }, { mode: 'fast' });
    assert.notDeepEqual(other.channels[1].subarray(12000, 14000), audio.channels[1].subarray(12000, 14000));
  });

  it('renders the same samples chunk by chunk', () => {
    let at = 0;
    for (const { start, channels } of renderRecording(input, { mode: 'fast', chunkSeconds: 0.37 })) {
      assert.equal(start, at);
      assert.deepEqual(channels[0], audio.channels[0].subarray(start, start + channels[0].length));
      assert.deepEqual(channels[1], audio.channels[1].subarray(start, start + channels[1].length));
      at += channels[0].length;
    }
    assert.equal(at, audio.channels[0].length);
  });

  it('handles empty and odd inputs', () => {
    assert.equal(synthesizeRecording(voiceCall({ durationSeconds: 0, turns: [] }), { mode: 'fast' }).channels[0].length, 0);
    const late = voiceCall({ durationSeconds: 5, turns: [{ speaker: 'agent', text: 'Cut off at the end of the call', offsetSeconds: 4, durationSeconds: 3 }] });
    const [, agent] = synthesizeRecording(late, { mode: 'fast' }).channels;
    assert.equal(agent.length, 5 * SR);
    assert.ok(rms(agent, 4, 5) > 0.05);
  });
});
