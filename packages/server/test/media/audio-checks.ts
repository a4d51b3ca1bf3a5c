/** Test helpers: loudness over a time range and the "turns are where they should be" check. */
import assert from 'node:assert/strict';
import { RECORDING_SAMPLE_RATE, type VoiceCallInput } from '../../src/media/index.js';

const SR = RECORDING_SAMPLE_RATE;

/** RMS of a channel between two times (seconds). */
export function rms(channel: Float32Array, from: number, to: number): number {
  const a = Math.max(0, Math.round(from * SR));
  const b = Math.min(channel.length, Math.round(to * SR));
  let sum = 0;
  for (let i = a; i < b; i++) sum += channel[i] * channel[i];
  return Math.sqrt(sum / Math.max(1, b - a));
}

/** Checks every turn sounds on its own channel, and only there. */
export function assertPlacement(input: VoiceCallInput, channels: [Float32Array, Float32Array]): void {
  const inHold = (t: number): boolean => input.holds.some((h) => t >= h.offsetSeconds && t < h.offsetSeconds + h.durationSeconds);
  for (const turn of input.turns) {
    const own = turn.speaker === 'customer' ? 0 : 1;
    const end = turn.offsetSeconds + turn.durationSeconds;
    if (own === 0 && inHold(turn.offsetSeconds)) continue;
    assert.ok(rms(channels[own], turn.offsetSeconds, end) > 0.05, `"${turn.text}" is audible on channel ${own}`);
    assert.ok(rms(channels[own], turn.offsetSeconds, turn.offsetSeconds + 0.4) > 0.02, `"${turn.text}" starts at its offset`);
    assert.ok(rms(channels[own], turn.offsetSeconds - 0.3, turn.offsetSeconds - 0.02) < 0.005, `silence right before "${turn.text}"`);
    assert.ok(rms(channels[own], end + 0.02, end + 0.3) < 0.005, `silence right after "${turn.text}"`);
    const other = input.turns.filter((t) => t.speaker !== turn.speaker && t.offsetSeconds < end && t.offsetSeconds + t.durationSeconds > turn.offsetSeconds);
    if (!other.length) assert.ok(rms(channels[1 - own], turn.offsetSeconds, end) < 0.003, `channel ${1 - own} is quiet during "${turn.text}"`);
  }
}
