import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, Capabilities, Permission } from '../types.js';

/** `client.capabilities`: who the caller is, what they may do, what the backend supports. */
export class CapabilitiesResource {
  constructor(private readonly transport: Transport) {}

  /** `GET /v1/capabilities`. */
  get(options: CallOptions = {}): ApiPromise<Capabilities> {
    return this.transport.json<Capabilities>({ method: 'GET', path: '/v1/capabilities', ...options });
  }
}

/** True when `capabilities` grants every permission listed: `can(caps, 'recordings.download')`. */
export function can(capabilities: Capabilities, ...permissions: Permission[]): boolean {
  return permissions.every((p) => capabilities.permissions.includes(p));
}
