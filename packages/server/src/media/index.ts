export type { RecordingAudio, RecordingFiles, PeaksFile, SynthesisMode, SynthesisOptions, VoiceCallInput } from './types.js';
export { synthesizeRecording, renderRecording, recordingLength, type RenderOptions, type RecordingChunk } from './render.js';
export { computePeaks, renderPeaks, resamplePeaks, peaksResponse, PeaksAccumulator } from './peaks.js';
export { encodeWav, wavHeader } from './wav.js';
export { encodeFlac, FlacStreamEncoder } from './flac.js';
export { getRecordingFiles, recordingFilePaths, filesOf, DEFAULT_PEAKS_PER_SECOND, type RecordingFilesOptions, type RecordingParts } from './recording-files.js';
export { voiceForTurn } from './turn-audio.js';
export { RECORDING_SAMPLE_RATE, CHANNEL_LABELS } from './constants.js';
export { estimateSpeechSeconds, SPEECH_WORDS_PER_MINUTE } from '../diagnostics/speech-timing.js';
