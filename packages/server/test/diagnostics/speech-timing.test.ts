import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateSpeechSeconds, SPEECH_WORDS_PER_MINUTE } from '../../src/diagnostics/index.js';

describe('estimateSpeechSeconds', () => {
  it('speaks at a conversational rate', () => {
    const words = Array.from({ length: 30 }, () => 'word').join(' ');
    assert.equal(estimateSpeechSeconds(words), Math.round((30 * 60 * 100) / SPEECH_WORDS_PER_MINUTE) / 100);
    assert.equal(estimateSpeechSeconds(words, 120), 15);
  });

  it('adds pauses at sentence ends and commas, and reads long numbers digit by digit', () => {
    const plain = estimateSpeechSeconds('I can help you with that today');
    assert.ok(estimateSpeechSeconds('I can help. You with that, today') > plain);
    assert.ok(estimateSpeechSeconds('My number is 4417229011') > estimateSpeechSeconds('My number is four'));
  });

  it('never returns less than a short utterance, and 0 for no words', () => {
    assert.equal(estimateSpeechSeconds('Okay.'), 0.6);
    assert.equal(estimateSpeechSeconds('  … '), 0);
  });
});
