// Counts passed / failed tests over every browser session so scripts/test.mjs can print one total.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function walk(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) walk(child, counts);
}

/** @param {{ file: string }} options */
export function countReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        walk(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
