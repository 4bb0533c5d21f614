import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MESSAGE_ROLE } from './messages.ts';
import { ROLES, type Role } from './tokenPayload.ts';

/** A complete MESSAGE_ROLE frame: the role the relay gives this connection (from its store, not the token). */
export function encodeRoleMessage(role: Role): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ROLE);
  encoding.writeVarString(encoder, role);
  return encoding.toUint8Array(encoder);
}

/** Reads a MESSAGE_ROLE payload (the decoder just after the type); null for a role this app does not know. */
export function readRolePayload(decoder: decoding.Decoder): Role | null {
  const role = decoding.readVarString(decoder);
  return (ROLES as readonly string[]).includes(role) ? (role as Role) : null;
}
