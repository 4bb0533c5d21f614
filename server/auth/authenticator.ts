import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED } from '../../shared/protocol/closeCodes.ts';
import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { verifyToken } from './token.ts';
import type { TokenStatus, TokenStore } from './tokenStore.ts';

/** The outcome of checking a token for a workspace: its claims and the member's current role, or the close code and reason. */
export type AuthResult = { ok: true; payload: TokenPayload; role: Role } | { ok: false; code: number; reason: string };

/** Sets kept in memory are cleared past this size (they only save queries). */
const MEMORY_LIMIT = 10_000;

/**
 * Checks tokens at connect time: signature, expiry, revocation and the member's current role (from
 * the store, cached for `cacheMs` so a burst of reconnects costs one query), and workspace. The first
 * editor to connect a workspace the relay does not know becomes its owner (TokenStore.claimWorkspace).
 */
export class Authenticator {
  private readonly statusCache = new Map<string, { status: TokenStatus | null; at: number }>();
  /** Workspaces whose ownership is settled (claimed, or with data or an owner already). */
  private readonly settled = new Set<string>();
  /** Tokens whose first use is recorded. */
  private readonly used = new Set<string>();

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
    let role = still.role;
    const at = Math.floor(this.now() / 1000);
    if (role === 'editor' && !this.settled.has(payload.ws)) {
      if (await this.tokens.claimWorkspace(payload, at)) role = 'owner';
      this.remember(this.settled, payload.ws);
      this.statusCache.delete(payload.id);
    }
    if (!this.used.has(payload.id)) {
      await this.tokens.record(payload);
      await this.tokens.markUsed(payload.id, at);
      this.remember(this.used, payload.id);
    }
    return { ok: true, payload, role };
  }

  /**
   * Re-checks a token that was accepted earlier (expiry and revocation) and reads the member's
   * current role; `cached` false asks the store.
   */
  async stillValid(payload: TokenPayload, cached = false): Promise<AuthResult> {
    if (payload.exp * 1000 <= this.now()) return { ok: false, code: CLOSE_UNAUTHORIZED, reason: 'token expired' };
    const status = await this.statusOf(payload.id, cached);
    if (status?.revoked) return { ok: false, code: CLOSE_UNAUTHORIZED, reason: 'token revoked' };
    return { ok: true, payload, role: status?.role ?? payload.role };
  }

  /** Forgets what is cached about a token (an owner just changed its role or revoked it). */
  forget(id: string): void {
    this.statusCache.delete(id);
  }

  private async statusOf(id: string, cached: boolean): Promise<TokenStatus | null> {
    const hit = this.statusCache.get(id);
    if (cached && hit && this.now() - hit.at < this.cacheMs) return hit.status;
    const status = await this.tokens.status(id);
    if (this.statusCache.size > MEMORY_LIMIT) this.statusCache.clear();
    this.statusCache.set(id, { status, at: this.now() });
    return status;
  }

  private remember(set: Set<string>, value: string): void {
    if (set.size > MEMORY_LIMIT) set.clear();
    set.add(value);
  }
}
