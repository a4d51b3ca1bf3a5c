import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { ensureSeeded } from '../store/seed.js';
import { databaseIn, defaultDataDir } from './paths.js';
import { isPostgresUrl, seedPostgresIfEmpty } from './postgres.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    data: { type: 'string' },
    db: { type: 'string' },
    static: { type: 'string' },
    count: { type: 'string', default: '5000' },
    'no-live': { type: 'boolean', default: false },
    'no-full-text': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: conversations-kit-server [options]

Serves the Conversations Kit reference API (/v1), its reference (/docs) and /openapi.yaml.
Seeds demo conversations into the data folder on first start.

  --data DIR       data folder (default: $CK_DATA_DIR or ./conversations-kit-data)
  --db FILE        SQLite database file (default: DIR/conversations.sqlite)
  $DATABASE_URL    postgres://user@host:port/db: run on PostgreSQL instead (schema and seed when empty)
  --port N         port (default: $PORT or 8787; 0 picks a free one)
  --host HOST      interface (default: $HOST or 127.0.0.1)
  --count N        conversations to seed into an empty database (default: 5000)
  --static DIR     also serve this folder at /
  --no-live        no live simulator
  --no-full-text   ID-only search
  -h, --help       this help`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0..65535, got "${values.port}"`);
  process.exit(2);
}
const databaseUrl = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined;
const dbPath = path.resolve(values.db ?? databaseIn(values.data ? path.resolve(values.data) : defaultDataDir()));
const seeded = databaseUrl ? await seedPostgresIfEmpty(databaseUrl, Number(values.count)) : await ensureSeeded(dbPath, Number(values.count));
if (seeded) console.log(`Seeded ${seeded.count.toLocaleString('en-US')} conversations in ${seeded.seconds.toFixed(1)} s → ${seeded.path}`);

const app = await createApp({
  ...(databaseUrl ? { databaseUrl } : { dbPath }),
  staticDir: values.static ? path.resolve(values.static) : undefined,
  config: {
    recordings: { fetchSuccessRate: 0.75, synthesis: 'speech', cacheDir: null, prewarm: 12 },
    ...(values['no-full-text'] ? { fullTextSearch: false } : {}),
    ...(values['no-live'] ? { live: { stream: true, simulate: false, conversationsPerMinute: 0, tickMs: 1000 } } : {}),
  },
});
const url = await app.listen({ host: values.host, port });
console.log(`Conversations Kit server listening on ${url}  (API ${url}/v1, docs ${url}/docs)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
