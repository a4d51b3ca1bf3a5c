import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePcm16Wav, speak } from '../../src/media/flite.js';

describe('Flite under the in-memory WASI host', () => {
  it('speaks many utterances in one process (node:wasi aborted here on Node 20)', () => {
    const lengths: number[] = [];
    for (let i = 0; i < 12; i++) {
      const u = speak(`Utterance number ${i}. Thank you for calling, how can I help you today?`, i % 2 ? 'kal' : 'slt');
      assert.equal(u.sampleRate, i % 2 ? 8000 : 16000);
      lengths.push(u.samples.length / u.sampleRate);
    }
    assert.ok(lengths.every((s) => s > 2 && s < 8), `durations ${lengths.join(', ')}`);
  });

  it('is deterministic and honours duration_stretch', () => {
    const a = speak('Let me check that for you.', 'kal');
    assert.deepEqual(speak('Let me check that for you.', 'kal').samples, a.samples);
    const slow = speak('Let me check that for you.', 'kal', 1.5);
    assert.ok(slow.samples.length > a.samples.length * 1.2);
  });

  it('returns no audio for nothing to say, and reads WAV files', () => {
    assert.equal(speak('  \u0007 ', 'kal').samples.length, 0);
    const wav = Buffer.alloc(48);
    wav.write('RIFF', 0, 'ascii');
    wav.write('WAVEfmt ', 8, 'ascii');
    wav.writeUInt32LE(16, 16);
    wav.writeUInt16LE(1, 20);
    wav.writeUInt16LE(1, 22);
    wav.writeUInt32LE(8000, 24);
    wav.writeUInt16LE(16, 34);
    wav.write('data', 36, 'ascii');
    wav.writeUInt32LE(4, 40);
    wav.writeInt16LE(16384, 44);
    wav.writeInt16LE(-32768, 46);
    assert.deepEqual(decodePcm16Wav(wav), { sampleRate: 8000, samples: new Float32Array([0.5, -1]) });
  });
});
