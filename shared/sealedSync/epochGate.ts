import type { Role } from '../protocol/tokenPayload.ts';
import type { KeyRing } from '../sealed/epochKeys.ts';
import { OpenError } from '../sealed/openError.ts';
import { readRecordHeader } from '../sealed/sealedRecord.ts';

/** A record of the log as the relay sent it. */
export interface LogRecord {
  seq: number;
  role: Role;
  member: string;
  record: Uint8Array;
}

/** Records kept waiting for their epoch's key; beyond, they are given up (reported, skipped). */
const HELD_LIMIT = { records: 4000, bytes: 32 * 1024 * 1024 };

/**
 * The epochs of a room's log (docs/private-workspaces.md, Rotation on revocation). A record of an
 * epoch whose key is not held waits here, and every record after it with it (the log keeps its
 * order), until the key arrives. The floor is the newest epoch of an authentic record so far in the
 * log: a record sealed under an older epoch after it was written with a key the writer should no
 * longer use (a removed member's) and is refused, the same way on every replica.
 */
export class EpochGate {
  private held: LogRecord[] = [];
  private heldBytes = 0;
  /** Newest epoch of an authentic record applied or skipped in log order so far. */
  private floor = 0;
  /** Highest epoch any received record's header names (authentic or not): for this device's own records. */
  newestSeen = 0;

  constructor(private readonly ring: KeyRing) {}

  /** The newest epoch of an authentic record in log order so far. */
  get floorEpoch(): number {
    return this.floor;
  }

  /** Resumes from a persisted session (sealedSession.ts), or starts over with 0s. */
  restore(floor: number, newestSeen: number): void {
    this.floor = floor;
    this.newestSeen = newestSeen;
  }

  /** Records waiting for a key. */
  get waiting(): number {
    return this.held.length;
  }

  /**
   * Takes a record from the relay: returns it when it can be opened now (the caller opens it),
   * null when it waits. Returns the held records given up when too many wait (to be skipped).
   */
  take(item: LogRecord): { ready: LogRecord | null; givenUp: LogRecord[] } {
    const epoch = headerEpoch(item.record);
    if (epoch !== null) this.newestSeen = Math.max(this.newestSeen, epoch);
    const mustWait = epoch !== null && !this.ring.has(epoch) && epoch >= this.floor;
    if (this.held.length === 0 && !mustWait) return { ready: item, givenUp: [] };
    this.held.push(item);
    this.heldBytes += item.record.length;
    if (this.held.length <= HELD_LIMIT.records && this.heldBytes <= HELD_LIMIT.bytes)
      return { ready: null, givenUp: [] };
    const givenUp = this.held;
    this.reset();
    return { ready: null, givenUp };
  }

  /** The held records that can be opened now that keys were added, in log order. */
  release(): LogRecord[] {
    let i = 0;
    for (; i < this.held.length; i++) {
      const epoch = headerEpoch(this.held[i]!.record);
      if (epoch !== null && !this.ring.has(epoch) && epoch >= this.floor) break;
    }
    const ready = this.held.slice(0, i);
    this.held = this.held.slice(i);
    this.heldBytes = this.held.reduce((n, r) => n + r.record.length, 0);
    return ready;
  }

  /** An authentic record of `epoch` in log order: an OpenError when it is older than the floor, else the floor rises. */
  admit(epoch: number): void {
    if (epoch < this.floor)
      throw new OpenError('old epoch', `sealed under epoch ${epoch} after a record of epoch ${this.floor}`);
    this.floor = epoch;
  }

  /** Forgets held records (the connection closed: the relay sends them again). */
  reset(): void {
    this.held = [];
    this.heldBytes = 0;
  }
}

function headerEpoch(record: Uint8Array): number | null {
  try {
    return readRecordHeader(record).epoch;
  } catch {
    return null; // malformed: opening reports it
  }
}
