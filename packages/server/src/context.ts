import type { ServerConfig } from './config.js';
import type { Authenticator } from './http/auth.js';
import type { LiveHub } from './live/hub.js';
import type { SearchIndex } from './search/search.js';
import type { ConversationStore } from './store/store.js';

/** Everything a route needs, created once per app. */
export interface AppContext {
  store: ConversationStore;
  search: SearchIndex;
  config: ServerConfig;
  now: () => number;
  live: LiveHub;
  /** Bearer tokens, roles and signed media URLs. */
  auth: Authenticator;
}
