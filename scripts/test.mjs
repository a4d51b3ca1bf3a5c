#!/usr/bin/env node
// `npm test`: every check, in order of cost — contract types, typecheck, lint, node tests (SDK against
// the real server, server, conformance), element tests in Chromium, then the Storybook smoke run.
// Prints one closing line "N passed, N failed" totalled over every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- node wtr`
const total = { passed: 0, failed: 0 };
const summary = [];

function run(name, command, args, { countsFile, env = {} } = {}) {
  if (only.length && !only.includes(name)) return;
  const started = Date.now();
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env, CK_COUNTS_FILE: countsFile ?? '' } });
  const ok = result.status === 0;
  let counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (countsFile) {
    counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0 };
    // A runner that crashed, or exited non-zero with every test green, still fails the run.
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  summary.push(`${ok ? '✔' : '✘'} ${name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
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

const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

if (existsSync(join(root, 'packages/sdk/scripts/generate-types.mjs'))) {
  run('contract-types', node, ['packages/sdk/scripts/generate-types.mjs', '--check']);
}
for (const pkg of ['contract', 'sdk', 'server', 'elements']) {
  if (existsSync(join(root, `packages/${pkg}/tsconfig.json`))) run(`typecheck-${pkg}`, node, [bin('typescript', 'bin/tsc'), '-p', `packages/${pkg}`, '--noEmit']);
}
run('lint', node, [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']);

const nodeTests = ['contract', 'sdk', 'server'].flatMap((pkg) => testFiles(join(root, `packages/${pkg}/test`)));
if (nodeTests.length) {
  run('node', node, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/node-count-reporter.mjs')}`, '--test-reporter-destination=stdout', ...nodeTests],
    { countsFile: join(resultsDir, 'node.json') });
}

// Every package builds (ESM + .d.ts) and the elements manifest is generated from the JSDoc.
run('build', node, [bin('rollup', 'dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent']);
run('manifest', node, [bin('@custom-elements-manifest/analyzer', 'cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

if (testFiles(join(root, 'packages/elements/src')).length) {
  run('wtr', node, ['--import', 'tsx', bin('@web/test-runner', 'dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    { countsFile: join(resultsDir, 'wtr.json') });
}

if (existsSync(join(root, 'stories')) && readdirSync(join(root, 'stories')).some((f) => f.endsWith('.stories.ts'))) {
  run('storybook-build', node, [bin('storybook', 'dist/bin/dispatcher.js'), 'build', '-o', 'storybook-static', '--quiet']);
  run('stories', node, ['--import', 'tsx', 'scripts/stories-smoke.mjs'], { countsFile: join(resultsDir, 'stories.json') });
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
