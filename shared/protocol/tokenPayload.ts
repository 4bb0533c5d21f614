import * as z from 'zod/mini';
import * as buffer from 'lib0/buffer';
import * as string from 'lib0/string';
import { ID_PATTERN } from '../ids.ts';

/**
 * Roles in a workspace, most powerful first. What each may do is `shared/roles/permissions.ts`. An
 * owner is an editor who also invites people and changes their roles.
 */
export const ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** Roles an owner can invite from the app (owner invitations are made once, with `concord invite`). */
export const INVITABLE_ROLES = ['editor', 'commenter', 'viewer'] as const;

/** The signed part of a relay token: `base64url(JSON payload) + '.' + base64url(HMAC-SHA256)`. */
export const tokenPayloadSchema = z.object({
  v: z.literal(1),
  id: z.string().check(z.regex(ID_PATTERN)),
  ws: z.string().check(z.regex(ID_PATTERN)),
  role: z.enum(ROLES),
  /** Expiry, unix seconds. */
  exp: z.int().check(z.positive()),
  /** Issue time, unix seconds. */
  iat: z.int().check(z.nonnegative()),
  name: z.optional(z.string().check(z.maxLength(200))),
});
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Splits a token into its payload and signature parts; null when it does not have that shape. */
export function splitToken(token: string): { payload: string; signature: string } | null {
  if (token.length > 4096) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, signature] = parts as [string, string];
  if (!BASE64URL.test(payload) || !BASE64URL.test(signature)) return null;
  return { payload, signature };
}

/**
 * Reads a token's payload WITHOUT checking its signature (only the relay can): for showing "editor
 * in workspace X until 12 May" in the app. Null when the token is not well formed.
 */
export function decodeTokenPayload(token: string): TokenPayload | null {
  const parts = splitToken(token.trim());
  if (!parts) return null;
  try {
    const json: unknown = JSON.parse(string.decodeUtf8(buffer.fromBase64UrlEncoded(parts.payload)));
    const parsed = tokenPayloadSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a (decoded) token has expired at `nowMs`. */
export function isExpired(payload: TokenPayload, nowMs: number): boolean {
  return payload.exp * 1000 <= nowMs;
}
