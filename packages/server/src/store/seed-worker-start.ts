import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../util/worker.js';

let bundled: Promise<URL | null> | null = null;

/**
 * Run from TypeScript sources (tests, benchmarks), the seed worker is bundled once with esbuild
 * into plain JavaScript: tsx's per-module transform keeps function names (`__name` calls) and
 * generation runs about a third slower under it. Without esbuild, tsx's loader is used.
 */
async function bundledWorker(source: URL): Promise<URL | null> {
  try {
    const { build } = (await import('esbuild')) as typeof import('esbuild');
    const out = path.join(os.tmpdir(), `ck-seed-worker-${process.pid}.mjs`);
    await build({ entryPoints: [fileURLToPath(source)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'silent' });
    process.once('exit', () => fs.rmSync(out, { force: true }));
    return pathToFileURL(out);
  } catch {
    return null;
  }
}

/** Starts `count` seed workers (see seed-worker.ts). */
export async function startSeedWorkers(callerUrl: string, count: number, workerData: unknown): Promise<Worker[]> {
  const source = siblingModule(callerUrl, 'seed-worker');
  if (!source.pathname.endsWith('.ts')) return Array.from({ length: count }, () => new Worker(source, { workerData }));
  bundled ??= bundledWorker(source);
  const url = await bundled;
  return Array.from({ length: count }, () => (url ? new Worker(url, { workerData }) : startWorker(source, workerData)));
}
