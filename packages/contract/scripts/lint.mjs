#!/usr/bin/env node
// Lints the contract with Redocly (recommended-strict) and Spectral (spectral:oas): any error or
// warning fails. Both run offline; telemetry is switched off.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const contract = join(here, '..');
const spec = join(contract, 'openapi.yaml');
const require = createRequire(import.meta.url);
const binOf = (pkg, rel) => join(dirname(require.resolve(`${pkg}/package.json`)), rel);
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1' };

function run(name, args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env, cwd: contract, maxBuffer: 64 * 1024 * 1024 });
  return { name, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const problems = [];
const redocly = run('redocly', [binOf('@redocly/cli', 'bin/cli.js'), 'lint', spec, '--config', join(contract, 'redocly.yaml'), '--format=json']);
try {
  const report = JSON.parse(redocly.stdout.slice(redocly.stdout.indexOf('{')));
  for (const p of report.problems ?? []) problems.push(`redocly ${p.severity} ${p.ruleId}: ${p.message} (${p.location?.[0]?.pointer ?? ''})`);
} catch {
  problems.push(`redocly did not report JSON (exit ${redocly.status}): ${redocly.stderr.slice(0, 500)}`);
}
const spectral = run('spectral', [binOf('@stoplight/spectral-cli', 'dist/index.js'), 'lint', spec, '--ruleset', join(contract, '.spectral.yaml'), '--format=json', '--quiet']);
try {
  const results = JSON.parse(spectral.stdout.trim() || '[]');
  const severities = ['error', 'warning', 'info', 'hint'];
  for (const r of results) if (r.severity <= 1) problems.push(`spectral ${severities[r.severity]} ${r.code}: ${r.message} (${r.path.join('.')})`);
} catch {
  problems.push(`spectral did not report JSON (exit ${spectral.status}): ${spectral.stderr.slice(0, 500)}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} contract lint problem(s)`);
  process.exit(1);
}
console.log('Contract lint: Redocly recommended-strict and Spectral spectral:oas report no error and no warning.');
