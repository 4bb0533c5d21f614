import { bytesToHex } from '@noble/ciphers/utils.js';
import type { RecordHeader } from '../sealed/sealedRecord.ts';
import { OpenError } from '../sealed/openError.ts';

/**
 * Which records of a room were applied, per sending device. A device seals each counter once and
 * sends in order, so an authentic record whose counter was applied is a resend (harmless, skipped),
 * and one below the highest applied that was never applied is a reordering by the relay (refused).
 */
export class AppliedRecords {
  private readonly byDevice = new Map<string, { highest: number; counters: Set<number> }>();

  /** `remember` false: keep only each device's highest counter (presence: never applied twice anyway). */
  constructor(private readonly remember = true) {}

  /** Whether this record (device and counter) was applied already. */
  seen(header: RecordHeader): boolean {
    return this.byDevice.get(bytesToHex(header.device))?.counters.has(header.counter) ?? false;
  }

  /** Throws an OpenError when `header` comes before a record of its device that was already applied. */
  check(header: RecordHeader): void {
    const entry = this.byDevice.get(bytesToHex(header.device));
    if (entry && header.counter < entry.highest)
      throw new OpenError('reordered', `counter ${header.counter} after ${entry.highest} from one device`);
  }

  /** Notes that `header`'s record was applied. */
  accept(header: RecordHeader): void {
    const id = bytesToHex(header.device);
    const entry = this.byDevice.get(id) ?? { highest: -1, counters: new Set<number>() };
    if (this.remember) entry.counters.add(header.counter);
    entry.highest = Math.max(entry.highest, header.counter);
    this.byDevice.set(id, entry);
  }
}
