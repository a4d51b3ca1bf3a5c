#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a temp folder, started on a
// free loopback port (its Unix socket stays in the folder), removed again afterwards. PostgreSQL
// refuses to run as root, so as root the cluster runs as the `postgres` user.
//
//   node scripts/postgres-cluster.mjs -- <command …>   runs the command with DATABASE_URL (and CK_TEST_POSTGRES_URL) set
//   import { startPostgresCluster } from './postgres-cluster.mjs'   (the same, from code)
//
// The binaries come from Debian's `postgresql` package (/usr/lib/postgresql/<version>/bin), or
// $PG_BIN, or the PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function postgresBinDir() {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? join(which.stdout.trim(), '..') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const quote = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;

/**
 * Starts a cluster with one database (`ck` by default). Resolves to its `url` and `stop()`, which
 * stops the server and deletes the folder. Throws when PostgreSQL is not installed.
 */
export async function startPostgresCluster({ database = 'ck' } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql), or set PG_BIN');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ck-pg-'));
  const data = join(dir, 'data');
  const run = (command) => {
    // As root: the same command as the postgres user, which owns the folder.
    if (asRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' });
    else execFileSync('/bin/sh', ['-c', command], { stdio: 'pipe' });
  };
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const port = await freePort();
  let started = false;
  const stop = async () => {
    try {
      if (started) run(`${quote(join(bin, 'pg_ctl'))} -D ${quote(data)} stop -m fast -w`);
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(`${quote(join(bin, 'initdb'))} -D ${quote(data)} -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null`);
    // Tuned for throwaway data: no fsync, a bigger buffer cache and WAL, and enough connections for several test servers.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_wal_size=2GB -c max_connections=200`;
    run(`${quote(join(bin, 'pg_ctl'))} -D ${quote(data)} -o ${quote(options)} -l ${quote(join(dir, 'log'))} -w -t 60 start >/dev/null`);
    started = true;
    run(`${quote(join(bin, 'psql'))} -h ${quote(dir)} -p ${port} -U postgres -d postgres -q -c ${quote(`CREATE DATABASE ${database}`)}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, port, dir, bin, stop };
}

// CLI: start a cluster, run the command after `--` with DATABASE_URL, stop and remove the cluster.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--');
  const command = at >= 0 ? process.argv.slice(at + 1) : [];
  if (!command.length) {
    console.error('usage: node scripts/postgres-cluster.mjs -- <command …>');
    process.exit(2);
  }
  const cluster = await startPostgresCluster();
  console.log(`PostgreSQL cluster at ${cluster.url} (${cluster.dir})`);
  let status = 1;
  const cleanUp = () => cluster.stop();
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanUp().then(() => process.exit(130)));
  try {
    // DATABASE_URL for servers and seeding; CK_TEST_POSTGRES_URL for test servers, which make a database each.
    const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL: cluster.url, CK_TEST_POSTGRES_URL: cluster.url } });
    status = result.status ?? 1;
  } finally {
    await cleanUp();
  }
  process.exit(status);
}
