/**
 * Friendly names for the contract's schemas. Everything here is derived from the generated
 * `openapi.ts`, so it can never drift from `packages/contract/openapi.yaml`.
 */
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

export type ErrorBody = Schemas['ErrorBody'];
export type ContractErrorCode = Schemas['ErrorCode'];

export type Permission = Schemas['Permission'];
export type Role = Schemas['Role'];
export type User = Schemas['User'];
export type Features = Schemas['Features'];
export type Capabilities = Schemas['Capabilities'];

export type Channel = Schemas['Channel'];
export type Direction = Schemas['Direction'];
export type Sentiment = Schemas['Sentiment'];
export type ConversationStatus = Schemas['ConversationStatus'];
export type CompletionReason = Schemas['CompletionReason'];
export type StatusFilter = Schemas['StatusFilter'];
export type ConversationSort = Schemas['ConversationSort'];
export type SearchSort = Schemas['SearchSort'];
export type AgentKind = Schemas['AgentKind'];
export type AgentRef = Schemas['AgentRef'];
export type QueueRef = Schemas['QueueRef'];
export type Customer = Schemas['Customer'];
export type Csat = Schemas['Csat'];
export type CustomTag = Schemas['CustomTag'];
export type Identifiers = Schemas['Identifiers'];
export type ConversationSummary = Schemas['ConversationSummary'];
export type Conversation = Schemas['Conversation'];
export type ConversationMode = Schemas['ConversationMode'];
export type Note = Schemas['Note'];
export type ConversationPage = Schemas['ConversationPage'];
export type TagClause = Schemas['TagClause'];
export type ConversationQuery = Schemas['ConversationQuery'];

export type SearchTier = Schemas['SearchTier'];
export type Highlight = Schemas['Highlight'];
export type TextRange = Schemas['TextRange'];
export type SearchHit = Schemas['SearchHit'];
export type SearchPage = Schemas['SearchPage'];

export type Speaker = Schemas['Speaker'];
export type Redaction = Schemas['Redaction'];
export type LatencyMarks = Schemas['LatencyMarks'];
export type TurnLatency = Schemas['TurnLatency'];
export type TranscriptItemKind = Schemas['TranscriptItemKind'];
export type TranscriptItem = Schemas['TranscriptItem'];
export type MessageItem = Schemas['MessageItem'];
export type WhisperItem = Schemas['WhisperItem'];
export type TransferItem = Schemas['TransferItem'];
export type NoInputItem = Schemas['NoInputItem'];
export type HoldItem = Schemas['HoldItem'];
export type EmailItem = Schemas['EmailItem'];
export type LlmErrorItem = Schemas['LlmErrorItem'];
export type TranscriptPage = Schemas['TranscriptPage'];

export type RecordingState = Schemas['RecordingState'];
export type RecordingChannel = Schemas['RecordingChannel'];
export type RecordingStatus = Schemas['RecordingStatus'];
export type RecordingPeaks = Schemas['RecordingPeaks'];

export type SipEndpoint = Schemas['SipEndpoint'];
export type SipMessage = Schemas['SipMessage'];
export type SipFlow = Schemas['SipFlow'];
export type MinMaxAvg = Schemas['MinMaxAvg'];
export type QosStats = Schemas['QosStats'];
export type QosSample = Schemas['QosSample'];
export type QosConnection = Schemas['QosConnection'];
export type QosReport = Schemas['QosReport'];
export type Participant = Schemas['Participant'];

export type ConversationEventType = Schemas['ConversationEventType'];
export type ConversationEvent = Schemas['ConversationEvent'];

export type Disposition = Schemas['Disposition'];
export type DispositionUpdate = Schemas['DispositionUpdate'];
export type DispositionCode = Schemas['DispositionCode'];
export type Catalogue = Schemas['Catalogue'];
export type DispositionAuditEntry = Schemas['DispositionAuditEntry'];

export type SavedFilter = Schemas['SavedFilter'];
export type SavedFilterInput = Schemas['SavedFilterInput'];
export type SavedFilterPatch = Schemas['SavedFilterPatch'];

export type ConversationExportRequest = Schemas['ConversationExportRequest'];

export type LiveEventType = Schemas['LiveEventType'];
export type LiveEvent = Schemas['LiveEvent'];

/** Query of `GET /v1/conversations`: the filters plus paging and sort. */
export type ListConversationsParams = ConversationQuery & {
  limit?: number;
  cursor?: string;
  sort?: ConversationSort;
};

/** Query of `GET /v1/search`. */
export type SearchParams = ConversationQuery & {
  q: string;
  limit?: number;
  cursor?: string;
  sort?: SearchSort;
};

export type PeaksParams = NonNullable<operations['getRecordingPeaks']['parameters']['query']>;
export type RecordingDownloadChannel = NonNullable<
  NonNullable<operations['downloadRecording']['parameters']['query']>['channel']
>;
export type DiagnosticsExportFormat = NonNullable<operations['exportDiagnostics']['parameters']['query']>['format'];

/** Every call accepts these. */
export interface CallOptions {
  /** Aborts the call; the promise rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds for the whole call (every attempt and reading the body). Overrides the client default. */
  timeout?: number;
}

/** Writes the backend can deduplicate accept an idempotency key, which makes them safe to retry. */
export interface WriteOptions extends CallOptions {
  /** A key of your own, or `false` to send none (the call is then never retried). Default: a fresh UUID per call. */
  idempotencyKey?: string | false;
}

/** One page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
  /** `total` is a lower bound: the backend stopped counting (show "5,000+", page forward). */
  totalIsLowerBound?: boolean;
}

/** A file the backend produced (CSV, zip, FLAC, PCAP…). */
export interface Download {
  blob: Blob;
  /** From `Content-Disposition`, when the backend named the file. */
  filename: string | null;
  contentType: string | null;
}
