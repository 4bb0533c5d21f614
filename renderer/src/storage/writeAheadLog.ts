import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { fromBase64 } from 'lib0/buffer';
import { newId } from '../../../shared/ids.ts';
import { toBase64 } from './base64.ts';
import { readWriteAheadLog } from './writeAheadLogEntries.ts';

const BARRIER_DELAY_MS = 50;

/**
 * Most update bytes one document's log holds at once. Keystrokes, pastes and undo steps fit many times
 * over; what does not (opening a `.concord` file, a first sync, an import: the whole document) comes
 * from a source that still holds it, and mirroring it would take the whole state into localStorage,
 * whose quota all documents share: a few such entries left by a crash and no keystroke fits any more.
 */
const LOG_BUDGET_BYTES = 512 * 1024;

/**
 * IndexedDB writes are asynchronous: a reload or a crash a few milliseconds after a keystroke can
 * abort the transaction holding it. This log closes that window. Every update written to IndexedDB
 * (`LocalWriter` hands it each one) is also written, synchronously, to localStorage under a key of
 * its own (so a keystroke writes its own few bytes, never the log so far); once IndexedDB has committed a later transaction on the same store
 * (transactions on one store commit in order), those keys are removed. On opening, whatever is left
 * is applied again (a CRDT update applies idempotently), so nothing typed is ever lost. The log holds
 * only what IndexedDB has not committed, within `LOG_BUDGET_BYTES`.
 */
export class WriteAheadLog {
  private readonly prefix: string;
  private seq = 0;
  /** Keys written (or recovered) and not yet known to be in IndexedDB, with their update's size. */
  private pending: { key: string; bytes: number }[] = [];
  private pendingBytes = 0;
  private recovering = false;
  private barrier: ReturnType<typeof setTimeout> | null = null;
  private barrierInFlight = false;
  private destroyed = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly persistence: IndexeddbPersistence,
    private readonly name: string,
  ) {
    // A session of its own: two tabs on one document never overwrite each other's entries.
    this.prefix = `concord.wal.${name}.${newId()}.`;
  }

  /** Applies what an interrupted session left behind; call once IndexedDB has loaded the document. */
  recover(): void {
    const left = readWriteAheadLog(this.name);
    if (left.length === 0) return;
    this.recovering = true;
    const applied: string[] = [];
    try {
      this.doc.transact(() => {
        for (const { key, updates } of left) {
          // A damaged entry holds nothing to recover, and goes at once.
          if (updates.filter((u) => applyEntry(this.doc, u)).length) applied.push(key);
          else localStorage.removeItem(key);
        }
      }, 'wal');
    } finally {
      this.recovering = false;
    }
    // Keystrokes made on top of an update that was never logged (a file's whole state) and that
    // IndexedDB lost too wait in Yjs for it and were not written again: their entries stay for the
    // next opening. Otherwise y-indexeddb has just written them again: they go with the next barrier.
    const { pendingStructs, pendingDs } = this.doc.store;
    if (pendingStructs || pendingDs) return;
    for (const key of applied) this.pending.push({ key, bytes: 0 });
    this.scheduleBarrier();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.barrier) clearTimeout(this.barrier);
  }

  /**
   * Logs an update about to be written to IndexedDB (`LocalWriter` calls it for each, in the
   * order it writes them); what is being recovered is in the log already.
   */
  log(update: Uint8Array): void {
    if (this.recovering || this.destroyed) return;
    if (this.pendingBytes + update.length > LOG_BUDGET_BYTES) return;
    const key = this.prefix + (this.seq++).toString(36);
    try {
      localStorage.setItem(key, toBase64(update));
    } catch {
      return; // quota exceeded: IndexedDB still receives the update, as before
    }
    this.pending.push({ key, bytes: update.length });
    this.pendingBytes += update.length;
    this.scheduleBarrier();
  }

  /**
   * Drops the entries IndexedDB is known to hold. A barrier is an empty read-write transaction on
   * `updates`: it completes only after every write transaction created before it, so the entries
   * pending when it was created (up to `last`, that very entry, not a count: entries leave from the
   * front meanwhile) are committed. One barrier at a time: when IndexedDB lags behind typing, more
   * would only queue more transactions behind the writes they wait for.
   */
  private scheduleBarrier(): void {
    if (this.barrier || this.barrierInFlight || this.destroyed) return;
    this.barrier = setTimeout(() => {
      this.barrier = null;
      const db = this.persistence.db;
      if (!db) return this.scheduleBarrier();
      const last = this.pending.at(-1);
      if (!last) return;
      let tx: IDBTransaction;
      try {
        tx = db.transaction(['updates'], 'readwrite');
      } catch {
        return; // the connection closed (the document was closed): what is pending stays for the next opening
      }
      this.barrierInFlight = true;
      tx.oncomplete = () => {
        this.barrierInFlight = false;
        const upTo = this.pending.indexOf(last);
        for (const { key, bytes } of this.pending.splice(0, upTo + 1)) {
          localStorage.removeItem(key);
          this.pendingBytes -= bytes;
        }
        if (this.pending.length) this.scheduleBarrier();
      };
      tx.onabort = () => {
        this.barrierInFlight = false;
        if (this.pending.length) this.scheduleBarrier();
      };
      tx.objectStore('updates').count();
    }, BARRIER_DELAY_MS);
  }
}

/** Applies one logged update; a damaged one (not base64, not an update) is skipped rather than failing the opening. */
function applyEntry(doc: Y.Doc, base64: string): boolean {
  try {
    Y.applyUpdate(doc, fromBase64(base64));
    return true;
  } catch {
    return false;
  }
}
