import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ROLES } from '../../../shared/protocol/tokenPayload.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { SEALED_ROOM_PREFIX } from '../../storage/updateStore.ts';

/** One record of a sealed room's log as the relay keeps it: its number, who wrote it, the opaque record. */
export interface StoredRecord {
  seq: number;
  role: Role;
  member: string;
  record: Uint8Array;
}

/** The row stored for a record (the update store holds opaque bytes per room). */
export function encodeStoredRecord({ seq, role, member, record }: StoredRecord): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, seq);
  encoding.writeVarUint(encoder, ROLES.indexOf(role));
  encoding.writeVarString(encoder, member);
  encoding.writeVarUint8Array(encoder, record);
  return encoding.toUint8Array(encoder);
}

/** Reads a row written by encodeStoredRecord; throws when the row is damaged. */
export function decodeStoredRecord(row: Uint8Array): StoredRecord {
  const decoder = decoding.createDecoder(row);
  const seq = decoding.readVarUint(decoder);
  const role = ROLES[decoding.readVarUint(decoder)];
  if (!role) throw new Error('stored sealed record with an unknown role');
  const member = decoding.readVarString(decoder);
  return { seq, role, member, record: decoding.readVarUint8Array(decoder) };
}

/** The update-store room of a sealed room: its own namespace, never loaded as a Yjs room. */
export function sealedStoreName(room: string): string {
  return `${SEALED_ROOM_PREFIX}${room}`;
}
