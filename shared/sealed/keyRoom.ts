import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ID_PATTERN } from '../ids.ts';
import { API_LIMITS } from '../protocol/membersApi.ts';
import type { RoomAddress } from '../protocol/rooms.ts';

// A private workspace's key room, `<relay>/sealed/<ws>/keys` (docs/private-workspaces.md, Key
// room): device keys (roster) and rotations (chain record and key envelopes). A room of its own,
// not the workspace index: compaction of the index would drop them, and every member (viewers
// too) must publish a device key while only editors write the index.

/** Name of the key room's last path segment (too short to be a document id). */
const KEY_ROOM_SEGMENT = 'keys';

/** The key room of `workspaceId` (also the room bound into its chain and roster records). */
export function keyRoomName(workspaceId: string): string {
  return `${workspaceId}/${KEY_ROOM_SEGMENT}`;
}

/** Whether `room` is a workspace's key room. */
export function isKeyRoom(room: string): boolean {
  return room.endsWith(`/${KEY_ROOM_SEGMENT}`);
}

/** Bytes of an X25519 public key. */
export const PUBLIC_KEY_BYTES = 32;
/**
 * Most device keys (roster entries) one member id may have: their computers and browsers, with
 * room for a few replaced ones (docs/private-workspaces.md, Keys, says why 8). Enforced by the
 * relay (it counts a member's roster entries) and by every client (the roster pins no more).
 */
export const MAX_DEVICE_KEYS_PER_MEMBER = 8;
/** Largest sealed roster record (member id of up to 200 characters, the key, the sealing). */
const MAX_ROSTER_RECORD_BYTES = 512;
/** Largest key envelope (version, epoch, ephemeral key, nonce, sealed key). */
const MAX_ENVELOPE_BYTES = 128;
/** Most envelopes in one rotation: one per device of every member (the relay's token limit per workspace). */
const MAX_ENVELOPES = API_LIMITS.workspaceTokens * MAX_DEVICE_KEYS_PER_MEMBER;

/** One entry of the key room. */
export type KeyRoomEntry =
  /** A member's device key: a sealed `roster` record (roomed in the key room). */
  | { type: 'roster'; record: Uint8Array }
  /** A rotation to `epoch`: the chain record `seal(K_epoch, K_epoch-1)` and one envelope per device. */
  | {
      type: 'rotation';
      epoch: number;
      chain: Uint8Array;
      envelopes: { recipient: Uint8Array; envelope: Uint8Array }[];
    }
  /**
   * The key of an epoch already rotated to, for devices that had no envelope then (a pending
   * invitation's, pinned later): one envelope each; the chain records already stored prove it.
   */
  | { type: 'grant'; epoch: number; envelopes: { recipient: Uint8Array; envelope: Uint8Array }[] };

const TAGS = { roster: 1, rotation: 2, grant: 3 } as const;

/** Encodes an entry as the record a client appends. */
export function encodeKeyRoomEntry(entry: KeyRoomEntry): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, TAGS[entry.type]);
  if (entry.type === 'roster') encoding.writeVarUint8Array(encoder, entry.record);
  else {
    encoding.writeVarUint(encoder, entry.epoch);
    if (entry.type === 'rotation') encoding.writeVarUint8Array(encoder, entry.chain);
    encoding.writeVarUint(encoder, entry.envelopes.length);
    for (const { recipient, envelope } of entry.envelopes) {
      encoding.writeUint8Array(encoder, recipient);
      encoding.writeVarUint8Array(encoder, envelope);
    }
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes an entry within the bounds above; throws an Error saying what is wrong. */
export function decodeKeyRoomEntry(bytes: Uint8Array): KeyRoomEntry {
  let entry: KeyRoomEntry;
  const decoder = decoding.createDecoder(bytes);
  try {
    entry = read(decoder);
  } catch (err) {
    if (err instanceof KeyRoomFormatError) throw err;
    throw new KeyRoomFormatError('truncated key room entry');
  }
  if (decoding.hasContent(decoder)) throw new KeyRoomFormatError('trailing bytes after a key room entry');
  return entry;
}

/** A key room entry that is malformed or out of bounds. */
class KeyRoomFormatError extends Error {}

function read(decoder: decoding.Decoder): KeyRoomEntry {
  const tag = decoding.readUint8(decoder);
  if (tag === TAGS.roster) {
    const record = decoding.readVarUint8Array(decoder);
    if (record.length > MAX_ROSTER_RECORD_BYTES) throw new KeyRoomFormatError('roster record too large');
    return { type: 'roster', record };
  }
  if (tag !== TAGS.rotation && tag !== TAGS.grant) throw new KeyRoomFormatError(`unknown key room entry ${tag}`);
  const epoch = decoding.readVarUint(decoder);
  if (!Number.isSafeInteger(epoch) || epoch < 1) throw new KeyRoomFormatError('invalid rotation epoch');
  const chain = tag === TAGS.rotation ? decoding.readVarUint8Array(decoder) : null;
  if (chain && chain.length > MAX_ROSTER_RECORD_BYTES) throw new KeyRoomFormatError('chain record too large');
  const count = decoding.readVarUint(decoder);
  if (count > MAX_ENVELOPES) throw new KeyRoomFormatError('too many key envelopes');
  const envelopes: { recipient: Uint8Array; envelope: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const recipient = new Uint8Array(decoding.readUint8Array(decoder, PUBLIC_KEY_BYTES));
    const envelope = decoding.readVarUint8Array(decoder);
    if (envelope.length > MAX_ENVELOPE_BYTES) throw new KeyRoomFormatError('key envelope too large');
    envelopes.push({ recipient, envelope });
  }
  return chain ? { type: 'rotation', epoch, chain, envelopes } : { type: 'grant', epoch, envelopes };
}

/** The workspace of a key room path `/sealed/<ws>/keys`; null when the path is anything else. */
export function parseKeyRoomPath(pathname: string, sealedPath: string): RoomAddress | null {
  const prefix = `${sealedPath}/`;
  const suffix = `/${KEY_ROOM_SEGMENT}`;
  if (!pathname.startsWith(prefix) || !pathname.endsWith(suffix)) return null;
  const workspaceId = pathname.slice(prefix.length, -suffix.length);
  if (!ID_PATTERN.test(workspaceId)) return null;
  return { workspaceId, documentId: KEY_ROOM_SEGMENT, room: keyRoomName(workspaceId) };
}
