import type { CheckContext } from '../context.js';
import { check, skip } from '../types.js';
import type { Check } from './check.js';

/** Valid inputs per operation, so a denial cannot hide behind a 400 or 404. */
async function inputsFor(ctx: CheckContext, operationId: string, conversation?: { id: string }): Promise<{ params: Record<string, string>; query?: Record<string, string>; json?: unknown; headers?: Record<string, string> }> {
  const voice = conversation ?? (await ctx.voiceWithRecording().catch(() => null));
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
  {
    id: 'permissions.allowed',
    title: 'Every read a role is entitled to (its x-permissions held) answers without 401/403 — no role is blocked from what it may read',
    async run(ctx) {
      const tokens = [...new Set([ctx.tokens.any, ctx.tokens.unprivileged].filter((t): t is string => Boolean(t)))];
      // A chat: media and diagnostics operations answer 404 at once, which still shows the caller was let in.
      const chat = await ctx.nonVoice();
      const failures: string[] = [];
      for (const token of tokens) {
        const caps = await ctx.capabilities(token);
        for (const op of ctx.contract.operations.values()) {
          if (op.method !== 'GET' || op.operationId === 'streamLive') continue;
          if (!op.permissions.every((p) => caps.permissions.includes(p))) continue;
          const inputs = await inputsFor(ctx, op.operationId, chat);
          const res = await ctx.http.call({ op: op.operationId, token, ...inputs });
          if (res.status === 401 || res.status === 403) failures.push(`${caps.user.role} ${op.operationId}: ${res.status} ${(res.json as { error?: { code?: string } } | undefined)?.error?.code ?? ''}`);
        }
      }
      check(failures.length === 0, failures.join(' | '));
    },
  },
];
