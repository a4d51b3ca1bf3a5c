#!/usr/bin/env node
// `npm test`: every check. Stages that do not depend on each other run side by side (the static
// checks beside the node tests), the rest in order of dependency: build → manifest → browser tests
// → Storybook. A parallel stage's output is printed in one block when it ends, so logs stay readable.
// Prints one closing line "N passed, N failed" totalled over every runner.
//
// `npm test -- node wtr` runs only the named stages (see the names printed in the summary).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const only = process.argv.slice(2);
const total = { passed: 0, failed: 0 };
const summary = [];
const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

/** A stage: one command; counts come from its counts file, or 1 passed / 1 failed by exit code. */
function stage(name, command, args, { countsFile, env = {} } = {}) {
  return { name, command, args, countsFile, env };
}

async function runStage({ name, command, args, countsFile, env }, { buffered }) {
  if (only.length && !only.includes(name)) return true;
  const started = Date.now();
  const header = `\n━━ ${name}: ${[command, ...args].map((a) => a.replace(root, '')).join(' ')}`;
  if (!buffered) console.log(header);
  const child = spawn(command, args, {
    cwd: root,
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env, CK_COUNTS_FILE: countsFile ?? '' },
  });
  const chunks = [];
  child.stdout?.on('data', (c) => chunks.push(c));
  child.stderr?.on('data', (c) => chunks.push(c));
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (buffered) console.log(`${header}\n${Buffer.concat(chunks).toString()}`);
  const ok = code === 0;
  let counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (countsFile) {
    counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0 };
    // A runner that crashed, or exited non-zero with every test green, still fails the run.
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  summary.push(`${ok ? '✔' : '✘'} ${name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** Runs lanes side by side; each lane is a list of stages run in order. */
async function parallel(...lanes) {
  const active = lanes.map((lane) => lane.filter(Boolean)).filter((lane) => lane.some((s) => !only.length || only.includes(s.name)));
  const buffered = active.length > 1;
  await Promise.all(active.map(async (lane) => {
    for (const s of lane) await runStage(s, { buffered });
  }));
}

function testFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) testFiles(path, out);
    else if (entry.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const staticChecks = [];
if (existsSync(join(root, 'packages/sdk/scripts/generate-types.mjs'))) {
  staticChecks.push(stage('contract-types', node, ['packages/sdk/scripts/generate-types.mjs', '--check']));
}
for (const pkg of ['contract', 'sdk', 'server', 'elements']) {
  if (existsSync(join(root, `packages/${pkg}/tsconfig.json`))) staticChecks.push(stage(`typecheck-${pkg}`, node, [bin('typescript', 'bin/tsc'), '-p', `packages/${pkg}`, '--noEmit']));
}
staticChecks.push(stage('lint', node, [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']));
// Redocly recommended-strict and Spectral spectral:oas on the contract: no error, no warning.
staticChecks.push(stage('contract-lint', node, ['packages/contract/scripts/lint.mjs']));

// Tests of several server instances on one database run on PostgreSQL only (the postgres stage).
const POSTGRES_ONLY = ['multi-instance.test.ts'];
const nodeTests = ['contract', 'sdk', 'server', 'elements'].flatMap((pkg) => testFiles(join(root, `packages/${pkg}/test`))).filter((f) => !POSTGRES_ONLY.some((p) => f.endsWith(p)));
const nodeStage = nodeTests.length
  // `ck-source`: tests import workspace packages by name (`@conversations-kit/server/testing`) and get their sources.
  ? stage('node', node, ['--conditions=ck-source', '--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/node-count-reporter.mjs')}`, '--test-reporter-destination=stdout', ...nodeTests],
  // The search ground truth runs on 5,000 conversations here (its scans of the whole corpus grow with
  // the square of it); `CK_SEARCH_TRUTH_COUNT=50000` runs it at the size of the benchmark's claims.
  { countsFile: join(resultsDir, 'node.json'), env: { CK_SEARCH_TRUTH_COUNT: process.env.CK_SEARCH_TRUTH_COUNT ?? '5000' } })
  : null;

// The server suites that depend on the store run again on PostgreSQL, in a throwaway cluster
// (scripts/postgres-cluster.mjs: initdb in a temp folder, removed afterwards). Search and
// conformance join once the PostgreSQL search index exists.
const POSTGRES_SUITES = ['api-basics', 'writes', 'live', 'exports', 'recordings', 'idempotency', 'multi-instance'];
const postgresStage = stage('node-postgres', node, ['scripts/postgres-cluster.mjs', '--', node, '--conditions=ck-source', '--import', 'tsx', '--test', '--test-concurrency=2',
  '--test-reporter=spec', '--test-reporter-destination=stdout', `--test-reporter=${join(root, 'scripts/node-count-reporter.mjs')}`, '--test-reporter-destination=stdout',
  ...POSTGRES_SUITES.map((s) => `packages/server/test/${s}.test.ts`)], { countsFile: join(resultsDir, 'node-postgres.json'), env: { CK_TEST_STORE: 'postgres' } });

// Static checks are single-threaded and the node tests wait on servers and subprocesses: side by
// side, the PostgreSQL run once the static checks are done.
await parallel([...staticChecks, postgresStage], [nodeStage]);

// The elements manifest is generated from the JSDoc, the React wrappers and host typings from the
// manifest, then every package builds (ESM + .d.ts).
await parallel([
  stage('manifest', node, [bin('@custom-elements-manifest/analyzer', 'cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']),
  stage('wrappers', node, ['scripts/generate-wrappers.mjs']),
  stage('build', node, [bin('rollup', 'dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent']),
]);

// Element tests in Chromium beside the packaging checks (npm pack, publint, attw, install the
// tarballs into an empty folder and run them) and the framework examples, which wait mostly on npm and Vite.
await parallel(
  testFiles(join(root, 'packages/elements/src')).length
    ? [stage('wtr', node, ['--import', 'tsx', bin('@web/test-runner', 'dist/bin.js'), '--config', 'web-test-runner.config.mjs'], { countsFile: join(resultsDir, 'wtr.json') })]
    : [],
  [
    stage('packages', node, ['scripts/check-packages.mjs'], { countsFile: join(resultsDir, 'packages.json') }),
    existsSync(join(root, 'scripts/check-examples.mjs')) ? stage('examples', node, ['--import', 'tsx', 'scripts/check-examples.mjs'], { countsFile: join(resultsDir, 'examples.json') }) : null,
  ],
);

if (existsSync(join(root, 'stories')) && readdirSync(join(root, 'stories')).some((f) => f.endsWith('.stories.ts'))) {
  await parallel([
    stage('storybook-build', node, [bin('storybook', 'dist/bin/dispatcher.js'), 'build', '-o', 'storybook-static', '--quiet']),
    stage('stories', node, ['--import', 'tsx', 'scripts/stories-smoke.mjs'], { countsFile: join(resultsDir, 'stories.json') }),
  ]);
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
