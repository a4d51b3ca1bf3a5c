// Element tests talk to a real reference server started by web-test-runner.config.mjs.
import { createClient } from '@conversations-kit/sdk';

interface TestBackend {
  baseUrl: string;
  tokens: { viewer: string; analyst: string; supervisor: string; admin: string };
}

declare global {
  interface Window {
    __CK_TEST__: TestBackend;
  }
}

export const backend = (): TestBackend => window.__CK_TEST__;

export function testClient(role: keyof TestBackend['tokens'] = 'supervisor', options: { token?: string } = {}) {
  const { baseUrl, tokens } = backend();
  return createClient({ baseUrl, token: options.token ?? tokens[role] });
}

/** Resolves when `predicate` holds, polling each frame (fails the test after `timeout`). */
export async function until(predicate: () => unknown, message = 'condition', timeout = 8000): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
}
