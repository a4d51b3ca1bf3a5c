// Element tests run in Debian's Chromium against a real reference server started here on a free port.
// Run through `node --import tsx` (see scripts/test.mjs) so this file can import the server's TypeScript.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const { startTestServer, ALTERNATIVE_BACKEND } = await import('./packages/server/src/testing.ts');
const server = await startTestServer({ count: 1000 });
// A second backend that differs where the contract allows (maxTranscriptExport 10, no totals, another SmartStatus).
const alternative = await startTestServer({ ...ALTERNATIVE_BACKEND, count: 200 });
const stop = () => Promise.all([server.close(), alternative.close()]).catch(() => {});
process.on('exit', stop);
process.on('SIGINT', () => { stop(); process.exit(130); });

export const chromiumFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--autoplay-policy=no-user-gesture-required', '--disable-dev-shm-usage',
];

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['ck-source', 'browser', 'development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  // CK_GREP: only tests whose title matches (`npm run test:elements -- <folder> --grep text`).
  testFramework: { config: { timeout: 20_000, ...(process.env.CK_GREP ? { grep: process.env.CK_GREP } : {}) } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './packages/elements/tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumFlags } }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head>
<body>
  <script>window.__CK_TEST__ = ${JSON.stringify({ baseUrl: server.baseUrl, tokens: server.tokens, alternative: { baseUrl: alternative.baseUrl, tokens: alternative.tokens } })};</script>
  <script type="module" src="${testFramework}"></script>
</body></html>`,
  reporters: [defaultReporter(), summaryReporter(), countReporter({ file: process.env.CK_COUNTS_FILE ?? 'test-results/wtr.json' })],
};
