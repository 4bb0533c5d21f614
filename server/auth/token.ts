import crypto from 'node:crypto';
import { decodeTokenPayload, splitToken } from '../../shared/protocol/tokenPayload.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { tokenPayloadSchema } from '../../shared/protocol/tokenPayload.ts';

function hmac(key: Buffer, data: string): Buffer {
  return crypto.createHmac('sha256', key).update(data, 'ascii').digest();
}

/** Signs a payload: `base64url(JSON) + '.' + base64url(HMAC-SHA256(key, first part))`. */
export function signToken(key: Buffer, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(tokenPayloadSchema.parse(payload)), 'utf8').toString('base64url');
  return `${body}.${hmac(key, body).toString('base64url')}`;
}

/**
 * The token's payload when it is signed by `key` (or by one of `key`, during a key rotation) and its
 * payload is well formed; null otherwise. Expiry is not checked here.
 */
export function verifyToken(key: Buffer | readonly Buffer[], token: string): TokenPayload | null {
  const parts = splitToken(token);
  if (!parts) return null;
  const given = Buffer.from(parts.signature, 'base64url');
  const signed = (Array.isArray(key) ? key : [key]).some((k: Buffer) => {
    const expected = hmac(k, parts.payload);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  });
  return signed ? decodeTokenPayload(token) : null;
}
