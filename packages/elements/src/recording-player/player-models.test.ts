// The player's pure models: the re-check schedule, which message a state shows, signed-URL renewal,
// the merged waveform lane, and the test backend's own G.711 encoders (checked against the browser's decoder).
import { expect } from '@open-wc/testing';
import type { RecordingStatus } from '@conversations-kit/sdk';
import { en } from '../i18n/messages.js';
import { mergeChannels } from './waveform.js';
import { recheckDelay, stateMessage } from './recording-states.js';
import { isExpiring, renewalDelay } from './signed-media-url.js';
import { linearToAlaw, linearToMulaw, syntheticRecording } from './testing/synthetic-recording.js';

const recording = syntheticRecording({ durationSeconds: 30 });
const status = (state: string, extra: Partial<RecordingStatus> = {}) => ({ ...recording.status(), state, nextAutomaticAttemptAt: null, ...extra }) as RecordingStatus;

describe('recording-player models', () => {
  it('merges two channels into one lane of the louder value', () => {
    expect(mergeChannels([[0.1, -0.5, 0], [-0.3, 0.2, 0]])).to.deep.equal([0.3, 0.5, 0]);
    expect(mergeChannels([[0.2]])).to.deep.equal([0.2]);
  });

  describe('re-check schedule', () => {
    it('backs off from 5 s to a 2-minute cap with jitter, and never re-checks final states', () => {
      const mid = () => 0.5;
      expect([0, 1, 2, 3, 4, 5, 9].map((a) => recheckDelay(status('media_in_progress'), a, 0, mid))).to.deep.equal([5000, 10000, 20000, 40000, 80000, 120000, 120000]);
      expect(recheckDelay(status('fetching_in_progress'), 0, 0, () => 0)).to.equal(4000);
      expect(recheckDelay(status('fetching_in_progress'), 0, 0, () => 0.999)).to.be.closeTo(6000, 5);
      expect(recheckDelay(status('call_in_progress'), 0, 0, mid)).to.equal(30000);
      for (const state of ['available', 'failed', 'retry_failed', 'partial_failed', '24hr_retry_failed', 'retention_deleted', 'recording_disabled']) {
        expect(recheckDelay(status(state), 0), state).to.equal(null);
      }
    });
    it("checks just after the backend's own next attempt when that comes sooner", () => {
      const now = Date.parse('2026-01-01T00:00:00Z');
      expect(recheckDelay(status('media_in_progress', { nextAutomaticAttemptAt: '2026-01-01T00:00:30Z' }), 3, now, () => 0.5)).to.equal(31500);
      expect(recheckDelay(status('media_in_progress', { nextAutomaticAttemptAt: '2026-01-01T01:00:00Z' }), 0, now, () => 0.5)).to.equal(5000);
    });
  });

  describe('state messages', () => {
    it("uses the backend's message, the spec's text when there is none, and a host's override over both", () => {
      expect(stateMessage(status('failed', { message: 'Backend words' }), en)).to.equal('Backend words');
      expect(stateMessage(status('failed', { message: '' }), en)).to.equal(en.recordingState_failed);
      expect(stateMessage(status('failed', { message: 'Backend words' }), { ...en, recordingState_failed: 'Host words' })).to.equal('Host words');
      expect(stateMessage(status('available'), en)).to.equal('');
    });
    it('says recording is disabled when the backend reports enabled: false (retention aside)', () => {
      expect(stateMessage(status('recording_disabled', { enabled: false, message: '' }), en)).to.equal(en.recordingState_recording_disabled);
      expect(stateMessage(status('failed', { enabled: false, message: 'About failing' }), en)).to.equal(en.recordingState_recording_disabled);
      expect(stateMessage(status('retention_deleted', { enabled: false, message: '' }), en)).to.equal(en.recordingState_retention_deleted);
    });
    it("shows an unknown future state's message from the backend", () => {
      expect(stateMessage(status('archived_offsite', { message: 'Archived: ask your administrator.' }), en)).to.equal('Archived: ask your administrator.');
    });
  });

  describe('signed URL renewal', () => {
    const now = 1_000_000;
    it('renews a fifth of the lifetime ahead, at most a minute ahead, never sooner than a second', () => {
      expect(renewalDelay({ url: 'u', expiresAt: now + 300_000 }, now)).to.equal(240_000);
      expect(renewalDelay({ url: 'u', expiresAt: now + 10 * 60_000 }, now)).to.equal(9 * 60_000);
      expect(renewalDelay({ url: 'u', expiresAt: now + 10_000 }, now)).to.equal(8_000);
      expect(renewalDelay({ url: 'u', expiresAt: now - 5_000 }, now)).to.equal(1_000);
    });
    it('does not start a load with a URL about to expire', () => {
      expect(isExpiring(undefined, now)).to.be.true;
      expect(isExpiring({ url: 'u', expiresAt: now + 500 }, now)).to.be.true;
      expect(isExpiring({ url: 'u', expiresAt: now + 60_000 }, now)).to.be.false;
    });
  });

  describe("the test backend's G.711 encoders", () => {
    it('match the reference values', () => {
      expect([0, 32767, -32768, 1000, -1000].map(linearToMulaw)).to.deep.equal([0xff, 0x80, 0x00, 0xce, 0x4e]);
      expect([0, 32767, -32768, 1000, -1000].map(linearToAlaw)).to.deep.equal([0xd5, 0xaa, 0x2a, 0xfa, 0x7a]);
    });
    for (const encoding of ['mulaw', 'alaw'] as const) {
      it(`${encoding}: the browser decodes the file to the same sound as the 16-bit PCM one`, async () => {
        const decode = async (rec: ReturnType<typeof syntheticRecording>) => {
          const context = new OfflineAudioContext(2, 8000, 8000);
          const buffer = await context.decodeAudioData(rec.read(0, rec.size - 1).slice().buffer);
          return buffer.getChannelData(0);
        };
        const [pcm, g711] = await Promise.all([decode(syntheticRecording({ durationSeconds: 3 })), decode(syntheticRecording({ durationSeconds: 3, encoding }))]);
        expect(g711.length).to.equal(pcm.length);
        let error = 0;
        let power = 0;
        for (let i = 0; i < pcm.length; i++) {
          error += (pcm[i]! - g711[i]!) ** 2;
          power += pcm[i]! ** 2;
        }
        // G.711 keeps about 38 dB of signal over its quantisation noise.
        expect(10 * Math.log10(power / error)).to.be.greaterThan(30);
      });
    }
  });
});
