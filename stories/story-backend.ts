// Where stories find the reference backend: `?apiBaseUrl=` on the story iframe (the smoke runner
// passes its own test server), else the `npm start` server on localhost:8787.
import { createClient } from '@conversations-kit/sdk';

const params = new URLSearchParams(globalThis.location?.search ?? '');
export const apiBaseUrl = params.get('apiBaseUrl') ?? 'http://localhost:8787';

export const demoTokens = {
  viewer: 'viewer-token',
  analyst: 'analyst-token',
  supervisor: 'supervisor-token',
  admin: 'admin-token',
} as const;

/** A client for the reference backend as one of the demo users. */
export function storyClient(role: keyof typeof demoTokens = 'supervisor') {
  return createClient({ baseUrl: apiBaseUrl, token: demoTokens[role] });
}

/** A client whose requests never answer: shows loading states. */
export function pendingClient() {
  return createClient({ baseUrl: apiBaseUrl, token: demoTokens.supervisor, fetch: () => new Promise<Response>(() => {}) });
}
