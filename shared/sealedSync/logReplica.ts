import * as Y from 'yjs';
import { BODY_FIELD } from '../schema/extensions.ts';
import { createDocumentDoc } from '../model/documentMeta.ts';
import { ReviewGate } from '../review/commenterCheck/reviewGate.ts';
import type { Refusal } from '../protocol/refusal.ts';

/** What a record of the log does to the log's document, once every record before it has. */
export type LogEntry =
  /** An editor's or owner's update (or this device's own): applied. */
  | { kind: 'apply'; payload: Uint8Array }
  /** A commenter's update: checked with the commenter rule; applied only if it passes. */
  | { kind: 'check'; payload: Uint8Array; member: string; decided(refusal: Refusal | null): void }
  /** A record nobody could apply (not authentic, not an update): its number is taken, nothing changes. */
  | { kind: 'skip' };

/** Records waiting for an earlier number (an ack still on its way): more means a relay withholding one. */
const WAITING_LIMIT = { records: 4000, bytes: 32 * 1024 * 1024 };
/** Updates kept as bytes are merged into one every so many (until a commenter's record needs a document). */
const MERGE_EVERY = 256;

/** The relay held back a record number for too long while sending later ones. */
class LogGapError extends Error {}

/**
 * The document exactly as the relay's log makes it: every record applied in number order, a
 * commenter's checked against the records before it and skipped if it breaks the commenter rule
 * (shared/review/commenterCheck/). Every member's client computes the same verdicts from the same
 * log, whatever it has written locally and not yet sent, so every honest replica applies the same
 * commenter updates and replicas never diverge over them. Kept as update bytes (about the stored
 * size) until the first commenter record, then as a Y.Doc the ReviewGate checks against.
 */
export class LogReplica {
  private through = 0;
  private readonly waiting = new Map<number, LogEntry>();
  private waitingBytes = 0;
  private updates: Uint8Array[] = [];
  private doc: Y.Doc | null = null;
  private gate: ReviewGate | null = null;

  /** The highest record number such that this replica holds every record up to it. */
  get contiguous(): number {
    return this.through;
  }

  /**
   * Takes record `seq`'s entry; applies it and every waiting entry after it once nothing is missing
   * before them. A number already taken is ignored (a record sent again). Throws LogGapError when
   * too much waits for a missing number.
   */
  put(seq: number, entry: LogEntry): void {
    if (seq <= this.through || this.waiting.has(seq)) return;
    this.waiting.set(seq, entry);
    this.waitingBytes += entry.kind === 'skip' ? 0 : entry.payload.length;
    if (this.waiting.size > WAITING_LIMIT.records || this.waitingBytes > WAITING_LIMIT.bytes) {
      this.reset();
      throw new LogGapError(`record ${this.through + 1} is missing while later records keep arriving`);
    }
    this.drain();
  }

  /**
   * Starts from a snapshot of records 1 to `seq` (an editor's, so applied as is) when it is ahead
   * of this replica; entries it covers are dropped (their effect is in it).
   */
  startFrom(seq: number, state: Uint8Array): void {
    if (seq <= this.through) return;
    for (const [n, entry] of this.waiting)
      if (n <= seq) {
        this.waiting.delete(n);
        if (entry.kind !== 'skip') this.waitingBytes -= entry.payload.length;
      }
    this.through = seq;
    this.apply(state);
    this.drain();
  }

  /** The log's document up to `contiguous` as one update: what a snapshot covering it holds. */
  state(): Uint8Array {
    if (this.doc) return Y.encodeStateAsUpdate(this.doc);
    return this.updates.length > 0 ? Y.mergeUpdates(this.updates) : Y.encodeStateAsUpdate(new Y.Doc());
  }

  private drain(): void {
    for (let next = this.waiting.get(this.through + 1); next; next = this.waiting.get(this.through + 1)) {
      this.waiting.delete(++this.through);
      if (next.kind !== 'skip') this.waitingBytes -= next.payload.length;
      this.run(next);
    }
  }

  /** Forgets what waits (the connection closed: the relay sends every record after `contiguous` again). */
  reset(): void {
    this.waiting.clear();
    this.waitingBytes = 0;
  }

  /** Frees the log's document. */
  destroy(): void {
    this.reset();
    this.gate?.dispose();
    this.doc?.destroy();
    this.updates = [];
  }

  private run(entry: LogEntry): void {
    if (entry.kind === 'skip') return;
    if (entry.kind === 'apply') return this.apply(entry.payload);
    const gate = this.checker();
    let refusal: Refusal | null;
    try {
      refusal = gate.check(entry.payload, { role: 'commenter', member: entry.member });
    } catch (err) {
      refusal = { kind: 'invalid', detail: `could not be applied (${String(err)})` };
    }
    if (refusal === null) gate.apply(entry.payload, null);
    entry.decided(refusal);
  }

  private apply(update: Uint8Array): void {
    if (this.gate) return this.gate.apply(update, null);
    this.updates.push(update);
    if (this.updates.length >= MERGE_EVERY) this.updates = [Y.mergeUpdates(this.updates)];
  }

  private checker(): ReviewGate {
    if (this.gate) return this.gate;
    const doc = createDocumentDoc();
    doc.getXmlFragment(BODY_FIELD);
    for (const update of this.updates) Y.applyUpdate(doc, update);
    this.updates = [];
    this.doc = doc;
    return (this.gate = new ReviewGate(doc));
  }
}
