/**
 * Short-lived signed media URLs: `signature=<expires>.<user>.<mac>` where mac is
 * HMAC-SHA256 over the user, the conversation, the representation and the expiry. A URL opens
 * one representation of one conversation's recording for a few minutes, and nothing else.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const MEDIA_REPRESENTATIONS = ['audio', 'peaks', 'download'] as const;
export type MediaRepresentation = (typeof MEDIA_REPRESENTATIONS)[number];

export interface SignedMedia {
  signature: string;
  expiresAtMs: number;
}

export class MediaSigner {
  private readonly secret: Buffer;

  /** `secret` null: a random key per process (URLs stop working after a restart, which minutes of validity allow). */
  constructor(secret: string | null, private readonly ttlSeconds: number, private readonly now: () => number) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  sign(userId: string, conversationId: string, representation: MediaRepresentation): SignedMedia {
    const expires = Math.floor(this.now() / 1000) + this.ttlSeconds;
    const mac = this.mac(userId, conversationId, representation, expires);
    return { signature: `${expires}.${Buffer.from(userId, 'utf8').toString('base64url')}.${mac.toString('base64url')}`, expiresAtMs: expires * 1000 };
  }

  /** The user the signature was made for, or null when it is malformed, expired, or for another conversation or representation. */
  verify(signature: string, conversationId: string, representation: MediaRepresentation): string | null {
    const m = /^(\d{1,12})\.([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(signature);
    if (!m) return null;
    const expires = Number(m[1]);
    const nowS = this.now() / 1000;
    // Expired, or further ahead than this server ever signs (a forged or foreign clock).
    if (expires <= nowS || expires > nowS + this.ttlSeconds + 60) return null;
    const userId = Buffer.from(m[2], 'base64url').toString('utf8');
    const given = Buffer.from(m[3], 'base64url');
    const want = this.mac(userId, conversationId, representation, expires);
    return given.length === want.length && timingSafeEqual(given, want) ? userId : null;
  }

  private mac(userId: string, conversationId: string, representation: string, expires: number): Buffer {
    return createHmac('sha256', this.secret).update(['ck-media-v1', userId, conversationId, representation, String(expires)].join('\n')).digest();
  }
}
