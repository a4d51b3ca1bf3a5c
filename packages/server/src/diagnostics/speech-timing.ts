/**
 * How long a turn takes to say, so the generator can lay turns out the way the synthesized
 * recording will sound. Calibrated against the Flite voices the recordings use (speech-only,
 * leading/trailing silence trimmed); the synthesizer stretches each turn to the exact
 * duration it is given, so this only needs to be close, not exact.
 */

/** Conversational speaking rate. */
export const SPEECH_WORDS_PER_MINUTE = 180;

const SENTENCE_PAUSE_SECONDS = 0.3;
const COMMA_PAUSE_SECONDS = 0.1;
const MIN_SECONDS = 0.6;

export function estimateSpeechSeconds(text: string, wordsPerMinute = SPEECH_WORDS_PER_MINUTE): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return 0;
  // Long numbers (account numbers, phone numbers) are read digit by digit.
  const spoken = words.reduce((n, w) => {
    const digits = w.replace(/\D/g, '').length;
    return n + (digits > 3 ? digits * 0.6 : 1);
  }, 0);
  const sentenceBreaks = Math.max(0, (text.match(/[.!?]+(\s|$)/g) ?? []).length - 1);
  const commas = (text.match(/[,;:]/g) ?? []).length;
  const seconds = (spoken * 60) / wordsPerMinute + sentenceBreaks * SENTENCE_PAUSE_SECONDS + commas * COMMA_PAUSE_SECONDS;
  return Math.round(Math.max(MIN_SECONDS, seconds) * 100) / 100;
}
