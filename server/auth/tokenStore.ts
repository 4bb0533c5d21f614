import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';

/** A token the relay issued (or saw used or revoked): an invitation, and once used, a member. */
export interface TokenRecord {
  id: string;
  ws: string;
  /** The member's current role: the token's, unless an owner changed it since (or it claimed the workspace). */
  role: Role;
  /** Who the invitation is for, as its issuer labelled it ("for Caritas Lebanon"). */
  name: string | null;
  /** Unix seconds. */
  iat: number;
  exp: number;
  /** Unix seconds, or null while valid. */
  revokedAt: number | null;
  /** The member id of the owner who made it in the app; null for `concord invite`. */
  createdBy: string | null;
  /** When it was first used to connect (unix seconds); null: still a pending invitation. */
  firstUsedAt: number | null;
  /** How the person calls themselves and their organisation (set by their app; unverified). */
  memberName: string | null;
  memberOrganisation: string | null;
}

/** What the relay needs at every connection: whether the token is revoked and the member's current role. */
export interface TokenStatus {
  revoked: boolean;
  role: Role;
}

/**
 * Issued tokens, their revocations, and the workspace's members. Tokens are self-contained
 * (signed); the store adds revocation and the current role (a token missing from the store is valid
 * until it expires, with the role it carries).
 */
export interface TokenStore {
  /** Records an issued token (no change when it is already recorded). */
  record(payload: TokenPayload, createdBy?: string | null): Promise<void>;
  /** Marks a token revoked; false when the id is unknown. */
  revoke(id: string, atSeconds: number): Promise<boolean>;
  /** Revocation and current role of one token; null when the store does not know it. */
  status(id: string): Promise<TokenStatus | null>;
  /** One record, or null. */
  get(id: string): Promise<TokenRecord | null>;
  /** All records, newest first. */
  list(): Promise<TokenRecord[]>;
  /** One workspace's records, newest first. */
  listWorkspace(ws: string): Promise<TokenRecord[]>;
  /** Changes a member's role; false when the id is unknown. */
  setRole(id: string, role: Role): Promise<boolean>;
  /** Notes the first use of a token (later uses change nothing). */
  markUsed(id: string, atSeconds: number): Promise<void>;
  /** Records how the member calls themselves and their organisation. */
  setProfile(id: string, name: string, organisation: string): Promise<void>;
  /**
   * Makes the holder of `payload` (an editor) the owner of its workspace when nobody claimed it
   * before and the relay holds none of its data yet: whoever connects a workspace first owns it.
   * A workspace that already has data needs an owner invitation (`concord invite --role owner`).
   */
  claimWorkspace(payload: TokenPayload, atSeconds: number): Promise<boolean>;
  /** Whether the workspace was made private (docs/private-workspaces.md): its ordinary rooms are closed for good. */
  isPrivate(ws: string): Promise<boolean>;
  /** Marks the workspace private from now on (no change when it already is); its owner's request. */
  markPrivate(ws: string, atSeconds: number): Promise<void>;
}
