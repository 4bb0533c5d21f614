import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { fromBase64 } from 'lib0/buffer';
import { toBase64 } from './base64.ts';

const BARRIER_DELAY_MS = 50;

/**
 * IndexedDB writes are asynchronous: a reload or a crash a few milliseconds after a keystroke can
 * abort the transaction holding it. This log closes that window. Every update is also written,
 * synchronously, to localStorage; once IndexedDB has committed a later transaction on the same store
 * (transactions on one store commit in order), the entries before it are dropped. On opening, whatever
 * is left is applied again (a CRDT update applies idempotently), so nothing typed is ever lost.
 */
export class WriteAheadLog {
  private readonly key: string;
  private pending: string[] = [];
  private barrier: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly persistence: IndexeddbPersistence,
    name: string,
  ) {
    this.key = `concord.wal.${name}`;
    doc.on('update', this.onUpdate);
  }

  /** Applies what an interrupted session left behind; call once IndexedDB has loaded the document. */
  recover(): void {
    const left = read(this.key);
    if (left.length === 0) return;
    this.doc.transact(() => left.forEach((u) => Y.applyUpdate(this.doc, fromBase64(u))), 'wal');
    this.pending = left;
    this.scheduleBarrier();
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    if (this.barrier) clearTimeout(this.barrier);
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.persistence) return; // loaded from IndexedDB: already there
    this.pending.push(toBase64(update));
    try {
      localStorage.setItem(this.key, JSON.stringify(this.pending));
    } catch {
      // quota exceeded (a huge paste): IndexedDB still receives the update, as before
    }
    this.scheduleBarrier();
  };

  private scheduleBarrier(): void {
    if (this.barrier) return;
    this.barrier = setTimeout(() => {
      this.barrier = null;
      const db = this.persistence.db;
      if (!db) return this.scheduleBarrier();
      const covered = this.pending.length;
      const tx = db.transaction(['updates'], 'readwrite');
      tx.oncomplete = () => {
        this.pending = this.pending.slice(covered);
        if (this.pending.length) localStorage.setItem(this.key, JSON.stringify(this.pending));
        else localStorage.removeItem(this.key);
      };
      tx.objectStore('updates').count();
    }, BARRIER_DELAY_MS);
  }
}

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
