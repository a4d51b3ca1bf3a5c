import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateSpeechSeconds, RECORDING_SAMPLE_RATE, synthesizeRecording, voiceForTurn, type VoiceCallInput } from '../../src/media/index.js';
import { voiceCall } from '../diagnostics/fixtures.js';
import { assertPlacement, rms } from './audio-checks.js';

const SR = RECORDING_SAMPLE_RATE;

/** Median pitch (Hz) of voiced 40 ms frames, by autocorrelation over 70–400 Hz. */
function medianPitch(channel: Float32Array, from: number, to: number): number {
  const pitches: number[] = [];
  const frame = Math.round(0.04 * SR);
  for (let start = Math.round(from * SR); start + frame + SR / 70 < to * SR; start += frame) {
    const x = channel.subarray(start, start + frame + Math.ceil(SR / 70));
    let energy = 0;
    for (let i = 0; i < frame; i++) energy += x[i] * x[i];
    if (energy / frame < 0.003) continue;
    let best = 0;
    let bestLag = 0;
    for (let lag = Math.floor(SR / 400); lag <= Math.ceil(SR / 70); lag++) {
      let c = 0;
      for (let i = 0; i < frame; i++) c += x[i] * x[i + lag];
      if (c > best) [best, bestLag] = [c, lag];
    }
    if (best / energy > 0.5) pitches.push(SR / bestLag);
  }
  pitches.sort((a, b) => a - b);
  return pitches[pitches.length >> 1] ?? 0;
}

function call(): VoiceCallInput {
  const lines: [VoiceCallInput['turns'][number]['speaker'], string][] = [
    ['agent', 'Thank you for calling. How can I help you today?'],
    ['customer', 'Hi, I would like to check my last bill please.'],
    ['agent', 'Of course. Could you confirm the account number?'],
  ];
  let t = 0.5;
  const turns = lines.map(([speaker, text]) => {
    const turn = { speaker, text, offsetSeconds: t, durationSeconds: estimateSpeechSeconds(text) };
    t += turn.durationSeconds + 0.7;
    return turn;
  });
  return voiceCall({ durationSeconds: Math.ceil(t + 1), turns, holds: [], participants: [{ name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: null }] });
}

describe('synthesizeRecording (speech mode, Flite)', () => {
  const input = call();
  const audio = synthesizeRecording(input, { mode: 'speech' });

  it('says each turn on its speaker\'s channel, filling exactly the turn', () => {
    assert.equal(audio.channels[0].length, input.durationSeconds * SR);
    assertPlacement(input, audio.channels);
    for (const turn of input.turns) {
      const ch = audio.channels[turn.speaker === 'customer' ? 0 : 1];
      // Speech reaches into the last quarter of the turn: stretched to fit, not just padded.
      const end = turn.offsetSeconds + turn.durationSeconds;
      assert.ok(rms(ch, end - turn.durationSeconds / 4, end) > 0.02, `"${turn.text}" fills its duration`);
    }
  });

  it('uses two different voices: a lower one for the customer, a higher one for the AI agent', () => {
    assert.equal(voiceForTurn(input, input.turns[0]), 'slt');
    assert.equal(voiceForTurn(input, input.turns[1]), 'kal');
    const [a1, c1] = input.turns;
    const agentPitch = medianPitch(audio.channels[1], a1.offsetSeconds, a1.offsetSeconds + a1.durationSeconds);
    const customerPitch = medianPitch(audio.channels[0], c1.offsetSeconds, c1.offsetSeconds + c1.durationSeconds);
    assert.ok(customerPitch > 70 && customerPitch < 150, `customer pitch ${customerPitch}`);
    assert.ok(agentPitch > 150 && agentPitch < 300, `agent pitch ${agentPitch}`);
  });

  it('switches the agent voice once a human agent is on the call', () => {
    const withHuman = voiceCall({ participants: [{ name: 'Jane', kind: 'human', external: false, joinOffsetSeconds: 30, leaveOffsetSeconds: null }] });
    assert.equal(voiceForTurn(withHuman, { speaker: 'agent', text: 'Hi', offsetSeconds: 10, durationSeconds: 1 }), 'slt');
    assert.equal(voiceForTurn(withHuman, { speaker: 'agent', text: 'Hi', offsetSeconds: 40, durationSeconds: 1 }), 'rms');
  });

  it('is deterministic', () => {
    const again = synthesizeRecording(input, { mode: 'speech' });
    assert.deepEqual(again.channels[1], audio.channels[1]);
  });

  it('falls back to speech-shaped sound for text Flite cannot read', () => {
    const arabic = voiceCall({
      durationSeconds: 4,
      holds: [],
      turns: [{ speaker: 'customer', text: 'مرحبا، أريد التحقق من فاتورتي', offsetSeconds: 0.5, durationSeconds: 2.5 }],
    });
    const [customer] = synthesizeRecording(arabic, { mode: 'speech' }).channels;
    assert.ok(rms(customer, 0.5, 3) > 0.05);
  });
});
