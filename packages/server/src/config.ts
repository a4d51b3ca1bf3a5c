import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Permission, Role, User } from './domain.js';
import type { RateLimitConfig } from './http/rate-limit.js';

export interface ServerConfig {
  /** Bearer token → demo user. */
  users: Record<string, User>;
  roles: Record<Role, Permission[]>;
  /** Off: search answers ID lookups only and capabilities say so. */
  fullTextSearch: boolean;
  diagnostics: boolean;
  live: {
    /** `GET /v1/live` answers (features.liveUpdates). */
    stream: boolean;
    /** The simulator starts, advances and ends conversations over time. */
    simulate: boolean;
    /** New simulated conversations per minute. */
    conversationsPerMinute: number;
    tickMs: number;
  };
  recordings: {
    /** Chance an automatic or manual fetch succeeds (deterministic per conversation and attempt). */
    fetchSuccessRate: number;
    /** 'speech': Flite reads the transcript; 'fast': speech-shaped noise with the same timing. */
    synthesis: 'speech' | 'fast';
    /** Where rendered recordings (WAV, FLAC, peaks) are cached; default under the OS temp folder. */
    cacheDir: string | null;
    /** Render the newest N available recordings in the background after start, so first plays are instant. */
    prewarm: number;
  };
  eventsRetentionDays: number;
  maxTranscriptExport: number;
  /** Short-lived signed URLs for recording audio, peaks and download (`POST …/recording/media-url`). */
  mediaUrls: {
    /** HMAC key; null: a random key per process. Set one shared key when several processes serve the API. */
    secret: string | null;
    /** How long a signed URL works. */
    ttlSeconds: number;
  };
  /** Origins allowed to call the API from a browser (`Access-Control-Allow-Origin`); `["*"]` allows any. */
  corsAllowedOrigins: string[];
  /** List answers carry `total` (false: a backend that cannot count cheaply omits it). */
  listTotals: boolean;
  /** Per caller; answers carry `RateLimit-*` headers and 429 past the limit. */
  rateLimit: RateLimitConfig;
  /** Every SmartStatus value the data uses, in display order (`GET /v1/catalogue`). */
  smartStatuses: string[];
}

export const CONFIG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../config');

const DEFAULTS: Omit<ServerConfig, 'users' | 'roles'> = {
  fullTextSearch: true,
  diagnostics: true,
  live: { stream: true, simulate: true, conversationsPerMinute: 6, tickMs: 1000 },
  recordings: { fetchSuccessRate: 0.75, synthesis: 'speech', cacheDir: null, prewarm: 0 },
  eventsRetentionDays: 30,
  maxTranscriptExport: 25,
  mediaUrls: { secret: null, ttlSeconds: 300 },
  corsAllowedOrigins: ['*'],
  listTotals: true,
  rateLimit: { requestsPerWindow: 6000, windowSeconds: 60 },
  // The generator's values (generator/conversation.ts and the live simulator).
  smartStatuses: ['Handled by AI', 'Agent handling', 'Awaiting customer', 'Resolved', 'Escalated', 'Inactive', 'Disconnected'],
};

/** Reads config/default.json (or `file`) and applies overrides. */
export function loadConfig(overrides: Partial<ServerConfig> = {}, file = path.join(CONFIG_DIR, 'default.json')): ServerConfig {
  const fromFile = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ServerConfig>;
  const merged = { ...DEFAULTS, ...fromFile, ...overrides } as ServerConfig;
  merged.live = { ...DEFAULTS.live, ...fromFile.live, ...overrides.live };
  merged.recordings = { ...DEFAULTS.recordings, ...fromFile.recordings, ...overrides.recordings };
  merged.mediaUrls = { ...DEFAULTS.mediaUrls, ...fromFile.mediaUrls, ...overrides.mediaUrls };
  return merged;
}
