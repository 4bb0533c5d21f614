import type { IncomingMessage } from 'node:http';
import { CLOSE_FORBIDDEN, CLOSE_MADE_PRIVATE, CLOSE_MALFORMED } from '../../shared/protocol/closeCodes.ts';
import { ACK_PARAM, TOKEN_PARAM } from '../../shared/protocol/messages.ts';
import { parseSyncPath } from '../../shared/protocol/rooms.ts';
import { SEALED_PATH } from '../../shared/protocol/sealedMessages.ts';
import { parseKeyRoomPath } from '../../shared/sealed/keyRoom.ts';
import type { RoomAddress } from '../../shared/protocol/rooms.ts';
import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import type { Authenticator } from '../auth/authenticator.ts';
import { MADE_PRIVATE_REASON } from './privateWorkspaces.ts';

/** A connection the relay lets in. */
export interface Admitted {
  ok: true;
  room: RoomAddress;
  token: TokenPayload;
  /** The member's current role (from the relay's store; the token's when the store does not know it). */
  role: Role;
  wantsAck: boolean;
  /** A private room (`/sealed/…`): opaque records, docs/private-workspaces.md. */
  sealed: boolean;
}

/** A connection the relay accepts only to close it with `code` and `reason`. */
export interface Refused {
  ok: false;
  code: number;
  reason: string;
}

/** What admission needs to know. */
export interface AdmissionContext {
  authenticator: Authenticator;
  originAllowed(req: IncomingMessage): boolean;
  /** Whether an owner made the workspace private: its ordinary rooms are refused (docs/private-workspaces.md). */
  isPrivate(workspaceId: string): Promise<boolean>;
}

/**
 * Decides whether a WebSocket upgrade may join a room: origin, path, token, then whether an
 * ordinary room's workspace was made private. Connection limits are the caller's: they count
 * authenticated connections only.
 */
export async function admit(req: IncomingMessage, ctx: AdmissionContext): Promise<Admitted | Refused> {
  if (!ctx.originAllowed(req))
    return { ok: false, code: CLOSE_FORBIDDEN, reason: 'this web page may not connect (origin not allowed)' };
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://relay');
  } catch {
    return { ok: false, code: CLOSE_MALFORMED, reason: 'malformed request' };
  }
  const sealedRoom = parseSyncPath(url.pathname, SEALED_PATH) ?? parseKeyRoomPath(url.pathname, SEALED_PATH);
  const room = sealedRoom ?? parseSyncPath(url.pathname);
  if (!room)
    return { ok: false, code: CLOSE_MALFORMED, reason: 'expected /sync/<workspaceId>[/<documentId>] or /sealed/…' };
  const auth = await ctx.authenticator.check(url.searchParams.get(TOKEN_PARAM), room.workspaceId);
  if (!auth.ok) return auth;
  if (!sealedRoom && (await ctx.isPrivate(room.workspaceId)))
    return { ok: false, code: CLOSE_MADE_PRIVATE, reason: MADE_PRIVATE_REASON };
  return {
    ok: true,
    room,
    token: auth.payload,
    role: auth.role,
    wantsAck: url.searchParams.get(ACK_PARAM) === '1',
    sealed: sealedRoom !== null,
  };
}
