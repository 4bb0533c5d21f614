import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED } from '../../shared/protocol/closeCodes.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { verifyToken } from './token.ts';
import type { TokenStore } from './tokenStore.ts';

/** The outcome of checking a token for a workspace: its claims, or the close code and reason. */
export type AuthResult = { ok: true; payload: TokenPayload } | { ok: false; code: number; reason: string };

/**
 * Checks tokens at connect time: signature, expiry, revocation (from the store, cached for
 * `cacheMs` so a burst of reconnects costs one query), and workspace.
 */
export class Authenticator {
  private readonly revokedCache = new Map<string, { revoked: boolean; at: number }>();

  constructor(
    /** The accepted signing keys (several during a key rotation). */
    private readonly key: Buffer | readonly Buffer[],
    private readonly tokens: TokenStore,
    private readonly cacheMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks `token` for a connection to `workspaceId`. */
  async check(token: string | null, workspaceId: string): Promise<AuthResult> {
    if (!token) return { ok: false, code: CLOSE_UNAUTHORIZED, reason: 'missing token' };
    const payload = verifyToken(this.key, token);
    if (!payload) return { ok: false, code: CLOSE_UNAUTHORIZED, reason: 'invalid token' };
    const still = await this.stillValid(payload, true);
    if (!still.ok) return still;
    if (payload.ws !== workspaceId)
      return { ok: false, code: CLOSE_FORBIDDEN, reason: 'token is for another workspace' };
    return { ok: true, payload };
  }

  /** Re-checks a token that was accepted earlier (expiry and revocation); `cached` false asks the store. */
  async stillValid(payload: TokenPayload, cached = false): Promise<AuthResult> {
    if (payload.exp * 1000 <= this.now()) return { ok: false, code: CLOSE_UNAUTHORIZED, reason: 'token expired' };
    if (await this.isRevoked(payload.id, cached))
      return { ok: false, code: CLOSE_UNAUTHORIZED, reason: 'token revoked' };
    return { ok: true, payload };
  }

  private async isRevoked(id: string, cached: boolean): Promise<boolean> {
    const hit = this.revokedCache.get(id);
    if (cached && hit && this.now() - hit.at < this.cacheMs) return hit.revoked;
    const revoked = await this.tokens.isRevoked(id);
    if (this.revokedCache.size > 10_000) this.revokedCache.clear();
    this.revokedCache.set(id, { revoked, at: this.now() });
    return revoked;
  }
}
