import { parseArgs } from 'node:util';
import { formatResult, runConformance } from './run.js';

const USAGE = `Usage: conversations-kit-conformance --base-url URL --token T [--privileged-token T] [--unprivileged-token T] [--only id-prefix,...]

Checks a backend against the Conversations Kit contract and prints PASS/FAIL/SKIP per check.
Exits 1 when a check fails, 2 on bad arguments. Some checks write (saved filters, a disposition
edit, supervisor actions): point it at a test backend.
Tokens may also come from CK_TOKEN, CK_PRIVILEGED_TOKEN, CK_UNPRIVILEGED_TOKEN.`;

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        token: { type: 'string' },
        'privileged-token': { type: 'string' },
        'unprivileged-token': { type: 'string' },
        only: { type: 'string' },
        'timeout-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const baseUrl = values['base-url'];
  const token = values.token ?? process.env.CK_TOKEN;
  if (!baseUrl || !token) {
    console.error(USAGE);
    return 2;
  }
  const report = await runConformance({
    baseUrl,
    token,
    privilegedToken: values['privileged-token'] ?? process.env.CK_PRIVILEGED_TOKEN,
    unprivilegedToken: values['unprivileged-token'] ?? process.env.CK_UNPRIVILEGED_TOKEN,
    only: values.only?.split(',').map((s) => s.trim()).filter(Boolean),
    timeoutMs: values['timeout-ms'] ? Number(values['timeout-ms']) : undefined,
    onResult: (r) => console.log(formatResult(r)),
  });
  console.log(`\n${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
  return report.ok ? 0 : 1;
}
