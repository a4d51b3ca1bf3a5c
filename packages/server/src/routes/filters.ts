import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { notFound } from '../http/errors.js';
import { checkQuery } from '../http/query-params.js';
import { contractRoute } from '../http/route.js';
import type { ConversationQuery } from '../store/query.js';
import type { SavedFilterRow } from '../store/store.js';

function present(f: SavedFilterRow) {
  return { id: f.id, name: f.name, isDefault: f.isDefault, query: f.query, createdAt: new Date(f.createdMs).toISOString(), updatedAt: new Date(f.updatedMs).toISOString() };
}

export function filterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const load = async (userId: string, id: string) => (await ctx.store.filter(userId, id)) ?? (() => { throw notFound(`Saved filter ${id}`); })();
  /** Marks one filter default and unmarks the others, atomically. */
  const makeDefault = async (userId: string, id: string, now: number) => {
    for (const f of await ctx.store.filters(userId)) {
      if (f.isDefault !== (f.id === id)) await ctx.store.saveFilter({ ...f, isDefault: f.id === id, updatedMs: f.id === id ? now : f.updatedMs });
    }
  };

  contractRoute(app, 'GET', '/v1/filters', async (req) => {
    const items = await ctx.store.filters(req.caller.user.id);
    items.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name) || a.createdMs - b.createdMs);
    return { items: items.map(present) };
  });

  contractRoute(app, 'POST', '/v1/filters', async (req, reply) => {
    const body = req.body as { name: string; query: ConversationQuery; isDefault?: boolean };
    checkQuery(body.query, 'query.');
    const now = ctx.now();
    const userId = req.caller.user.id;
    const row: SavedFilterRow = { id: `flt_${randomUUID().replaceAll('-', '').slice(0, 16)}`, userId, name: body.name.trim() || body.name, isDefault: false, query: body.query, createdMs: now, updatedMs: now };
    await ctx.store.transaction(async () => {
      await ctx.store.saveFilter(row);
      if (body.isDefault) await makeDefault(userId, row.id, now);
    });
    reply.code(201);
    return present(await load(userId, row.id));
  });

  contractRoute(app, 'GET', '/v1/filters/{filterId}', async (req) => present(await load(req.caller.user.id, (req.params as { filterId: string }).filterId)));

  contractRoute(app, 'PATCH', '/v1/filters/{filterId}', async (req) => {
    const body = req.body as { name?: string; query?: ConversationQuery };
    if (body.query) checkQuery(body.query, 'query.');
    const f = await load(req.caller.user.id, (req.params as { filterId: string }).filterId);
    const updated = { ...f, name: body.name ?? f.name, query: body.query ?? f.query, updatedMs: ctx.now() };
    await ctx.store.saveFilter(updated);
    return present(updated);
  });

  contractRoute(app, 'DELETE', '/v1/filters/{filterId}', async (req, reply) => {
    const { filterId } = req.params as { filterId: string };
    if (!(await ctx.store.deleteFilter(req.caller.user.id, filterId))) throw notFound(`Saved filter ${filterId}`);
    return reply.code(204).send();
  });

  contractRoute(app, 'POST', '/v1/filters/{filterId}/duplicate', async (req, reply) => {
    const f = await load(req.caller.user.id, (req.params as { filterId: string }).filterId);
    const now = ctx.now();
    const copy: SavedFilterRow = { ...f, id: `flt_${randomUUID().replaceAll('-', '').slice(0, 16)}`, name: (req.body as { name: string }).name, isDefault: false, createdMs: now, updatedMs: now };
    await ctx.store.saveFilter(copy);
    reply.code(201);
    return present(copy);
  });

  contractRoute(app, 'POST', '/v1/filters/{filterId}/default', async (req) => {
    const userId = req.caller.user.id;
    const f = await load(userId, (req.params as { filterId: string }).filterId);
    await ctx.store.transaction(() => makeDefault(userId, f.id, ctx.now()));
    return present(await load(userId, f.id));
  });
}
