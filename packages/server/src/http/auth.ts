import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import type { Permission, User } from '../domain.js';
import { ApiError, forbidden } from './errors.js';

export interface Caller {
  user: User;
  permissions: ReadonlySet<Permission>;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

/** Bearer token from the header, or `access_token` for clients that cannot set headers (EventSource, <audio>). */
function tokenOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return m ? m[1] : null;
  }
  const q = req.query as Record<string, unknown> | undefined;
  return typeof q?.access_token === 'string' ? q.access_token : null;
}

export function authenticate(req: FastifyRequest, config: ServerConfig): Caller {
  const token = tokenOf(req);
  if (!token) throw new ApiError('unauthorized', 'Missing bearer token');
  const user = config.users[token];
  if (!user) throw new ApiError('unauthorized', 'Unknown or expired token');
  return { user, permissions: new Set(config.roles[user.role] ?? []) };
}

export function requirePermissions(caller: Caller, permissions: readonly string[]): void {
  for (const p of permissions) if (!caller.permissions.has(p as Permission)) throw forbidden(p);
}

export function canViewPii(caller: Caller): boolean {
  return caller.permissions.has('pii.view');
}
