export { createApp, type CreateAppOptions } from './app.js';
export { loadConfig, type ServerConfig } from './config.js';
export { startTestServer, cachedSeed, TEST_TOKENS, type TestServer, type TestServerOptions } from './testing.js';
export { seedDatabase, ensureSeeded, DEFAULT_SEED, DATASET_VERSION, type SeedOptions, type SeedResult } from './store/seed.js';
export type { ConversationStore } from './store/store.js';
export type { SearchIndex } from './search/search.js';
