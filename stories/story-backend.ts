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

/**
 * The id of the first conversation matching `query` on the reference backend (newest first), so a
 * story can show "a voice call" or "an email thread" without hard-coding generated ids.
 */
export async function findConversationId(query: Parameters<ReturnType<typeof createClient>['conversations']['list']>[0] = {}): Promise<string> {
  const page = await storyClient('admin').conversations.list({ limit: 1, ...query });
  const first = page.items[0];
  if (!first) throw new Error(`No conversation matches ${JSON.stringify(query)}`);
  return first.id;
}
