/** The product spec's exact recording messages, per state. */
export const RECORDING_MESSAGES: Record<string, string> = {
  failed: 'Media generation failed due to a technical issue. Please contact your administrator.',
  media_unavailable: 'No audio recording found on the server. Please contact your administrator.',
  call_in_progress: 'Media unavailable while the call is in progress. Please recheck once the call has ended.',
  media_in_progress: 'Media generation is in progress. Please wait for a few minutes.',
  partial_download_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  partial_upload_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  partial_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  fetching_in_progress: 'Generating your call recording... This may take a few minutes. Please wait.',
  initial_fetch_failed: 'We couldn’t load the call recording. Please try again.',
  retry_failed: 'Still unable to fetch the recording. Please try again after 15 minutes.',
  '24hr_retry_failed': 'We couldn’t generate the call recording due to a technical issue. Please contact your administrator for assistance.',
  retention_deleted: 'Recording not available. It may have been deleted as per your data retention policy.',
};

/** `transcripts-YYYY-MM-DD-HH24-mm-SS.zip`. */
export const TRANSCRIPTS_ZIP_NAME = /^transcripts-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.zip$/;
