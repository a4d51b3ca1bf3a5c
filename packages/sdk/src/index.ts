export { createClient } from './client.js';
export type { ClientOptions, ConversationsClient } from './client.js';

export {
  ApiError,
  ValidationError,
  UnauthorizedError,
  PermissionError,
  NotFoundError,
  ConflictError,
  EditConflictError,
  InvalidStateError,
  PreconditionRequiredError,
  GoneError,
  RateLimitError,
  ServerError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  AbortError,
} from './errors.js';
export type { ErrorCode, FieldError } from './errors.js';

export type { RetryOptions } from './http/retry.js';
export { ApiPromise } from './http/api-promise.js';
export type { ResponseMeta, RateLimitInfo, WithResponse } from './http/api-promise.js';
export type { Logger } from './http/transport.js';
export { can } from './resources/capabilities.js';
export type { VersionedDisposition, UpdateDispositionOptions } from './resources/dispositions.js';
export type { ByteRange, AudioChunk, MediaUrl, MediaRepresentation } from './resources/recordings.js';
export type { FullTranscript, TranscriptPageParams } from './resources/transcripts.js';
export type { LiveMessage, LiveSubscribeOptions, LiveSubscription, ReconnectOptions } from './live/subscription.js';
export { SseParser } from './live/sse-parser.js';
export type { SseEvent } from './live/sse-parser.js';

export { csvCell, toCsv, objectsToCsv, parseCsv } from './helpers/csv.js';
export type { CsvCell, CsvOptions } from './helpers/csv.js';
export { exportTimestamp, exportFilename, transcriptsZipFilename, safeFilenamePart } from './helpers/filenames.js';
export { computeLatency, turnLatency, summarizeLatency, latencyTurns, latencyReportCsv } from './helpers/latency.js';
export type { LatencyValues, LatencyStat, LatencySummary } from './helpers/latency.js';
export { transcriptToCsv, transcriptItemText } from './helpers/transcript-text.js';
export {
  buildTranscriptsZip,
  collectTranscriptsZip,
  TranscriptExportLimitError,
  MAX_TRANSCRIPT_EXPORT,
} from './helpers/transcripts-zip.js';
export type { TranscriptZipEntry, TranscriptsZip } from './helpers/transcripts-zip.js';

export type * from './types.js';
export type { paths, components, operations } from './generated/openapi.js';
