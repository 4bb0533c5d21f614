import { bytesToHex } from '@noble/ciphers/utils.js';
import type { RecordHeader } from './sealedRecord.ts';
import { OpenError } from './openError.ts';

/**
 * Per room, the highest counter applied from each sending device: a record whose counter is not
 * above it is a replay or a reordering by the relay, refused. Identical resends (a lost ack) are
 * told apart by the caller comparing the record bytes it already applied.
 */
export class ReplayGuard {
  private readonly highest = new Map<string, number>();

  /** Throws an OpenError when `header` does not come after what its device sent before. */
  check(header: RecordHeader): void {
    const last = this.highest.get(bytesToHex(header.device));
    if (last !== undefined && header.counter <= last)
      throw new OpenError(
        header.counter === last ? 'replayed' : 'reordered',
        `counter ${header.counter} after ${last} from one device`,
      );
  }

  /** Notes that `header`'s record was applied. */
  accept(header: RecordHeader): void {
    const id = bytesToHex(header.device);
    this.highest.set(id, Math.max(header.counter, this.highest.get(id) ?? -1));
  }

  /** The highest counter applied from `device`, or -1. */
  last(device: Uint8Array): number {
    return this.highest.get(bytesToHex(device)) ?? -1;
  }
}
