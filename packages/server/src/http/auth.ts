import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, RouteOptions, onRequestHookHandler } from 'fastify';
import type { ServerConfig } from '../config.js';
import { PERMISSIONS, type Permission, type User } from '../domain.js';
import { ApiError, forbidden } from './errors.js';
import { MediaSigner, type MediaRepresentation } from './media-signature.js';

export interface Caller {
  user: User;
  permissions: ReadonlySet<Permission>;
}

/** What a route needs from its caller; set by contractRoute from the operation in openapi.yaml. */
export interface RouteAuth {
  permissions: readonly string[];
  /** The recording representation a signed media URL may open on this route, or null (bearer token only). */
  media: MediaRepresentation | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Tokens and roles from the config, held in Maps: a token such as `constructor` or `__proto__`
 * finds nothing, and every known token is compared in constant time.
 */
export class Authenticator {
  readonly media: MediaSigner;
  private readonly tokens: { digest: Buffer; user: User }[] = [];
  private readonly usersById = new Map<string, User>();
  private readonly roles = new Map<string, ReadonlySet<Permission>>();

  constructor(config: ServerConfig, now: () => number) {
    for (const [token, user] of Object.entries(config.users)) {
      this.tokens.push({ digest: digest(token), user });
      this.usersById.set(user.id, user);
    }
    for (const [role, permissions] of Object.entries(config.roles)) {
      this.roles.set(role, new Set(PERMISSIONS.filter((p) => permissions.includes(p))));
    }
    this.media = new MediaSigner(config.mediaUrls.secret, config.mediaUrls.ttlSeconds, now);
  }

  /** The user a bearer token belongs to; looks at every token so the time taken says nothing. */
  userByToken(token: string): User | null {
    const given = digest(token);
    let found: User | null = null;
    for (const t of this.tokens) if (timingSafeEqual(given, t.digest)) found = t.user;
    return found;
  }

  callerFor(user: User): Caller {
    return { user, permissions: this.roles.get(user.role) ?? new Set() };
  }

  /** The caller of a request: the `Authorization: Bearer` header, or a signed media URL where the route accepts one. */
  authenticate(req: FastifyRequest, rule: RouteAuth): Caller {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer +([\x21-\x7e]{1,500}) *$/i.exec(header);
      if (!m) throw new ApiError('unauthorized', 'The Authorization header must be "Bearer <token>"');
      const user = this.userByToken(m[1]);
      if (!user) throw new ApiError('unauthorized', 'Unknown or expired token');
      return this.callerFor(user);
    }
    const signature = rule.media ? (req.query as Record<string, unknown> | undefined)?.signature : undefined;
    if (typeof signature === 'string') {
      const id = (req.params as Record<string, unknown> | undefined)?.id;
      const userId = typeof id === 'string' ? this.media.verify(signature, id, rule.media!) : null;
      const user = userId === null ? undefined : this.usersById.get(userId);
      if (!user) throw new ApiError('unauthorized', 'The signed media URL is invalid or has expired; ask for a new one');
      return this.callerFor(user);
    }
    throw new ApiError('unauthorized', 'Missing bearer token');
  }
}

export function requirePermissions(caller: Caller, permissions: readonly string[]): void {
  for (const p of permissions) if (!caller.permissions.has(p as Permission)) throw forbidden(p);
}

export function canViewPii(caller: Caller): boolean {
  return caller.permissions.has('pii.view');
}

const PROTECTING = new WeakSet<object>();

/**
 * Attaches authentication and the route's permissions to one route, as its first onRequest hook:
 * decided on the route the router matched (not the raw URL), before the body is read or validated.
 */
export function protectRoute(route: RouteOptions, auth: Authenticator): void {
  const rule: RouteAuth = route.config?.auth ?? { permissions: [], media: null };
  const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
  // Fastify derives the HEAD route from the GET one, hooks included: protect once.
  if (existing.some((h) => PROTECTING.has(h))) return;
  const hook: onRequestHookHandler = async (req) => {
    req.caller = auth.authenticate(req, rule);
    requirePermissions(req.caller, rule.permissions);
  };
  PROTECTING.add(hook);
  route.onRequest = [hook, ...existing];
}
