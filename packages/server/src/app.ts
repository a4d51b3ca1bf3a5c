import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import scalar from '@scalar/fastify-api-reference';
import { loadConfig, type ServerConfig } from './config.js';
import type { AppContext } from './context.js';
import { Authenticator, protectRoute } from './http/auth.js';
import { CorsPolicy } from './http/cors.js';
import { registerErrorHandling } from './http/errors-plugin.js';
import { registerRateLimit } from './http/rate-limit.js';
import { clientErrorHandler, frameworkErrors, newRequestId } from './http/framework-errors.js';
import { logRequest } from './http/redact.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { loadOpenApi } from './http/openapi.js';
import { LiveHub } from './live/hub.js';
import { LiveSimulator } from './live/simulator.js';
import { capabilityRoutes } from './routes/capabilities.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { conversationRoutes } from './routes/conversations.js';
import { diagnosticsRoutes } from './routes/diagnostics.js';
import { dispositionRoutes } from './routes/dispositions.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { filterRoutes } from './routes/filters.js';
import { liveRoutes } from './routes/live.js';
import { recordingRoutes } from './routes/recordings.js';
import { searchRoutes } from './routes/search.js';
import { supervisorRoutes } from './routes/supervisor.js';
import { transcriptRoutes } from './routes/transcripts.js';
import { avatarSvg } from './present/avatar.js';
import { NoneSearch } from './search/none-search.js';
import type { SearchIndex } from './search/search.js';
import type { PgDatabase } from './store/postgres/database.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import type { ConversationStore } from './store/store.js';

export interface CreateAppOptions {
  /** The embedded SQLite database file (when no `databaseUrl` is given). */
  dbPath?: string;
  /** `postgres://…`: keep everything in this PostgreSQL database, shared with other instances. */
  databaseUrl?: string;
  config?: Partial<ServerConfig>;
  /** Serve this folder at `/` (the built demo) next to the API. */
  staticDir?: string;
  /** Milliseconds since the epoch; tests inject a clock to drive time-based behaviour. */
  clock?: () => number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's services (store, search, live hub); for tests and the CLI. */
    ck: AppContext;
  }
}

export async function createApp(options: CreateAppOptions): Promise<FastifyInstance> {
  const config = loadConfig(options.config);
  const now = options.clock ?? Date.now;
  const { store, search } = await openStores(options, config.fullTextSearch);
  const ctx: AppContext = { store, search, config, now, live: new LiveHub(store, now), auth: new Authenticator(config, now) };
  const cors = new CorsPolicy(config.corsAllowedOrigins);
  await ctx.live.start();

  const app = Fastify({
    logger: process.env.CK_LOG === '1' ? { level: 'info', serializers: { req: logRequest } } : false,
    genReqId: newRequestId,
    bodyLimit: 1024 * 1024,
    // Ids are at most 200 characters (the contract); a longer path segment is a 414.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  });
  app.decorate('ck', ctx);
  app.decorateRequest('caller', null as never);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    cors.apply(req, reply);
  });
  // Every API route authenticates and checks its permissions itself, on the route the router matched.
  app.addHook('onRoute', (route) => {
    if (route.url === '/v1' || route.url.startsWith('/v1/')) protectRoute(route, ctx.auth);
  });
  const simulator = config.live.simulate ? new LiveSimulator(ctx) : null;
  app.addHook('onReady', async () => simulator?.start());
  app.addHook('preClose', async () => {
    await simulator?.stop();
    await ctx.live.stop();
    ctx.live.closeStreams();
  });
  app.addHook('onClose', async () => store.close());

  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerRateLimit(app, config.rateLimit, now);

  // CORS preflight: Storybook and the demo call the API from other origins.
  app.options('/*', async (req, reply) => cors.preflight(req, reply));

  await app.register(
    async (v1) => {
      capabilityRoutes(v1, ctx);
      catalogueRoutes(v1, ctx);
      conversationRoutes(v1, ctx);
      transcriptRoutes(v1, ctx);
      searchRoutes(v1, ctx);
      eventRoutes(v1, ctx);
      dispositionRoutes(v1, ctx);
      filterRoutes(v1, ctx);
      supervisorRoutes(v1, ctx);
      exportRoutes(v1, ctx);
      liveRoutes(v1, ctx);
      recordingRoutes(v1, ctx);
      diagnosticsRoutes(v1, ctx);
    },
  );

  const openapi = loadOpenApi();
  app.get('/openapi.yaml', (_req, reply) => reply.type('application/yaml').send(openapi.text));
  app.get('/avatars/:file', (req, reply) => {
    const id = (req.params as { file: string }).file.replace(/\.svg$/, '');
    const svg = avatarSvg(id);
    if (!svg) return reply.callNotFound();
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
  });
  await app.register(scalar, { routePrefix: '/docs', configuration: { content: openapi.text, title: 'Conversations Kit API', withDefaultFonts: false }, logLevel: 'silent' });
  if (options.staticDir) {
    await app.register(fastifyStatic, { root: options.staticDir, prefix: '/', index: ['index.html'], wildcard: true });
  }
  return app;
}

/** The store the options select (PostgreSQL for a `databaseUrl`, else SQLite) and its search index. */
async function openStores(options: CreateAppOptions, fullText: boolean): Promise<{ store: ConversationStore; search: SearchIndex }> {
  if (options.databaseUrl) {
    const { createPostgresStores } = await import('./store/postgres/index.js');
    const { db, store } = await createPostgresStores(options.databaseUrl);
    return { store, search: fullText ? await createPostgresSearch(db, store) : new NoneSearch(store) };
  }
  if (!options.dbPath) throw new Error('createApp needs dbPath (SQLite) or databaseUrl (PostgreSQL)');
  const store = SqliteStore.open(options.dbPath);
  return { store, search: fullText ? await createFullTextSearch(store) : new NoneSearch(store) };
}

/**
 * Full-text search on PostgreSQL: the seam for a tsvector/pg_trgm index built on `db` (its
 * migrations go to `createPostgresStores`). Until one exists, ID lookups only.
 */
async function createPostgresSearch(_db: PgDatabase, store: ConversationStore): Promise<SearchIndex> {
  return new NoneSearch(store);
}

async function createFullTextSearch(store: SqliteStore) {
  const { Fts5Search } = await import('./search/fts5-search.js');
  return new Fts5Search(store);
}
