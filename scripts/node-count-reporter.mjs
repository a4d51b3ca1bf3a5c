// node:test reporter that writes { passed, failed } over leaf tests to $CK_COUNTS_FILE.
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) continue;
    if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  writeFileSync(process.env.CK_COUNTS_FILE, JSON.stringify(counts));
  yield ''; // reporters are generators; this one prints nothing
}
