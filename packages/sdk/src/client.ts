import { Transport, type Logger } from './http/transport.js';
import type { RetryOptions } from './http/retry.js';
import { CapabilitiesResource } from './resources/capabilities.js';
import { CataloguesResource } from './resources/catalogues.js';
import { ConversationsResource } from './resources/conversations.js';
import { DiagnosticsResource } from './resources/diagnostics.js';
import { DispositionsResource } from './resources/dispositions.js';
import { EventsResource } from './resources/events.js';
import { ExportsResource } from './resources/exports.js';
import { FiltersResource } from './resources/filters.js';
import { LiveResource } from './resources/live.js';
import { RecordingsResource } from './resources/recordings.js';
import { SearchResource } from './resources/search.js';
import { SupervisorResource } from './resources/supervisor.js';
import { TranscriptsResource } from './resources/transcripts.js';

export interface ClientOptions {
  /** Where the API lives, e.g. `https://example.com` (paths start with `/v1`). May carry a path prefix. */
  baseUrl: string;
  /** A fixed bearer token. */
  token?: string;
  /** Or a function asked before every request (refresh tokens here). */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** A fetch implementation (tests, proxies). Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Default per-call timeout in ms, covering retries and reading the body. Default 30000; 0 disables. */
  timeout?: number;
  /** Retry policy for safe calls (GET and writes with an idempotency key). A number sets the limit; `false` disables. */
  retry?: RetryOptions | number | false;
  /** Receives one debug line per attempt; lines never include headers or the token. */
  logger?: Logger;
  /** Extra headers on every request (not for credentials). */
  headers?: Record<string, string>;
}

export interface ConversationsClient {
  readonly capabilities: CapabilitiesResource;
  readonly conversations: ConversationsResource;
  readonly search: SearchResource;
  readonly transcripts: TranscriptsResource;
  readonly recordings: RecordingsResource;
  readonly diagnostics: DiagnosticsResource;
  readonly events: EventsResource;
  readonly dispositions: DispositionsResource;
  readonly supervisor: SupervisorResource;
  readonly filters: FiltersResource;
  readonly exports: ExportsResource;
  readonly live: LiveResource;
  readonly catalogues: CataloguesResource;
  /** The resolved base URL. */
  readonly baseUrl: string;
}

/** A typed client for any backend that implements the Conversations Kit contract. */
export function createClient(options: ClientOptions): ConversationsClient {
  const transport = new Transport(options);
  return {
    capabilities: new CapabilitiesResource(transport),
    conversations: new ConversationsResource(transport),
    search: new SearchResource(transport),
    transcripts: new TranscriptsResource(transport),
    recordings: new RecordingsResource(transport),
    diagnostics: new DiagnosticsResource(transport),
    events: new EventsResource(transport),
    dispositions: new DispositionsResource(transport),
    supervisor: new SupervisorResource(transport),
    filters: new FiltersResource(transport),
    exports: new ExportsResource(transport),
    live: new LiveResource(transport),
    catalogues: new CataloguesResource(transport),
    baseUrl: transport.baseUrl,
  };
}
