import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { bytesToHex } from '@noble/ciphers/utils.js';
import { OpenError } from './openError.ts';
import { PUBLIC_KEY_BYTES } from './keyRoom.ts';

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

/**
 * The device keys of a workspace's members, one per member id: the first authentic key seen for
 * a member is pinned; another key later for the same member is refused (a second device of the
 * same member, or someone holding the workspace key claiming a member's place, never replaces it).
 */
export class Roster {
  private readonly pinned = new Map<string, Uint8Array>();

  /**
   * Pins `entry` sealed by a writer the relay labelled `label`. Returns false when it was already
   * pinned; an OpenError ('not allowed') when it names another member than its writer or a
   * different key than the pinned one.
   */
  pin(label: string, entry: RosterEntry): boolean {
    if (entry.member !== label)
      throw new OpenError('not allowed', `a roster entry for ${entry.member} written by ${label}`);
    const known = this.pinned.get(entry.member);
    if (known && bytesToHex(known) !== bytesToHex(entry.publicKey))
      throw new OpenError('not allowed', `another device key for ${entry.member}, who has one pinned`);
    if (known) return false;
    this.pinned.set(entry.member, entry.publicKey);
    return true;
  }

  /** The pinned device key of `member`, if any. */
  keyOf(member: string): Uint8Array | undefined {
    return this.pinned.get(member);
  }

  /** Every member with a pinned key. */
  members(): string[] {
    return [...this.pinned.keys()];
  }
}
