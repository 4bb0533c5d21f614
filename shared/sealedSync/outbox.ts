import { bytesToHex } from '@noble/ciphers/utils.js';
import { readRecordHeader } from '../sealed/sealedRecord.ts';

/** A record sealed here, and the update it holds (for the log replica once the relay numbers it). */
export interface Sent {
  record: Uint8Array;
  payload: Uint8Array;
  epoch: number;
}

/** A record's device and counter as one key (null when its header does not decode). */
function recordKey(record: Uint8Array): string | null {
  try {
    const { device, counter } = readRecordHeader(record);
    return `${bytesToHex(device)}:${counter}`;
  } catch {
    return null;
  }
}

/**
 * Records sealed here that the relay has not acknowledged, in the order they were sealed. They are
 * sent on a connection once it has caught up, never before: a record of the outbox that the relay
 * stored before its ack was lost (a dropped connection, an app restart) comes back in the catch-up
 * and is taken out here instead of being stored a second time.
 */
export class Outbox {
  private entries: Sent[] = [];
  private readonly keys = new Map<string, Sent>();
  /** How many of the entries were sent on the current connection. */
  private sentHere = 0;

  get length(): number {
    return this.entries.length;
  }

  /** Every entry, oldest first. */
  all(): readonly Sent[] {
    return this.entries;
  }

  push(sent: Sent): void {
    this.entries.push(sent);
    const key = recordKey(sent.record);
    if (key) this.keys.set(key, sent);
  }

  /** A new connection: nothing is sent on it yet. */
  restart(): void {
    this.sentHere = 0;
  }

  /** The entries not yet sent on this connection (they are sent now, in order). */
  unsent(): Sent[] {
    const out = this.entries.slice(this.sentHere);
    this.sentHere = this.entries.length;
    return out;
  }

  /** The relay acknowledged the oldest entry sent on this connection. */
  acknowledged(): Sent | undefined {
    if (this.sentHere === 0) return undefined;
    this.sentHere--;
    return this.take(this.entries[0]!);
  }

  /** The entry `record` is (the relay holds it already: it came back in a catch-up), taken out. */
  takeStored(record: Uint8Array): Sent | undefined {
    if (this.entries.length === 0) return undefined;
    const key = recordKey(record);
    const sent = key ? this.keys.get(key) : undefined;
    if (!sent || !equal(sent.record, record)) return undefined;
    if (this.entries.indexOf(sent) < this.sentHere) this.sentHere--;
    return this.take(sent);
  }

  private take(sent: Sent): Sent {
    this.entries.splice(this.entries.indexOf(sent), 1);
    const key = recordKey(sent.record);
    if (key) this.keys.delete(key);
    return sent;
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
