/**
 * GENERATED from packages/contract/openapi.yaml by packages/sdk/scripts/generate-types.mjs.
 * Do not edit by hand: change the contract and run `node packages/sdk/scripts/generate-types.mjs`.
 */

export interface paths {
    "/v1/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller is, what they may do and what the backend supports.
         * @description The first call of every client: `permissions` decides which actions the elements enable, `features` which parts exist (full-text search, live updates, diagnostics) and the limits to honour (`maxTranscriptExport`, `eventsRetentionDays`).
         */
        get: operations["getCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One page of conversations, newest first by default, keyset-paginated.
         * @description Filters combine with AND; repeated parameters (`channel=voice&channel=chat`) combine with OR. `total` is present only when the backend can count cheaply and may be absent: clients then show a lower bound ("50+"), never a total they do not have. A page is empty only when nothing matches; `nextCursor` is `null` on the last page.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * One conversation with every field the table, header and Details/User/Identifiers tabs show.
         * @description Customer PII (`customer.name/phone/email`, `caller`, `callee`) is `null` and `customer.obscured` is `true` for callers without `pii.view`.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over chat and call transcripts, agent notes and disposition notes.
         * @description Searches chat and call transcripts (agent AI logs excluded), agent notes and disposition notes.
         *
         *     **Query syntax** (no input is an error; characters outside it are read as text):
         *     - `words` — each word counts; results containing more, and rarer, of them rank higher.
         *     - `"a phrase"` — results must contain the phrase.
         *     - `-word`, `-"a phrase"` — results containing it are left out.
         *     - `a OR b` — either word satisfies that part of the query.
         *     - `TK-37887`, `e-mail` — words joined by punctuation match as one phrase.
         *
         *     **Matching.** Case, accents and apostrophes are folded (`Deja vu` finds `Déjà vu`, `c'est` finds `c’est`).
         *     Stop words (articles, pronouns, prepositions, auxiliaries) are ignored, also inside phrases
         *     (`waive late fee` is an exact match for `waive the late fee`). A word of 3+ characters with a letter also
         *     matches longer words starting with it, one of 4+ characters words containing it (at most 40 such words,
         *     the most frequent); shorter words and bare numbers match only whole.
         *
         *     **Ranking** (`sort=relevance`), over every conversation: tier `exact` (the query's words as one phrase) >
         *     `all_words` (every word, whole or partial) > `some_words`. Within a tier: `score` (the tier's bonus plus
         *     each matched word's rarity, ln(1 + N/(1 + conversations containing it))), then newest first.
         *
         *     **Total.** Counted up to 5,000 matches; beyond that `total` is 5,000 and `totalIsLowerBound` is true (show "5,000+").
         *     With filters, the newest 5,000 text matches are checked against them; when there are more, `total` is the
         *     filtered count among those and `totalIsLowerBound` is true.
         *
         *     Without pii.view, the customer's name, e-mail and phone neither match nor appear in highlights.
         *     An ID (conversation, session, user, call…) matches only itself, ignoring case, with tier `id`.
         *     When `features.fullTextSearch` is false only ID search works; any other query answers `501 search_unavailable`.
         */
        get: operations["searchConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The ordered transcript items of a conversation, paginated by `seq`.
         * @description Items are in strictly increasing `seq`. Messages carry `redactions` (spans of `text` already masked with "█"); without `pii.view` the customer's name, e-mail address and phone number are masked in every text as well.
         */
        get: operations["getTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/transcript/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The transcript as a CSV file (empty body with the header row when there is no transcript).
         * @description Columns `seq,at,offsetSeconds,kind,speaker,speakerName,text`, UTF-8 with a header row; cells that a spreadsheet would run as a formula are prefixed with `'`. PII rules as for the transcript.
         */
        get: operations["downloadTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/latency-report": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Per-turn latency (ASR, Bot, TTS, E2E in milliseconds) of a voice conversation as CSV.
         * @description Columns `seq,at,speakerName,text,asrMs,botMs,ttsMs,e2eMs`, one row per bot turn with latency marks; 404 for conversations without a latency report (`hasLatencyReport` false).
         */
        get: operations["downloadLatencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Recording state, the spec's exact message, and metadata (voice conversations only; others answer 404).
         * @description `message` is exactly the text the contract gives for the state (`RecordingState`'s `x-messages`); players show it as is. `retryAvailable` says whether `POST …/recording/retry` applies.
         */
        get: operations["getRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/recording/peaks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Precomputed waveform peaks so players draw without decoding audio.
         * @description Values lie in −1..1 per channel at `samplesPerSecond`; `durationSeconds` equals the audio's. 409 invalid_state unless the recording is `available`.
         */
        get: operations["getRecordingPeaks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/recording/audio": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The two-channel recording as WAV for playback; honours `Range`.
         * @description A RIFF WAV (PCM 16-bit, μ-law or A-law; see the encodings in the API description). `Range: bytes=a-b`, `bytes=a-` and suffix ranges `bytes=-n` answer 206 with `Content-Range`; an unsatisfiable range answers 416.
         */
        get: operations["getRecordingAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/recording/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The recording as FLAC — one file with every channel, or one channel.
         * @description `recordings.download` gates this file download; playback (`…/recording/audio`) needs only a valid token.
         */
        get: operations["downloadRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/recording/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the backend to fetch the recording again (only when `retryAvailable`; otherwise 409 invalid_state).
         * @description Answers 202 with the new `RecordingStatus` (usually `fetching_in_progress`); 409 invalid_state when `retryAvailable` is false. Safe to repeat with the same `Idempotency-Key`.
         */
        post: operations["retryRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/recording/media-url": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived signed URL for one representation of the recording (`<audio src>`, a download link).
         * @description For clients that cannot send the `Authorization` header, such as a native `<audio>` element or a
         *     download link. The answer's `url` is a path relative to the API's base URL (join them as for any
         *     operation path); it carries a `signature` query parameter bound to the caller, this conversation,
         *     one representation (`audio`, `peaks` or `download`) and an expiry a few minutes ahead. The signed
         *     URL is accepted only by the matching GET (`…/recording/audio`, `…/recording/peaks` or
         *     `…/recording/download`), until `expiresAt`; the caller's permissions are checked again when it is
         *     used. Other query parameters (`Range` header, `channel`, `samplesPerSecond`) may be added freely.
         *     A `download` URL needs `recordings.download` (403 otherwise); `audio` and `peaks` need only a valid token.
         */
        post: operations["createRecordingMediaUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/diagnostics/flow": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * SIP signalling and RTCP packets between endpoints (voice only; others answer 404).
         * @description Messages in time order with their raw text. Without `pii.view` the customer's number is replaced (for example by `anonymous`) in every header, here and in the exports.
         */
        get: operations["getSipFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/diagnostics/qos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * RTCP quality-of-service per IP connection, with min/avg/max and a time series.
         * @description Per connection: MOS, jitter, packet loss and round-trip time as min/avg/max plus a time series for charts.
         */
        get: operations["getQos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/diagnostics/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Every participant of the call with call status, exit reason and MOS / jitter / packet loss.
         * @description Customer, agents, bots and media servers with their leg's status, exit reason and quality figures.
         */
        get: operations["getParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/diagnostics/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The call's packets as a libpcap file (SIP over UDP and RTCP) or as readable text.
         * @description `format=pcap` is a classic libpcap file (Ethernet, SIP over UDP 5060 and RTCP) that Wireshark and tshark decode; `format=text` is the readable dump. Named by `Content-Disposition`.
         */
        get: operations["exportDiagnostics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Preview the conversation's events (410 events_expired when the conversation is older than 30 days).
         * @description The 12 event types in time order with their actor and details; 410 events_expired for conversations older than `features.eventsRetentionDays`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/events/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The conversation's events as CSV (410 events_expired when older than 30 days).
         * @description Columns `conversationId,id,type,at,actor,details` (details as JSON).
         */
        get: operations["downloadEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/disposition": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * The current disposition, or `null` when none was ever assigned; `ETag` is `"v<version>"` (`"v0"` for none).
         * @description "None yet" is a normal answer, not an error: `200` with the JSON body `null` and `ETag: "v0"`, which is
         *     the `If-Match` value for the first edit. `404 not_found` means the conversation does not exist.
         */
        get: operations["getDisposition"];
        /**
         * Edit the disposition of a completed conversation, guarded by `If-Match`.
         * @description `If-Match` must carry the ETag last read (`"v0"` when no disposition exists yet).
         *     Missing → 428 precondition_required. Stale → 409 conflict with `details.current` (the current
         *     `Disposition`); nothing is overwritten. Not completed → 409 invalid_state. Every change is audited.
         */
        put: operations["updateDisposition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/disposition/audit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Every disposition change, oldest first.
         * @description Each entry says who changed the disposition when, from what to what (`from` is `null` for the first assignment).
         */
        get: operations["getDispositionAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/supervisor/join": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The supervisor joins an in-progress conversation (409 invalid_state otherwise).
         * @description Adds the caller to `joinedUsers`; repeating it changes nothing.
         */
        post: operations["supervisorJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/supervisor/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign an in-progress conversation to another agent.
         * @description `agentId` must be an agent from `GET /v1/agents` (else 400 validation_failed naming `agentId`); the conversation's `supportAgent` becomes that agent.
         */
        post: operations["supervisorAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/supervisor/change-queue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an in-progress conversation to another queue (appended to `queues`).
         * @description `queueId` must be a queue from `GET /v1/queues`; the queue is appended to `queues`, so the last entry is the current queue.
         */
        post: operations["supervisorChangeQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every queue (for filters and change-queue).
         * @description Every queue a conversation can enter; used by the queue filter and change-queue.
         */
        get: operations["listQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every agent, human and AI (for filters and assign).
         * @description Every agent a conversation can have, human or AI; used by the agent filter and assign.
         */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dispositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue of disposition codes.
         * @description The codes a disposition edit may set, with the labels to show.
         */
        get: operations["listDispositionCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values of enumerations that differ per backend, such as SmartStatus.
         * @description SmartStatus is backend-specific text (`Handled by AI`, `Resolved`, … are only examples). Filters and
         *     other pickers offer these values instead of a built-in list; every `smartStatus` a backend returns in
         *     a conversation is one of them.
         */
        get: operations["getCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's saved filters, default first, then by name.
         * @description Only the caller's own filters: saved filters are per user, never shared. At most one is `isDefault`.
         */
        get: operations["listFilters"];
        put?: never;
        /**
         * Save a filter ("Save & Apply").
         * @description Answers 201 with the saved filter. `name` must be 1–100 characters; `query` is the same filter model as `GET /v1/conversations` takes.
         */
        post: operations["createFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/filters/{filterId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        /**
         * One saved filter.
         * @description 404 for another user's filter, as for one that does not exist.
         */
        get: operations["getFilter"];
        put?: never;
        post?: never;
        /**
         * Delete a filter.
         * @description Answers 204. Deleting the default leaves the caller with no default.
         */
        delete: operations["deleteFilter"];
        options?: never;
        head?: never;
        /**
         * Rename a filter or change its query.
         * @description Changes only the fields sent; the default mark is changed with `…/default`.
         */
        patch: operations["updateFilter"];
        trace?: never;
    };
    "/v1/filters/{filterId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a filter under a new name (never the default).
         * @description Answers 201 with an independent copy (its own id, same query, `isDefault` false).
         */
        post: operations["duplicateFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/filters/{filterId}/default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a filter as the caller's default (the previous default is unmarked). Idempotent.
         * @description Exactly one of the caller's filters is default afterwards: the previous default is unmarked in the same change.
         */
        post: operations["markDefaultFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Metadata of the selected conversations (by IDs or by query) as CSV.
         * @description One row per conversation with the table's columns; without `pii.view` the customer columns are empty. Named `conversations-YYYY-MM-DD-HH24-mm-SS.csv`.
         */
        post: operations["exportConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transcripts of up to 25 conversations as `transcripts-YYYY-MM-DD-HH24-mm-SS.zip` (a blank file for a conversation without transcript).
         * @description One `<conversationId>.csv` per conversation (a blank file when it has no transcript); more ids than `features.maxTranscriptExport` answers 400 export_limit_exceeded with `details.max`.
         */
        post: operations["exportTranscripts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Events of the selected conversations as one CSV (conversations older than 30 days are skipped).
         * @description Columns `conversationId,id,type,at,actor,details`, the events of every selected conversation in time order.
         */
        post: operations["exportEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events about conversations, resumable with `Last-Event-ID`.
         * @description Each event has `id:` (monotonic, opaque), `event:` (a `LiveEventType`) and `data:` (a `LiveEvent` as JSON).
         *     Comment lines (`: ping`) keep the connection alive. Reconnecting with `Last-Event-ID` replays every
         *     event after that id that the backend still holds, then continues live.
         *     Answers 409 invalid_state when `features.liveUpdates` is false.
         */
        get: operations["streamLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description unauthorized 401 · forbidden 403 · not_found 404 · method_not_allowed 405 · validation_failed 400 ·
         *     export_limit_exceeded 400 · conflict 409 · invalid_state 409 · gone 410 · events_expired 410 ·
         *     payload_too_large 413 · uri_too_long 414 · unsupported_media_type 415 · range_not_satisfiable 416 ·
         *     idempotency_key_reused 422 · precondition_required 428 · rate_limited 429 · headers_too_large 431 · internal 500 ·
         *     search_unavailable 501 · unavailable 503
         * @enum {string}
         */
        ErrorCode: "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "headers_too_large" | "validation_failed" | "export_limit_exceeded" | "conflict" | "invalid_state" | "gone" | "events_expired" | "range_not_satisfiable" | "idempotency_key_reused" | "precondition_required" | "rate_limited" | "internal" | "search_unavailable" | "unavailable";
        ErrorBody: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description Plain text for humans; never HTML. */
                message: string;
                requestId: string;
                /** @description `fields` for validation_failed, `current` for conflict, `retryAfterSeconds` for rate_limited. */
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        FieldError: {
            /** @description The parameter or body field, e.g. `limit` or `query.csatMin`. */
            name: string;
            message: string;
        };
        ValidationErrorDetails: {
            fields: components["schemas"]["FieldError"][];
        };
        ExportLimitDetails: {
            /** @description `features.maxTranscriptExport`. */
            max: number;
            requested: number;
        };
        ForbiddenDetails: {
            permission: components["schemas"]["Permission"];
        };
        EditConflictDetails: {
            /** @description What someone else saved (`null` when there is still none); send `"v<current.version>"` to overwrite it knowingly. */
            current: components["schemas"]["Disposition"] | null;
        };
        RateLimitedDetails: {
            retryAfterSeconds: number;
        };
        /** @description `ErrorBody` of `validation_failed`. */
        ValidationErrorBody: {
            error: {
                /** @constant */
                code: "validation_failed";
                message: string;
                requestId: string;
                details: components["schemas"]["ValidationErrorDetails"];
            };
        };
        /** @description `ErrorBody` of `export_limit_exceeded`. */
        ExportLimitErrorBody: {
            error: {
                /** @constant */
                code: "export_limit_exceeded";
                message: string;
                requestId: string;
                details: components["schemas"]["ExportLimitDetails"];
            };
        };
        /** @description `ErrorBody` of `forbidden`. */
        ForbiddenErrorBody: {
            error: {
                /** @constant */
                code: "forbidden";
                message: string;
                requestId: string;
                details: components["schemas"]["ForbiddenDetails"];
            };
        };
        /** @description `ErrorBody` of `conflict`: someone else saved since you read it. */
        EditConflictErrorBody: {
            error: {
                /** @constant */
                code: "conflict";
                message: string;
                requestId: string;
                details: components["schemas"]["EditConflictDetails"];
            };
        };
        /** @description `ErrorBody` of `invalid_state`: the state does not allow the action. */
        InvalidStateErrorBody: {
            error: {
                /** @constant */
                code: "invalid_state";
                message: string;
                requestId: string;
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description `ErrorBody` of `rate_limited`. */
        RateLimitedErrorBody: {
            error: {
                /** @constant */
                code: "rate_limited";
                message: string;
                requestId: string;
                details: components["schemas"]["RateLimitedDetails"];
            };
        };
        /** @enum {string} */
        Permission: "recordings.download" | "transcripts.download" | "pii.view" | "dispositions.edit" | "events.view" | "exports.run" | "supervisor.act" | "diagnostics.view" | "filters.manage";
        /** @enum {string} */
        Role: "viewer" | "analyst" | "supervisor" | "admin";
        User: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        Features: {
            /** @description When false only ID search works. */
            fullTextSearch: boolean;
            liveUpdates: boolean;
            diagnostics: boolean;
            recordingFormats: "flac"[];
            /** @example 25 */
            maxTranscriptExport: number;
            /** @example 30 */
            eventsRetentionDays: number;
        };
        Capabilities: {
            user: components["schemas"]["User"];
            permissions: components["schemas"]["Permission"][];
            features: components["schemas"]["Features"];
        };
        /** @enum {string} */
        Channel: "voice" | "chat" | "email" | "messaging";
        /** @enum {string} */
        Direction: "inbound" | "outbound";
        /** @enum {string|null} */
        Sentiment: "positive" | "neutral" | "negative" | "mixed" | null;
        /** @enum {string} */
        ConversationStatus: "in_progress" | "error" | "completed";
        /**
         * @description Voice conversations that completed only.
         * @enum {string|null}
         */
        CompletionReason: "drop_off" | "user_hangup" | "ai_agent_hangup" | null;
        /**
         * @description `completed` matches every completed conversation; the `completed_*` values match one completion reason.
         * @enum {string}
         */
        StatusFilter: "in_progress" | "error" | "completed" | "completed_drop_off" | "completed_user_hangup" | "completed_ai_agent_hangup";
        /**
         * @default startTime:desc
         * @enum {string}
         */
        ConversationSort: "startTime:desc" | "startTime:asc";
        /**
         * @default relevance
         * @enum {string}
         */
        SearchSort: "relevance" | "startTime:desc" | "startTime:asc";
        /** @enum {string} */
        AgentKind: "human" | "ai";
        AgentRef: {
            id: string;
            name: string;
            kind: components["schemas"]["AgentKind"];
            avatarUrl: string | null;
        };
        QueueRef: {
            id: string;
            name: string;
        };
        Customer: {
            name: string | null;
            phone: string | null;
            email: string | null;
            userId: string;
            /** @description True when PII is hidden from this caller; show `userId` instead. */
            obscured: boolean;
        };
        Csat: {
            score: number;
            feedback: string | null;
        };
        CustomTag: {
            name: string;
            value: string;
        };
        Identifiers: {
            callId: string | null;
            sessionId: string | null;
            channelUserId: string | null;
            callConversationId: string | null;
            agentConversationId: string | null;
            userId: string | null;
            campaignInstanceId: string | null;
        };
        ConversationSummary: {
            /** @example conv_000123 */
            id: string;
            channel: components["schemas"]["Channel"];
            direction: components["schemas"]["Direction"];
            /**
             * @description BCP-47
             * @example en-US
             */
            language: string;
            sentiment: components["schemas"]["Sentiment"];
            customer: components["schemas"]["Customer"];
            supportAgent: components["schemas"]["AgentRef"] | null;
            /** @description In the order they participated. */
            agents: components["schemas"]["AgentRef"][];
            /** @description In the order the conversation entered them; the last is the current one. */
            queues: components["schemas"]["QueueRef"][];
            skills: string[];
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string | null;
            durationSeconds: number;
            status: components["schemas"]["ConversationStatus"];
            completionReason: components["schemas"]["CompletionReason"];
            /** @example Handled by AI */
            smartStatus: string;
            csat: components["schemas"]["Csat"] | null;
            customTags: components["schemas"]["CustomTag"][];
            identifiers: components["schemas"]["Identifiers"];
            hasRecording: boolean;
            hasTranscript: boolean;
            hasLatencyReport: boolean;
        };
        JoinedUser: {
            id: string;
            name: string;
        };
        Note: {
            id: string;
            author: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        Campaign: {
            id: string;
            name: string;
        };
        /** @enum {string} */
        ConversationMode: "automation" | "agent" | "hybrid";
        ConversationRecording: {
            state: components["schemas"]["RecordingState"];
            enabled: boolean;
        };
        /** @description A `ConversationSummary` plus every field of the Details, User and Identifiers tabs. */
        Conversation: components["schemas"]["ConversationSummary"] & {
            consultingAgents: components["schemas"]["AgentRef"][];
            joinedUsers: components["schemas"]["JoinedUser"][];
            mode: components["schemas"]["ConversationMode"];
            disposition: components["schemas"]["Disposition"] | null;
            notes: components["schemas"]["Note"][];
            snoozeCount: number;
            snoozeDurationSeconds: number;
            campaign: components["schemas"]["Campaign"] | null;
            sessionTags: string[];
            userTags: string[];
            /** @description Obscured (null) without pii.view. */
            caller: string | null;
            /** @description Obscured (null) without pii.view. */
            callee: string | null;
            /** @description Voice only. */
            recording: components["schemas"]["ConversationRecording"] | null;
        };
        ConversationPage: {
            items: components["schemas"]["ConversationSummary"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
            /** @description Matches in total, when the backend can count cheaply. */
            total?: number;
            /** @description True when counting stopped at a cap: there are at least `total` matches (show "10,000+"). */
            totalIsLowerBound?: boolean;
        };
        TagClause: {
            name: string;
            /** @enum {string} */
            op: "contains" | "not_contains";
            value: string;
        };
        /** @description The filters of a list or search as an object (saved filters store this). Arrays are ORed within a field; fields are ANDed. */
        ConversationQuery: {
            conversationId?: string[];
            sessionId?: string[];
            userId?: string[];
            queue?: string[];
            channel?: components["schemas"]["Channel"][];
            agent?: string[];
            status?: components["schemas"]["StatusFilter"][];
            smartStatus?: string[];
            csatMin?: number;
            csatMax?: number;
            /** Format: date-time */
            from?: string;
            /** Format: date-time */
            to?: string;
            tag?: components["schemas"]["TagClause"][];
        };
        /**
         * @description exact phrase > all words > some words; `id` for an ID match.
         * @enum {string}
         */
        SearchTier: "exact" | "all_words" | "some_words" | "id";
        /** @description UTF-16 offsets into `text`, end exclusive. */
        TextRange: {
            start: number;
            end: number;
        };
        Highlight: {
            /** @enum {string} */
            field: "transcript" | "agent_note" | "disposition_note";
            /** @description A fragment of the matched text. */
            text: string;
            ranges: components["schemas"]["TextRange"][];
        };
        SearchHit: {
            conversation: components["schemas"]["ConversationSummary"];
            score: number;
            tier: components["schemas"]["SearchTier"];
            highlights: components["schemas"]["Highlight"][];
        };
        SearchPage: {
            items: components["schemas"]["SearchHit"][];
            /** @description Matches in total, or at least this many when `totalIsLowerBound`. */
            total: number;
            /** @description True when counting stopped at a cap: there are at least `total` matches (show "5,000+"). */
            totalIsLowerBound?: boolean;
            nextCursor: string | null;
        };
        /** @enum {string} */
        Speaker: "customer" | "ai_agent" | "human_agent" | "system";
        /** @description A PII span of `text` already masked with "█". */
        Redaction: {
            start: number;
            end: number;
            /** @example credit_card */
            entity: string;
        };
        /** @description The instants the spec's latency definitions measure between. */
        LatencyMarks: {
            /** Format: date-time */
            userStoppedSpeakingAt: string | null;
            /** Format: date-time */
            asrTranscriptAt: string | null;
            /** Format: date-time */
            transcriptSentAt: string | null;
            /** Format: date-time */
            botResponseAt: string | null;
            /** Format: date-time */
            ttsRequestAt: string | null;
            /** Format: date-time */
            ttsFirstByteAt: string | null;
            /** Format: date-time */
            firstAudioHeardAt: string | null;
        };
        /**
         * @description ASR = user stops speaking → ASR returns full transcript. Bot = VG sends transcript → VG receives bot response.
         *     TTS = VG sends TTS request → VG receives first audio byte. E2E = user stops speaking → user hears first audio byte.
         *     Milliseconds; null when a mark is missing.
         */
        TurnLatency: {
            asrMs: number | null;
            botMs: number | null;
            ttsMs: number | null;
            e2eMs: number | null;
            marks: components["schemas"]["LatencyMarks"] | null;
        };
        TranscriptItemBase: {
            id: string;
            /** @description Order within the conversation. */
            seq: number;
            kind: components["schemas"]["TranscriptItemKind"];
            /** Format: date-time */
            at: string;
            /** @description Offset into the recording. */
            offsetSeconds: number | null;
            durationSeconds: number | null;
        };
        /** @enum {string} */
        TranscriptItemKind: "message" | "whisper" | "transfer" | "no_input" | "hold" | "email" | "llm_error";
        MessageItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "message";
            speaker: components["schemas"]["Speaker"];
            speakerName: string | null;
            text: string;
            redactions: components["schemas"]["Redaction"][];
            /** @description Voice AI-agent turns only. */
            latency: components["schemas"]["TurnLatency"] | null;
        };
        WhisperItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "whisper";
            speakerName: string;
            text: string;
        };
        TransferItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "transfer";
            /** @enum {string} */
            stage: "to_agent" | "to_automation";
            /** @enum {string} */
            label: "User transferred to Agent" | "User transferred to Automation";
        };
        NoInputItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "no_input";
            attempt: number;
            maxAttempts: number;
            maxReached: boolean;
        };
        HoldItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "hold";
            /** @enum {string} */
            startedBy: "customer" | "agent";
            durationSeconds: number;
        };
        EmailItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "email";
            subject: string;
            from: string | null;
            to: (string | null)[];
            cc: (string | null)[];
            bcc: (string | null)[];
            /** @description Plain text; never rendered as HTML. */
            bodyText: string;
            direction: components["schemas"]["Direction"];
        };
        LlmErrorItem: components["schemas"]["TranscriptItemBase"] & {
            /** @constant */
            kind: "llm_error";
            message: string;
            provider: string | null;
            /** @description The raw error event, as text. */
            eventPayload: string;
        };
        TranscriptItem: components["schemas"]["MessageItem"] | components["schemas"]["WhisperItem"] | components["schemas"]["TransferItem"] | components["schemas"]["NoInputItem"] | components["schemas"]["HoldItem"] | components["schemas"]["EmailItem"] | components["schemas"]["LlmErrorItem"];
        TranscriptPage: {
            conversationId: string;
            /** @description E-mail subject, shown first. */
            subject: string | null;
            items: components["schemas"]["TranscriptItem"][];
            nextCursor: string | null;
        };
        /**
         * @description The spec's 11 states plus `available`, `retention_deleted` and `recording_disabled`.
         *     `RecordingStatus.message` must be exactly the text in `x-messages` for the state (the product
         *     spec's wording); players show the backend's `message` when it is present.
         * @enum {string}
         */
        RecordingState: "available" | "failed" | "media_unavailable" | "call_in_progress" | "media_in_progress" | "partial_download_failed" | "partial_upload_failed" | "partial_failed" | "fetching_in_progress" | "initial_fetch_failed" | "retry_failed" | "24hr_retry_failed" | "retention_deleted" | "recording_disabled";
        RecordingChannel: {
            index: number;
            /** @enum {string} */
            label: "Customer" | "Agent";
            /** @description Name of who speaks on this channel. */
            speaker: string | null;
        };
        RecordingStatus: {
            state: components["schemas"]["RecordingState"];
            /** @description The spec's exact text for the state; empty for `available`. */
            message: string;
            /** @description False when Call Recording Control is disabled. */
            enabled: boolean;
            durationSeconds: number | null;
            channels: components["schemas"]["RecordingChannel"][];
            sampleRate: number | null;
            retryAvailable: boolean;
            /** Format: date-time */
            nextAutomaticAttemptAt: string | null;
        };
        /**
         * @description Which GET a signed media URL opens.
         * @enum {string}
         */
        MediaRepresentation: "audio" | "peaks" | "download";
        MediaUrlRequest: {
            representation: components["schemas"]["MediaRepresentation"];
        };
        MediaUrl: {
            /** @description Path and query relative to the API base URL, e.g. `/v1/conversations/…/recording/audio?signature=…`. */
            url: string;
            /** Format: date-time */
            expiresAt: string;
        };
        RecordingPeaks: {
            durationSeconds: number;
            /** @description Peak values per second. */
            sampleRate: number;
            channels: number[][];
        };
        SipEndpoint: {
            id: string;
            ip: string;
            port: number;
            label: string | null;
        };
        SdpMedia: {
            /** @example audio */
            type: string;
            port: number;
            codec: string | null;
            address: string | null;
            /** @example sendrecv */
            direction: string | null;
        };
        Sdp: {
            media: components["schemas"]["SdpMedia"][];
        };
        SipMessage: {
            id: string;
            seq: number;
            /** @enum {string} */
            kind: "request" | "response" | "rtcp";
            /** @example INVITE */
            method: string | null;
            statusCode: number | null;
            /** @example Trying */
            reasonPhrase: string | null;
            /** @description What the ladder shows, e.g. "INVITE", "100 (Trying)", "RTCP". */
            label: string;
            srcIp: string;
            srcPort: number;
            dstIp: string;
            dstPort: number;
            /** Format: date-time */
            at: string;
            /** @description Since the first message. */
            offsetSeconds: number;
            /** @description Since the previous message. */
            deltaSeconds: number;
            callId: string | null;
            dialogId: string | null;
            /** @description The message text. */
            raw: string;
            sdp: components["schemas"]["Sdp"] | null;
            retransmission: boolean;
        };
        SipFlow: {
            endpoints: components["schemas"]["SipEndpoint"][];
            messages: components["schemas"]["SipMessage"][];
        };
        MinMaxAvg: {
            min: number | null;
            avg: number | null;
            max: number | null;
        };
        QosStats: {
            packets: components["schemas"]["MinMaxAvg"];
            octets: components["schemas"]["MinMaxAvg"];
            highestSeqNo: components["schemas"]["MinMaxAvg"];
            jitter: components["schemas"]["MinMaxAvg"];
            lsr: components["schemas"]["MinMaxAvg"];
            mos: components["schemas"]["MinMaxAvg"];
            packetsLost: components["schemas"]["MinMaxAvg"];
        };
        QosSample: {
            /** Format: date-time */
            at: string;
            packets: number;
            octets: number;
            highestSeqNo: number;
            jitter: number;
            lsr: number;
            mos: number | null;
            packetsLost: number;
        };
        QosConnection: {
            id: string;
            srcIp: string;
            srcPort: number;
            dstIp: string;
            dstPort: number;
            ssrc: string;
            reports: number;
            stats: components["schemas"]["QosStats"];
            series: components["schemas"]["QosSample"][];
        };
        QosReport: {
            connections: components["schemas"]["QosConnection"][];
            /** @description How MOS was estimated, e.g. "E-model (ITU-T G.107)". */
            mosMethod: string;
        };
        Participant: {
            id: string;
            name: string;
            /** @example External Agent */
            externalTag: string | null;
            /** @enum {string} */
            callStatus: "In-Call" | "Left";
            /** Format: date-time */
            startTime: string;
            /**
             * Format: date-time
             * @description Null ("NA") while in the call.
             */
            endTime: string | null;
            avgMos: number | null;
            /**
             * @example Disconnected
             * @example Transfer
             * @example Call Ended
             */
            exitReason: string | null;
            exitDescription: string | null;
            mos: components["schemas"]["MinMaxAvg"];
            jitter: components["schemas"]["MinMaxAvg"];
            packetsLost: components["schemas"]["MinMaxAvg"];
        };
        ParticipantList: {
            items: components["schemas"]["Participant"][];
        };
        /** @enum {string} */
        ConversationEventType: "routing_initiation" | "conversation_acceptance" | "conversation_rejection" | "conversation_transfer" | "transfer_failure" | "agent_join" | "agent_left" | "agent_consultation" | "skill_change" | "disposition_update" | "after_call_work" | "conversation_closure";
        ConversationEvent: {
            id: string;
            type: components["schemas"]["ConversationEventType"];
            /** Format: date-time */
            at: string;
            actor: string | null;
            details: {
                [key: string]: string | number | boolean | null;
            };
        };
        ConversationEventList: {
            items: components["schemas"]["ConversationEvent"][];
        };
        Disposition: {
            code: string;
            label: string;
            notes: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string | null;
            version: number;
        };
        DispositionUpdate: {
            /** @description A code from `GET /v1/dispositions`. */
            code: string;
            notes?: string | null;
        };
        DispositionCode: {
            code: string;
            label: string;
        };
        DispositionCodeList: {
            items: components["schemas"]["DispositionCode"][];
        };
        Catalogue: {
            /** @description Every SmartStatus value this backend uses, in display order. */
            smartStatuses: string[];
        };
        DispositionAuditEntry: {
            id: string;
            /** Format: date-time */
            at: string;
            actor: string;
            from: components["schemas"]["DispositionCode"] | null;
            to: components["schemas"]["DispositionCode"];
        };
        DispositionAuditList: {
            items: components["schemas"]["DispositionAuditEntry"][];
        };
        AssignRequest: {
            agentId: string;
        };
        ChangeQueueRequest: {
            queueId: string;
        };
        QueueList: {
            items: components["schemas"]["QueueRef"][];
        };
        AgentList: {
            items: components["schemas"]["AgentRef"][];
        };
        SavedFilter: {
            id: string;
            name: string;
            isDefault: boolean;
            query: components["schemas"]["ConversationQuery"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SavedFilterInput: {
            name: string;
            query: components["schemas"]["ConversationQuery"];
            /** @default false */
            isDefault?: boolean;
        };
        SavedFilterPatch: {
            name?: string;
            query?: components["schemas"]["ConversationQuery"];
        };
        DuplicateFilterRequest: {
            name: string;
        };
        SavedFilterList: {
            items: components["schemas"]["SavedFilter"][];
        };
        /** @description Either `ids` or `query` (exports every match, at most 10000 rows). */
        ConversationExportRequest: {
            ids?: string[];
            query?: components["schemas"]["ConversationQuery"];
        };
        TranscriptExportRequest: {
            /** @description At most `features.maxTranscriptExport` (25); more answers 400 export_limit_exceeded. */
            ids: string[];
        };
        EventsExportRequest: {
            ids: string[];
        };
        /** @enum {string} */
        LiveEventType: "conversation.created" | "conversation.updated" | "conversation.ended" | "transcript.appended";
        /** @description The JSON `data:` of one server-sent event; `item` is present for `transcript.appended`. */
        LiveEvent: {
            type: components["schemas"]["LiveEventType"];
            conversation: components["schemas"]["ConversationSummary"];
            item?: components["schemas"]["TranscriptItem"];
        };
    };
    responses: {
        /** @description `validation_failed` — `details.fields` lists `{ name, message }` per bad field (`export_limit_exceeded`: `details.max`, `details.requested`). */
        ValidationFailed: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "validation_failed",
                 *         "message": "Invalid limit: must be <= 200",
                 *         "requestId": "req_8f2c61d0a4b94e7a9c11",
                 *         "details": {
                 *           "fields": [
                 *             {
                 *               "name": "limit",
                 *               "message": "must be <= 200"
                 *             }
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ValidationErrorBody"] | components["schemas"]["ExportLimitErrorBody"];
            };
        };
        /** @description `unauthorized` — missing or unknown token. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `forbidden` — the caller lacks a permission in `x-permissions`; `details.permission` names it. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "forbidden",
                 *         "message": "This action needs the \"exports.run\" permission",
                 *         "requestId": "req_8f2c61d0a4b94e7a9c11",
                 *         "details": {
                 *           "permission": "exports.run"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ForbiddenErrorBody"];
            };
        };
        /** @description `not_found`. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `conflict` — someone else saved since you read it (stale `If-Match`): `details.current` is what they saved and nothing was overwritten. Or `invalid_state` — the conversation is not completed. */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EditConflictErrorBody"] | components["schemas"]["InvalidStateErrorBody"];
            };
        };
        /** @description `invalid_state` — the resource exists but its state does not allow this (e.g. not in progress, recording not available). */
        InvalidState: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `precondition_required` — `If-Match` is missing. */
        PreconditionRequired: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `events_expired` — events of conversations older than 30 days are unavailable. */
        EventsExpired: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `range_not_satisfiable`. */
        RangeNotSatisfiable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Content-Range": components["headers"]["ContentRange"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `rate_limited` — retry after `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "rate_limited",
                 *         "message": "Too many requests: at most 600 per 60 s. Try again in 12 s.",
                 *         "requestId": "req_8f2c61d0a4b94e7a9c11",
                 *         "details": {
                 *           "retryAfterSeconds": 12
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RateLimitedErrorBody"];
            };
        };
        /** @description `search_unavailable` — full-text search is off on this backend; only ID search works. */
        SearchUnavailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description `internal`. */
        Internal: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Conversation ID. */
        ConversationId: string;
        /** @description Saved filter ID. */
        FilterId: string;
        /** @description Page size. */
        Limit: number;
        /** @description Opaque keyset cursor from the previous page's `nextCursor`. */
        Cursor: string;
        ConversationSort: components["schemas"]["ConversationSort"];
        /**
         * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
         *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
         *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
         */
        IdempotencyKey: string;
        FilterConversationId: string[];
        FilterSessionId: string[];
        FilterUserId: string[];
        /** @description Queue IDs; a conversation matches when it entered any of them. */
        FilterQueue: string[];
        FilterChannel: components["schemas"]["Channel"][];
        /** @description Agent IDs; a conversation matches when any of them participated. */
        FilterAgent: string[];
        FilterStatus: components["schemas"]["StatusFilter"][];
        FilterSmartStatus: string[];
        FilterCsatMin: number;
        FilterCsatMax: number;
        /** @description Start time at or after (inclusive). */
        FilterFrom: string;
        /** @description Start time before (exclusive). */
        FilterTo: string;
        /** @description Custom-tag clauses `name:contains:value` or `name:not_contains:value`, combined with AND (at most 5). */
        FilterTag: string[];
    };
    requestBodies: never;
    headers: {
        /** @description Identifies the request in the backend's logs; equals `error.requestId` on failures. */
        RequestId: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description Requests the caller may make per window. */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets. */
        RateLimitReset: number;
        /** @description `"v<version>"` of the disposition. */
        ETag: string;
        /** @description `attachment; filename="…"`. */
        ContentDisposition: string;
        /** @description `bytes start-end/total`. */
        ContentRange: string;
        AcceptRanges: "bytes";
        ContentLength: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Capabilities of this backend for the calling user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capabilities"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque keyset cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                sort?: components["parameters"]["ConversationSort"];
                conversationId?: components["parameters"]["FilterConversationId"];
                sessionId?: components["parameters"]["FilterSessionId"];
                userId?: components["parameters"]["FilterUserId"];
                /** @description Queue IDs; a conversation matches when it entered any of them. */
                queue?: components["parameters"]["FilterQueue"];
                channel?: components["parameters"]["FilterChannel"];
                /** @description Agent IDs; a conversation matches when any of them participated. */
                agent?: components["parameters"]["FilterAgent"];
                status?: components["parameters"]["FilterStatus"];
                smartStatus?: components["parameters"]["FilterSmartStatus"];
                csatMin?: components["parameters"]["FilterCsatMin"];
                csatMax?: components["parameters"]["FilterCsatMax"];
                /** @description Start time at or after (inclusive). */
                from?: components["parameters"]["FilterFrom"];
                /** @description Start time before (exclusive). */
                to?: components["parameters"]["FilterTo"];
                /** @description Custom-tag clauses `name:contains:value` or `name:not_contains:value`, combined with AND (at most 5). */
                tag?: components["parameters"]["FilterTag"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversation summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    searchConversations: {
        parameters: {
            query: {
                /** @description Words, a phrase, or an ID. */
                q: string;
                /** @description Relevance (default) or start time. */
                sort?: components["schemas"]["SearchSort"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque keyset cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                conversationId?: components["parameters"]["FilterConversationId"];
                sessionId?: components["parameters"]["FilterSessionId"];
                userId?: components["parameters"]["FilterUserId"];
                /** @description Queue IDs; a conversation matches when it entered any of them. */
                queue?: components["parameters"]["FilterQueue"];
                channel?: components["parameters"]["FilterChannel"];
                /** @description Agent IDs; a conversation matches when any of them participated. */
                agent?: components["parameters"]["FilterAgent"];
                status?: components["parameters"]["FilterStatus"];
                smartStatus?: components["parameters"]["FilterSmartStatus"];
                csatMin?: components["parameters"]["FilterCsatMin"];
                csatMax?: components["parameters"]["FilterCsatMax"];
                /** @description Start time at or after (inclusive). */
                from?: components["parameters"]["FilterFrom"];
                /** @description Start time before (exclusive). */
                to?: components["parameters"]["FilterTo"];
                /** @description Custom-tag clauses `name:contains:value` or `name:not_contains:value`, combined with AND (at most 5). */
                tag?: components["parameters"]["FilterTag"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked hits with the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            501: components["responses"]["SearchUnavailable"];
        };
    };
    getTranscript: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Opaque keyset cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transcript items in `seq` order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    downloadTranscript: {
        parameters: {
            query?: {
                format?: "csv";
            };
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with columns `seq,at,offsetSeconds,kind,speaker,speakerName,text`. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    downloadLatencyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with columns `seq,at,speakerName,text,asrMs,botMs,ttsMs,e2eMs`. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recording status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getRecordingPeaks: {
        parameters: {
            query?: {
                /** @description One channel; omit for all channels. */
                channel?: number;
                /** @description Peak values per second of audio. */
                samplesPerSecond?: number;
            };
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Peaks per channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingPeaks"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getRecordingAudio: {
        parameters: {
            query?: never;
            header?: {
                /** @description A single byte range, e.g. `bytes=0-1023`. */
                Range?: string;
            };
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole file. */
            200: {
                headers: {
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    "Content-Length": components["headers"]["ContentLength"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/wav": string;
                };
            };
            /** @description The requested byte range. */
            206: {
                headers: {
                    "Content-Range": components["headers"]["ContentRange"];
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    "Content-Length": components["headers"]["ContentLength"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/wav": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            416: components["responses"]["RangeNotSatisfiable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    downloadRecording: {
        parameters: {
            query?: {
                format?: "flac";
                /** @description `all` for a single multi-channel file, or a channel index for a separate file. */
                channel?: "all" | "0" | "1";
            };
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description FLAC audio. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/flac": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    retryRecording: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retry accepted; the new state. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    createRecordingMediaUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaUrlRequest"];
            };
        };
        responses: {
            /** @description The signed URL and when it stops working. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaUrl"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getSipFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipFlow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getQos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QoS report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QosReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    exportDiagnostics: {
        parameters: {
            query: {
                format: "pcap" | "text";
            };
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export file. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.tcpdump.pcap": string;
                    "text/plain": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    listEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in time order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationEventList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["EventsExpired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    downloadEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with columns `conversationId,id,type,at,actor,details`. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["EventsExpired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getDisposition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disposition, or `null` when none was ever assigned. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disposition"] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    updateDisposition: {
        parameters: {
            query?: never;
            header: {
                "If-Match": string;
            };
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispositionUpdate"];
            };
        };
        responses: {
            /** @description The new disposition. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disposition"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getDispositionAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionAuditList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    supervisorJoin: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    supervisorAssign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    supervisorChangeQueue: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Conversation ID. */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeQueueRequest"];
            };
        };
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    listQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    listAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    listDispositionCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disposition codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionCodeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backend's enumerations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogue"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    listFilters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saved filters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilterList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    createFilter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedFilterInput"];
            };
        };
        responses: {
            /** @description The saved filter. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilter"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    getFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved filter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilter"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    deleteFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    updateFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedFilterPatch"];
            };
        };
        responses: {
            /** @description The updated filter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilter"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    duplicateFilter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateFilterRequest"];
            };
        };
        responses: {
            /** @description The copy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilter"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    markDefaultFilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Saved filter ID. */
                filterId: components["parameters"]["FilterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filter, now default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFilter"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    exportConversations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationExportRequest"];
            };
        };
        responses: {
            /** @description CSV, one row per conversation; PII obscured without `pii.view`. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    exportTranscripts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptExportRequest"];
            };
        };
        responses: {
            /** @description A zip with one `<conversationId>.csv` per conversation. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Validation failed, or `export_limit_exceeded` for more than 25 conversations. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    exportEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical write; repeating the write with the same key has no further effect, so clients may retry it.
                 *     The first answer is kept for 24 hours and replayed (with `Idempotent-Replayed: true`). The key is bound to the request
                 *     it was first sent with (method, path and body): the same key with a different request answers `422 idempotency_key_reused`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventsExportRequest"];
            };
        };
        responses: {
            /** @description CSV with columns `conversationId,id,type,at,actor,details`. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    streamLive: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event received. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
}
