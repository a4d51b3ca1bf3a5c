import type { CheckContext } from '../context.js';
import { check, skip } from '../types.js';
import type { Check } from './check.js';

/** Valid inputs per operation, so a denial cannot hide behind a 400 or 404. */
async function inputsFor(ctx: CheckContext, operationId: string): Promise<{ params: Record<string, string>; query?: Record<string, string>; json?: unknown; headers?: Record<string, string> }> {
  const voice = await ctx.voiceWithRecording().catch(() => null);
  const any = voice ?? (await ctx.list({ limit: 1 })).items[0] ?? skip('no conversations');
  const params = { id: any.id, filterId: 'conformance-filter' };
  switch (operationId) {
    case 'updateDisposition':
      return { params, json: { code: (await ctx.dispositionCodes())[0]!.code }, headers: { 'if-match': '"v1"' } };
    case 'supervisorAssign':
      return { params, json: { agentId: (await ctx.firstAgent()).id } };
    case 'supervisorChangeQueue':
      return { params, json: { queueId: (await ctx.queues())[0]!.id } };
    case 'createFilter':
      return { params, json: { name: 'denied', query: {} } };
    case 'updateFilter':
    case 'duplicateFilter':
      return { params, json: { name: 'denied' } };
    case 'exportConversations':
    case 'exportTranscripts':
    case 'exportEvents':
      return { params, json: { ids: [any.id] } };
    case 'exportDiagnostics':
      return { params, query: { format: 'pcap' } };
    case 'downloadTranscript':
      return { params, query: { format: 'csv' } };
    default:
      return { params };
  }
}

export const permissionChecks: Check[] = [
  {
    id: 'permissions.denied',
    title: 'Every operation with x-permissions answers 403 forbidden to a user lacking one of them',
    async run(ctx) {
      const token = ctx.unprivileged();
      const caps = await ctx.capabilities(token);
      const failures: string[] = [];
      let tried = 0;
      for (const op of ctx.contract.operations.values()) {
        const missing = op.permissions.filter((p) => !caps.permissions.includes(p));
        if (missing.length === 0) continue;
        tried++;
        const inputs = await inputsFor(ctx, op.operationId);
        const res = await ctx.http.call({ op: op.operationId, token, ...inputs });
        try {
          ctx.http.expectError(res, 403, 'forbidden');
        } catch (error) {
          failures.push(`${op.operationId} (needs ${missing.join(', ')}): ${(error as Error).message}`);
        }
      }
      if (tried === 0) skip('the unprivileged token holds every permission');
      check(failures.length === 0, failures.join(' | '));
    },
  },
];
