import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createDocumentDoc } from '../../../shared/model/documentMeta.ts';
import { WriteAheadLog } from './writeAheadLog.ts';

interface Slot {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  wal: WriteAheadLog;
  ready: Promise<Y.Doc>;
  users: number;
}

/** IndexedDB database name of a document's local copy. */
export const documentDbName = (id: string) => `concord-doc-${id}`;

/**
 * Each document is its own Y.Doc, persisted in IndexedDB as it is typed (every update is written as
 * it happens, and held in a synchronous write-ahead log until IndexedDB has committed it). The registry opens each one once, shares it between views and closes it when the
 * last user releases it.
 */
export class DocumentRegistry {
  private slots = new Map<string, Slot>();

  /** Opens a document and waits until its stored state is loaded. Pair with `release`. */
  acquire(id: string): Promise<Y.Doc> {
    let slot = this.slots.get(id);
    if (!slot) {
      const doc = createDocumentDoc();
      const persistence = new IndexeddbPersistence(documentDbName(id), doc);
      const wal = new WriteAheadLog(doc, persistence, documentDbName(id));
      const ready = persistence.whenSynced.then(() => {
        wal.recover();
        return doc;
      });
      slot = { doc, persistence, wal, ready, users: 0 };
      this.slots.set(id, slot);
    }
    slot.users++;
    return slot.ready;
  }

  /** The document if it is open and loaded, without taking a use of it. */
  peek(id: string): Y.Doc | null {
    return this.slots.get(id)?.doc ?? null;
  }

  /** Gives up one use of a document; the last release closes it (after pending writes). */
  release(id: string): void {
    const slot = this.slots.get(id);
    if (!slot || --slot.users > 0) return;
    this.slots.delete(id);
    slot.wal.destroy();
    void slot.persistence.destroy().then(() => slot.doc.destroy());
  }

  /** Runs `fn` with the document open, then releases it. */
  async with<T>(id: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    const doc = await this.acquire(id);
    try {
      return await fn(doc);
    } finally {
      this.release(id);
    }
  }

  /** Deletes a document's local copy for good (emptying the trash). */
  async erase(id: string): Promise<void> {
    const slot = this.slots.get(id);
    localStorage.removeItem(`concord.wal.${documentDbName(id)}`);
    if (slot) {
      this.slots.delete(id);
      slot.wal.destroy();
      await slot.persistence.clearData();
      slot.doc.destroy();
      return;
    }
    const doc = createDocumentDoc();
    const persistence = new IndexeddbPersistence(documentDbName(id), doc);
    await persistence.whenSynced;
    await persistence.clearData();
    doc.destroy();
  }
}
