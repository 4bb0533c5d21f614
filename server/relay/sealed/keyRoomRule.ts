import { CLOSE_DOCUMENT_TOO_LARGE, CLOSE_FORBIDDEN, CLOSE_MALFORMED } from '../../../shared/protocol/closeCodes.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { decodeKeyRoomEntry, MAX_DEVICE_KEYS_PER_MEMBER } from '../../../shared/sealed/keyRoom.ts';
import { readRecordHeader } from '../../../shared/sealed/sealedRecord.ts';
import { CloseError } from '../closeError.ts';
import type { StoredRecord } from './storedRecord.ts';

/** Bounds of one workspace's key room (docs/relay.md, Limits). */
export interface KeyRoomLimits {
  maxKeyRoomRecords: number;
  maxKeyRoomBytes: number;
}

/**
 * What a workspace's key room (`<ws>/keys`, docs/private-workspaces.md) accepts: up to
 * `MAX_DEVICE_KEYS_PER_MEMBER` roster entries (sealed `roster` records, one per device) per member
 * id the relay labels the writer with, from any member (viewers must get rotated keys too), and
 * rotations (a `chain` record and key envelopes) from owners only, each to a newer epoch than the
 * last, and grants (envelopes of an epoch already rotated to, for devices pinned since) from owners
 * only; never more entries or bytes than the limits. The relay reads only the entries' framing
 * and record headers; it can open nothing, so it counts a member's roster entries, not their keys
 * (the same key sent twice counts twice here; clients pin it once).
 */
export class KeyRoomRule {
  /** Roster entries stored per member id. */
  private readonly devices = new Map<string, number>();
  private lastRotation = 0;
  private count = 0;
  private bytes = 0;

  constructor(private readonly limits: KeyRoomLimits) {}

  /** Throws a CloseError when `record` from a `role` member may not be stored. */
  check(role: Role, member: string, record: Uint8Array): void {
    if (this.count + 1 > this.limits.maxKeyRoomRecords || this.bytes + record.length > this.limits.maxKeyRoomBytes)
      throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'the key room is full');
    let entry;
    try {
      entry = decodeKeyRoomEntry(record);
    } catch (err) {
      throw new CloseError(CLOSE_MALFORMED, err instanceof Error ? err.message : 'malformed key room entry');
    }
    if (entry.type === 'roster') {
      if (readRecordHeader(entry.record).kind !== 'roster')
        throw new CloseError(CLOSE_MALFORMED, 'a roster entry holds a roster record');
      if ((this.devices.get(member) ?? 0) >= MAX_DEVICE_KEYS_PER_MEMBER)
        throw new CloseError(
          CLOSE_FORBIDDEN,
          `this member has ${MAX_DEVICE_KEYS_PER_MEMBER} device keys already, the most one member may have`,
        );
      return;
    }
    if (role !== 'owner') throw new CloseError(CLOSE_FORBIDDEN, 'only owners rotate the workspace key');
    if (entry.type === 'grant') {
      if (entry.epoch > this.lastRotation)
        throw new CloseError(CLOSE_FORBIDDEN, `the workspace key was never rotated to epoch ${entry.epoch}`);
      return;
    }
    const chain = readRecordHeader(entry.chain);
    if (chain.kind !== 'chain' || chain.epoch !== entry.epoch)
      throw new CloseError(CLOSE_MALFORMED, 'a rotation holds the chain record of its epoch');
    if (entry.epoch <= this.lastRotation)
      throw new CloseError(CLOSE_FORBIDDEN, `the workspace key was rotated to epoch ${this.lastRotation} already`);
  }

  /** Counts a stored entry (on accepting it, and for each one loaded from storage). */
  note({ member, record }: StoredRecord): void {
    this.count++;
    this.bytes += record.length;
    try {
      const entry = decodeKeyRoomEntry(record);
      if (entry.type === 'roster') this.devices.set(member, (this.devices.get(member) ?? 0) + 1);
      else if (entry.type === 'rotation') this.lastRotation = Math.max(this.lastRotation, entry.epoch);
    } catch {
      // Stored before, so it was checked; a damaged row only counts.
    }
  }
}
