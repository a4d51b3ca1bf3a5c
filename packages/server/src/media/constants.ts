/** Telephone rate: both Flite voices end up here and G.711 calls never carry more. */
export const RECORDING_SAMPLE_RATE = 8000;

/** Channel labels, in channel order (DOMAIN.md recording `channels`). */
export const CHANNEL_LABELS = ['Customer', 'Agent'] as const;

/** Background level where nobody speaks: about −56 dBFS, so a line never looks dead. */
export const NOISE_FLOOR_AMPLITUDE = 0.0015;

/** Target loudness of a spoken turn (RMS) and its peak ceiling. */
export const SPEECH_RMS = 0.12;
export const SPEECH_PEAK_LIMIT = 0.9;

/** Bump when synthesis changes, so cached files are rebuilt. */
export const MEDIA_CACHE_VERSION = 1;
