import { bytesToHex } from '@noble/ciphers/utils.js';
import type { RecordHeader } from '../sealed/sealedRecord.ts';
import { OpenError } from '../sealed/openError.ts';

/** Counters remembered per device for telling a replay from a reordering (older ones count as reordered). */
const RECENT = 256;
/** Devices remembered per room; the least recently applied are forgotten first (one per writer session). */
export const MAX_DEVICES = 4096;

/** One device's applied records, as persisted with the session (sealedSession.ts). */
export interface AppliedEntry {
  /** The device id, hex. */
  device: string;
  highest: number;
  /** The most recently applied counters (at most 256). */
  recent: number[];
}

/**
 * Which records of a room were applied, per sending device. A device seals each counter once and
 * sends in order, so an authentic record whose counter was applied is the same record again (a
 * replay by the relay, or a resend after a lost ack) and one below the highest applied that was
 * never applied was held back by the relay: both are refused and reported, never applied.
 */
export class AppliedRecords {
  /** Insertion order is recency: a device is moved to the end when one of its records is applied. */
  private readonly byDevice = new Map<string, { highest: number; counters: Set<number> }>();

  /** `remember` false: keep only each device's highest counter (presence: never applied twice anyway). */
  constructor(private readonly remember = true) {}

  /** Restores what a previous session applied (`export`'s output, validated by the caller). */
  static from(entries: readonly AppliedEntry[]): AppliedRecords {
    const applied = new AppliedRecords();
    for (const e of entries.slice(-MAX_DEVICES))
      applied.byDevice.set(e.device, { highest: e.highest, counters: new Set(e.recent.slice(-RECENT)) });
    return applied;
  }

  /** Throws an OpenError when `header`'s record was applied already, or comes before one of its device that was. */
  check(header: RecordHeader): void {
    const entry = this.byDevice.get(bytesToHex(header.device));
    if (!entry) return;
    if (entry.counters.has(header.counter))
      throw new OpenError('replayed', `counter ${header.counter} of one device was applied already`);
    if (header.counter < entry.highest)
      throw new OpenError('reordered', `counter ${header.counter} after ${entry.highest} from one device`);
  }

  /** Notes that `header`'s record was applied. */
  accept(header: RecordHeader): void {
    const id = bytesToHex(header.device);
    const entry = this.byDevice.get(id) ?? { highest: -1, counters: new Set<number>() };
    this.byDevice.delete(id);
    if (this.remember) {
      entry.counters.add(header.counter);
      // Bounded: the oldest counter goes (a Set iterates in insertion order).
      if (entry.counters.size > RECENT) entry.counters.delete(entry.counters.values().next().value!);
    }
    entry.highest = Math.max(entry.highest, header.counter);
    this.byDevice.set(id, entry);
    if (this.byDevice.size > MAX_DEVICES) this.byDevice.delete(this.byDevice.keys().next().value!);
  }

  /** What to persist: every device remembered, least recently applied first. */
  export(): AppliedEntry[] {
    return [...this.byDevice].map(([device, e]) => ({ device, highest: e.highest, recent: [...e.counters] }));
  }
}
