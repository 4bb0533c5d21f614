import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';

/** A token the relay issued (or saw revoked), as listed by `concord tokens`. */
export interface TokenRecord {
  id: string;
  ws: string;
  role: Role;
  name: string | null;
  /** Unix seconds. */
  iat: number;
  exp: number;
  /** Unix seconds, or null while valid. */
  revokedAt: number | null;
}

/**
 * Issued tokens and their revocations. Tokens are self-contained (signed), so the relay consults the
 * store only for revocation; a token missing from the store is valid until it expires.
 */
export interface TokenStore {
  /** Records an issued token. */
  record(payload: TokenPayload): Promise<void>;
  /** Marks a token revoked; false when the id is unknown. */
  revoke(id: string, atSeconds: number): Promise<boolean>;
  /** Whether the token with this id has been revoked. */
  isRevoked(id: string): Promise<boolean>;
  /** One record, or null. */
  get(id: string): Promise<TokenRecord | null>;
  /** All records, newest first. */
  list(): Promise<TokenRecord[]>;
}
