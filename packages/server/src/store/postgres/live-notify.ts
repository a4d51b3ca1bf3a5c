import type pg from 'pg';
import type { PgDatabase } from './database.js';

/** The NOTIFY channel carrying the id of every appended live event. */
export const LIVE_CHANNEL = 'ck_live';
const RECONNECT_MS = 1_000;

/**
 * LISTENs on a connection of its own and calls `onAppended` with each appended event id. When
 * the connection drops it reconnects and calls `onAppended(0)` once, so the hub reads whatever
 * was appended while it was away. Resolves to a function that stops listening.
 */
export async function watchLive(db: PgDatabase, onAppended: (id: number) => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const open = async (): Promise<void> => {
    const c = await db.connect();
    c.on('notification', (msg) => {
      if (msg.channel === LIVE_CHANNEL) onAppended(Number(msg.payload));
    });
    const lost = () => {
      if (client !== c) return;
      client = null;
      void c.end().catch(() => undefined);
      if (!stopped) reconnect();
    };
    c.on('error', lost);
    c.on('end', lost);
    await c.query(`LISTEN ${LIVE_CHANNEL}`);
    client = c;
  };
  const reconnect = () => {
    timer = setTimeout(() => {
      open().then(() => onAppended(0), () => !stopped && reconnect());
    }, RECONNECT_MS);
    timer.unref();
  };

  await open();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
  };
}
