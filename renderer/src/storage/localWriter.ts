import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { WriteAheadLog } from './writeAheadLog.ts';

/** Longest that updates received from a relay wait before they are written, merged into one (edits made here never wait). */
export const RELAYED_WRITE_DELAY_MS = 500;

const relayOrigins = new WeakSet<object>();

/**
 * Marks `origin` (a relay connection's provider) as the origin of the updates a relay sends. The
 * relay holds them and, at the next sync, sends again whatever this computer lacks, so the local
 * copy writes them a moment later, in batches, off the path of painting a colleague's keystroke.
 * A private workspace's connection is not marked: its saved session tells the relay what this
 * computer already holds.
 */
export function markRelayOrigin(origin: object): void {
  relayOrigins.add(origin);
}

/** y-indexeddb's own 'update' listener: it writes an update to IndexedDB in a transaction of its own. */
export const storeUpdateOf = (persistence: IndexeddbPersistence) =>
  (persistence as unknown as { _storeUpdate: (update: Uint8Array, origin: unknown) => void })._storeUpdate;

/**
 * Writes an open document's updates to its local copy: each to the write-ahead log (synchronously)
 * and to IndexedDB, in place of y-indexeddb's own listener.
 *
 * Updates from a relay (`markRelayOrigin`) are held for up to `RELAYED_WRITE_DELAY_MS` and written
 * as one merged update: a colleague's keystroke is painted without first encoding it for
 * localStorage and opening an IndexedDB transaction (about 0.8 ms of each in a profile of a
 * 100-page report), and a colleague typing fills IndexedDB with fewer rows for y-indexeddb to
 * compact. An edit made here is never held, and writes what is held first: the local copy never
 * holds an edit without what it was made on, so whatever a crash leaves opens offline as typed.
 * A crash can lose only what a relay sent in the last moment, which it sends again.
 */
export class LocalWriter {
  readonly wal: WriteAheadLog;
  private readonly store: (update: Uint8Array, origin: unknown) => void;
  private held: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly persistence: IndexeddbPersistence,
    name: string,
  ) {
    this.store = storeUpdateOf(persistence);
    doc.off('update', this.store);
    this.wal = new WriteAheadLog(doc, persistence, name);
    doc.on('update', this.onUpdate);
    // Leaving the page: what is held goes to the log at least (IndexedDB may not finish).
    addEventListener('pagehide', this.flush);
  }

  /** Writes the updates held from a relay now. */
  readonly flush = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.held.length === 0) return;
    const update = this.held.length === 1 ? this.held[0]! : Y.mergeUpdates(this.held);
    this.held = [];
    this.write(update);
  };

  /**
   * Stops writing; what is held is written first unless `discard` (the local copy is being
   * erased or replaced).
   */
  destroy({ discard = false } = {}): void {
    if (discard) this.held = [];
    this.flush();
    this.doc.off('update', this.onUpdate);
    removeEventListener('pagehide', this.flush);
    this.wal.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.persistence) return; // loaded from IndexedDB: already there
    if (typeof origin === 'object' && origin !== null && relayOrigins.has(origin)) {
      this.held.push(update);
      this.timer ??= setTimeout(this.flush, RELAYED_WRITE_DELAY_MS);
      return;
    }
    this.flush();
    this.write(update);
  };

  private write(update: Uint8Array): void {
    this.wal.log(update);
    this.store(update, null);
  }
}
