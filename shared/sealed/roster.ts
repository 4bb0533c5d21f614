import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { bytesToHex } from '@noble/ciphers/utils.js';
import { OpenError } from './openError.ts';
import { MAX_DEVICE_KEYS_PER_MEMBER, PUBLIC_KEY_BYTES } from './keyRoom.ts';

const ROSTER_VERSION = 1;
const MAX_MEMBER_CHARS = 200;

/** What a roster record holds: whose device key this is. */
export interface RosterEntry {
  member: string;
  publicKey: Uint8Array;
}

/** The payload of a sealed `roster` record. */
export function encodeRosterEntry({ member, publicKey }: RosterEntry): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, ROSTER_VERSION);
  encoding.writeVarString(encoder, member);
  encoding.writeUint8Array(encoder, publicKey);
  return encoding.toUint8Array(encoder);
}

/** Reads a roster payload; an OpenError when it is malformed. */
export function decodeRosterEntry(payload: Uint8Array): RosterEntry {
  try {
    const decoder = decoding.createDecoder(payload);
    if (decoding.readUint8(decoder) !== ROSTER_VERSION) throw new Error('version');
    const member = decoding.readVarString(decoder);
    const publicKey = new Uint8Array(decoding.readUint8Array(decoder, PUBLIC_KEY_BYTES));
    if (member.length === 0 || member.length > MAX_MEMBER_CHARS || decoding.hasContent(decoder)) throw new Error();
    return { member, publicKey };
  } catch {
    throw new OpenError('malformed', 'not a roster entry');
  }
}

/** One pinned device key: whose it is. */
export interface PinnedDevice {
  member: string;
  publicKey: Uint8Array;
}

/**
 * The device keys of a workspace's members, up to `MAX_DEVICE_KEYS_PER_MEMBER` per member id
 * (their computers and browsers): each authentic key a member's own roster entry names is pinned,
 * in the order the room delivers them; the same key again changes nothing; a key beyond the bound
 * is refused (the relay refuses it too, so only a relay breaking the rule delivers one). Nobody
 * adds a key to another member's name: an entry must name the member the relay labelled its
 * writer with, and be sealed under the workspace key.
 */
export class Roster {
  private readonly pinned = new Map<string, Uint8Array[]>();

  /**
   * Pins `entry` sealed by a writer the relay labelled `label`. Returns false when that key was
   * already pinned; an OpenError ('not allowed') when it names another member than its writer or
   * the member has as many keys pinned as one may have.
   */
  pin(label: string, entry: RosterEntry): boolean {
    if (entry.member !== label)
      throw new OpenError('not allowed', `a roster entry for ${entry.member} written by ${label}`);
    const keys = this.pinned.get(entry.member) ?? [];
    if (this.has(entry.member, entry.publicKey)) return false;
    if (keys.length >= MAX_DEVICE_KEYS_PER_MEMBER)
      throw new OpenError(
        'not allowed',
        `a device key for ${entry.member} beyond the ${MAX_DEVICE_KEYS_PER_MEMBER} one member may have`,
      );
    this.pinned.set(entry.member, [...keys, entry.publicKey]);
    return true;
  }

  /** Whether `publicKey` is pinned for `member`. */
  has(member: string, publicKey: Uint8Array): boolean {
    const hex = bytesToHex(publicKey);
    return this.keysOf(member).some((k) => bytesToHex(k) === hex);
  }

  /** The pinned device keys of `member`, oldest first (none when they have none). */
  keysOf(member: string): readonly Uint8Array[] {
    return this.pinned.get(member) ?? [];
  }

  /** Every pinned device key with its member. */
  devices(): PinnedDevice[] {
    return [...this.pinned].flatMap(([member, keys]) => keys.map((publicKey) => ({ member, publicKey })));
  }
}
