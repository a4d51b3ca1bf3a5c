/**
 * Strings of <recording-player>. Exact wording from the product spec ("Call Recording", its list of
 * recording status messages and the retention note) where it has one. Every key starts with
 * `recording` so no other area's catalogue can shadow it when they are merged.
 */
export const recording = {
  recordingPlayerLabel: 'Call recording',
  recordingLoading: 'Loading the call recording…',
  recordingWaveformLoading: 'Loading the waveform…',

  // The spec's list of recording status messages (one per state), word for word.
  recordingState_failed: 'Media generation failed due to a technical issue. Please contact your administrator.',
  recordingState_media_unavailable: 'No audio recording found on the server. Please contact your administrator.',
  recordingState_call_in_progress: 'Media unavailable while the call is in progress. Please recheck once the call has ended.',
  recordingState_media_in_progress: 'Media generation is in progress. Please wait for a few minutes.',
  recordingState_partial_download_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  recordingState_partial_upload_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  recordingState_partial_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  recordingState_fetching_in_progress: 'Generating your call recording... This may take a few minutes. Please wait.',
  recordingState_initial_fetch_failed: 'We couldn’t load the call recording. Please try again.',
  recordingState_retry_failed: 'Still unable to fetch the recording. Please try again after 15 minutes.',
  recordingState_24hr_retry_failed:
    'We couldn’t generate the call recording due to a technical issue. Please contact your administrator for assistance.',
  // Spec, data retention note.
  recordingState_retention_deleted: 'Recording not available. It may have been deleted as per your data retention policy.',
  // Spec: a message appears when Call Recording Control is disabled (its picture reads "No Recording Available").
  recordingDisabledTitle: 'No Recording Available',
  recordingState_recording_disabled: 'Call recording is disabled for this conversation, so no recording is available.',
  recordingNotFound: 'This conversation has no call recording.',

  recordingRetrying: 'Retrying…',
  recordingRetryUnavailable: 'Retry is not available for this recording right now. Please try again later.',
  recordingAutoRecheck: 'This message updates on its own when the recording is ready.',
  recordingChecking: 'Checking the recording…',
  recordingWaveformFailed: 'We couldn’t load the waveform of this recording.',
  recordingAudioFailed: 'The audio could not be loaded. Please retry.',
  recordingAudioStalled: 'The audio stopped loading. Check your connection, then retry.',

  // Controls (spec: Play, speed drop-down, Volume, Mute, Backward/Forward 10 seconds, Download).
  recordingPlay: 'Play',
  recordingPause: 'Pause',
  recordingBack10: 'Back 10 seconds',
  recordingForward10: 'Forward 10 seconds',
  recordingSpeed: 'Playback speed',
  recordingSpeedOption: (rate: string) => `${rate}×`,
  recordingVolume: 'Volume',
  recordingMute: 'Mute',
  recordingSeek: 'Playback position',
  recordingPosition: (current: string, total: string) => `${current} of ${total}`,
  recordingElapsed: 'Elapsed',
  recordingRemaining: 'Remaining',
  recordingDuration: 'Duration',
  recordingChannel_Customer: 'Customer',
  recordingChannel_Agent: 'Agent',
  recordingChannelWithSpeaker: (channel: string, speaker: string) => `${channel} · ${speaker}`,
  recordingRegionsLabel: 'Marked periods',
  recordingRegionHold: 'Hold',
  /** A latency marker over the waveform, e.g. "ASR 290 ms" (stage names as in the spec's Latency Metrics). */
  recordingRegionLatency: (stage: 'ASR' | 'Bot' | 'TTS', value: string) => `${stage} ${value}`,
  recordingRegion: (label: string, start: string, end: string) => `${label}: ${start} to ${end}`,
  recordingMarkedTime: (time: string) => `Marked time ${time}`,

  // Download (spec: "Download as a single file" / "Download as separate files", .flac).
  recordingDownload: 'Download recording',
  recordingDownloadSingle: 'Download as a single file',
  recordingDownloadSeparate: 'Download as separate files',
  recordingDownloadSeparateHint: 'Select the files to download. Each channel is saved as its own .flac file.',
  recordingDownloadConfirm: 'Download',
  recordingDownloadStarted: 'Recording download started',
  recordingDownloaded: 'Recording downloaded',
  recordingDownloadFailed: 'We couldn’t download the recording. Please retry.',
} as const;
