import type { Contract } from './contract.js';
import type { CallResult, CallSpec, ContractHttp } from './http.js';
import { check, skip } from './types.js';

type Json = Record<string, unknown>;

export interface Summary {
  id: string;
  channel: string;
  status: string;
  completionReason: string | null;
  startTime: string;
  hasRecording: boolean;
  hasTranscript: boolean;
  customer: { name: string | null; phone: string | null; email: string | null; userId: string; obscured: boolean };
  queues: { id: string; name: string }[];
  agents: { id: string; name: string }[];
  csat: { score: number } | null;
  customTags: { name: string; value: string }[];
  [key: string]: unknown;
}

export interface Capabilities {
  user: { id: string; role: string };
  permissions: string[];
  features: { fullTextSearch: boolean; liveUpdates: boolean; diagnostics: boolean; maxTranscriptExport: number; eventsRetentionDays: number };
}

/** Shared state of one run: tokens, the HTTP helper, and memoised fixtures found on the backend. */
export class CheckContext {
  private memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly contract: Contract,
    readonly http: ContractHttp,
    readonly tokens: { any: string; privileged: string; unprivileged: string | null },
  ) {}

  call(spec: Omit<CallSpec, 'token'> & { token?: string | null }): Promise<CallResult> {
    return this.http.call({ ...spec, token: spec.token === undefined ? this.tokens.privileged : spec.token });
  }

  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = make();
      this.memo.set(key, p);
    }
    return p;
  }

  capabilities(token: string): Promise<Capabilities> {
    return this.once(`caps:${token}`, async () => {
      const res = await this.http.call({ op: 'getCapabilities', token });
      return this.http.expectOk(res) as Capabilities;
    });
  }

  async privilegedCaps(): Promise<Capabilities> {
    return this.capabilities(this.tokens.privileged);
  }

  /** Skips unless the privileged user holds these permissions. */
  async needPermissions(...permissions: string[]): Promise<void> {
    const caps = await this.privilegedCaps();
    const missing = permissions.filter((p) => !caps.permissions.includes(p));
    if (missing.length) skip(`the privileged token lacks ${missing.join(', ')}`);
  }

  /** A given token without `pii.view` that holds `permissions` (the analyst kind of user); skips when none does. */
  async piiBlindToken(...permissions: string[]): Promise<string> {
    for (const token of [this.tokens.any, this.tokens.unprivileged]) {
      if (!token) continue;
      const caps = await this.capabilities(token);
      if (!caps.permissions.includes('pii.view') && permissions.every((p) => caps.permissions.includes(p))) return token;
    }
    return skip(`no given token lacks pii.view while holding ${permissions.join(', ') || 'nothing'}`);
  }

  /**
   * A completed conversation whose privileged transcript shows the customer's e-mail address or phone
   * number, with those strings: what a caller without pii.view must never see anywhere.
   */
  piiSample(): Promise<{ summary: Summary; secrets: string[] }> {
    return this.once('pii-sample', async () => {
      await this.needPermissions('pii.view');
      let fallback: { summary: Summary; secrets: string[] } | null = null;
      for (const channel of ['email', 'chat', 'voice', 'messaging']) {
        const page = await this.list({ status: 'completed', channel, limit: 40 });
        for (const summary of page.items.filter((c) => c.hasTranscript).slice(0, 10)) {
          const secrets = [summary.customer.email, summary.customer.phone].filter((s): s is string => Boolean(s && s.length >= 6));
          if (!secrets.length) continue;
          fallback ??= { summary, secrets };
          const res = await this.call({ op: 'getTranscript', params: { id: summary.id }, query: { limit: 500 } });
          const text = JSON.stringify(this.http.expectOk(res)).toLowerCase();
          if (secrets.some((s) => text.includes(s.toLowerCase()))) return { summary, secrets };
        }
      }
      return fallback ?? skip('no completed conversation with a customer e-mail or phone among the newest');
    });
  }

  unprivileged(): string {
    return this.tokens.unprivileged ?? skip('no unprivileged token given (--unprivileged-token)');
  }

  /** One page of conversations with the privileged token, validated. */
  async list(query: Record<string, string | number | string[] | undefined>): Promise<{ items: Summary[]; nextCursor: string | null; total?: number }> {
    const res = await this.call({ op: 'listConversations', query });
    return this.http.expectOk(res) as { items: Summary[]; nextCursor: string | null };
  }

  /** The first conversation matching `query` and `predicate`, scanning a few pages; skips when there is none. */
  async find(key: string, query: Record<string, string | number | string[] | undefined>, predicate: (c: Summary) => boolean = () => true, pages = 5): Promise<Summary> {
    const found = await this.once(`find:${key}`, async () => {
      let cursor: string | undefined;
      for (let i = 0; i < pages; i++) {
        const page = await this.list({ ...query, limit: 100, cursor });
        const hit = page.items.find(predicate);
        if (hit) return hit;
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return null;
    });
    return found ?? skip(`the backend has no conversation for this check (${key})`);
  }

  voiceWithRecording(): Promise<Summary> {
    return this.find('voice-recording', { channel: 'voice', status: 'completed' }, (c) => c.hasRecording);
  }

  withTranscript(): Promise<Summary> {
    return this.find('with-transcript', { status: 'completed' }, (c) => c.hasTranscript);
  }

  nonVoice(): Promise<Summary> {
    return this.find('non-voice', { channel: ['chat', 'email', 'messaging'] });
  }

  inProgress(): Promise<Summary> {
    return this.find('in-progress', { status: 'in_progress' });
  }

  /** A completed conversation younger than the events retention window. */
  async recentCompleted(): Promise<Summary> {
    const caps = await this.privilegedCaps();
    const from = new Date(Date.now() - (caps.features.eventsRetentionDays - 1) * 86_400_000).toISOString();
    return this.find('recent-completed', { status: 'completed', from });
  }

  /** Ids of `n` completed conversations inside the events retention window (exports of their events work). */
  async recentIds(n: number): Promise<string[]> {
    const caps = await this.privilegedCaps();
    const from = new Date(Date.now() - (caps.features.eventsRetentionDays - 1) * 86_400_000).toISOString();
    const ids = (await this.list({ status: 'completed', from, limit: n })).items.map((c) => c.id);
    return ids.length >= n ? ids : skip(`fewer than ${n} recent completed conversations`);
  }

  /** A completed conversation that has a disposition. */
  completedWithDisposition(): Promise<{ summary: Summary; conversation: Json }> {
    return this.once('completed-disposition', async () => {
      const page = await this.list({ status: 'completed', limit: 50 });
      for (const summary of page.items.slice(0, 30)) {
        const res = await this.call({ op: 'getConversation', params: { id: summary.id } });
        const conversation = this.http.expectOk(res) as Json;
        if (conversation.disposition) return { summary, conversation };
      }
      return skip('no completed conversation with a disposition among the newest 30');
    });
  }

  async firstAgent(): Promise<{ id: string }> {
    const res = await this.call({ op: 'listAgents' });
    const items = (this.http.expectOk(res) as { items: { id: string }[] }).items;
    check(items.length > 0, 'GET /v1/agents returned no agents');
    return items[0]!;
  }

  async queues(): Promise<{ id: string }[]> {
    const res = await this.call({ op: 'listQueues' });
    const items = (this.http.expectOk(res) as { items: { id: string }[] }).items;
    check(items.length > 0, 'GET /v1/queues returned no queues');
    return items;
  }

  async dispositionCodes(): Promise<{ code: string; label: string }[]> {
    const res = await this.call({ op: 'listDispositionCodes' });
    const items = (this.http.expectOk(res) as { items: { code: string; label: string }[] }).items;
    check(items.length > 1, 'GET /v1/dispositions needs at least two codes');
    return items;
  }
}
