import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Awareness } from 'y-protocols/awareness';
import type { KeyRing } from '../sealed/epochKeys.ts';
import { OpenError } from '../sealed/openError.ts';
import { openRecord } from '../sealed/sealedRecord.ts';
import { AppliedRecords } from './appliedRecords.ts';

/** A change of awareness states, as y-protocols reports it. */
export interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Presence (carets, names) in a sealed room: only this client's own state is sealed and sent;
 * received presence is opened, checked against replay, and applied.
 */
export class SealedPresence {
  /** Only the highest counter per device: a long session's caret moves must not pile up. */
  private readonly seen = new AppliedRecords(false);

  constructor(
    private readonly awareness: Awareness,
    private readonly ring: KeyRing,
    private readonly room: string,
    private readonly onRefused: (err: OpenError) => void,
  ) {}

  /** The payload to seal for `change`, when it touches this client's own state; else null. */
  own({ added, updated, removed }: AwarenessChange): Uint8Array | null {
    const id = this.awareness.clientID;
    const mine = [...added, ...updated, ...removed].filter((c) => c === id);
    return mine.length === 0 ? null : encodeAwarenessUpdate(this.awareness, mine);
  }

  /** Opens and applies a presence record from the relay (`origin` marks it as received). */
  receive(record: Uint8Array, origin: unknown): void {
    try {
      const opened = openRecord(this.ring, this.room, record);
      if (opened.kind !== 'presence') throw new OpenError('malformed', `a ${opened.kind} record as presence`);
      this.seen.check(opened);
      applyAwarenessUpdate(this.awareness, opened.payload, origin);
      this.seen.accept(opened);
    } catch (err) {
      if (err instanceof OpenError) this.onRefused(err);
      // A presence update that decodes badly after authenticating was sent by a member: ignore it.
    }
  }
}
