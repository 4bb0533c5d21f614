import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createDocumentDoc } from '../../../shared/model/documentMeta.ts';
import { LocalWriter, storeUpdateOf } from './localWriter.ts';
import { forgetWriteAheadLog } from './writeAheadLogEntries.ts';

interface Slot {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  /** Made once the stored state is loaded (nothing is typed before). */
  writer: LocalWriter | null;
  ready: Promise<Y.Doc>;
  users: number;
}

/**
 * Opens a document's local copy into `doc`; resolves once its stored state is loaded. While it
 * loads, nothing listens to the doc's updates: Yjs encodes each transaction's update again only for
 * its 'update' listeners, and y-indexeddb's own would receive the whole stored state (to skip it,
 * as it came from IndexedDB): in node, applying a 380 KB state took 30 ms alone and 60-85 ms with a listener.
 * `fill`, when given, runs once the stored state is loaded and before the writer exists (what it
 * applies is not written: it stores what it needs itself).
 * The writer (in its place, with the write-ahead log) is made before anyone can change the document.
 */
function openLocalCopy(
  id: string,
  doc: Y.Doc,
  fill?: (persistence: IndexeddbPersistence) => Promise<void>,
): { persistence: IndexeddbPersistence; loaded: Promise<LocalWriter> } {
  const persistence = new IndexeddbPersistence(documentDbName(id), doc);
  doc.off('update', storeUpdateOf(persistence));
  const loaded = persistence.whenSynced
    .then(() => fill?.(persistence))
    .then(() => new LocalWriter(doc, persistence, documentDbName(id)));
  return { persistence, loaded };
}

/** IndexedDB database name of a document's local copy. */
export const documentDbName = (id: string) => `concord-doc-${id}`;

/**
 * Each document is its own Y.Doc, persisted in IndexedDB as it is typed (`LocalWriter`: an edit made
 * here is written as it happens, what a relay sent within half a second, and each is held in a
 * synchronous write-ahead log until IndexedDB has committed it). The registry opens each one once, shares it between views and closes it when the
 * last user releases it.
 */
export class DocumentRegistry {
  private slots = new Map<string, Slot>();
  private replacedListeners = new Set<(id: string) => void>();

  /** Opens a document and waits until its stored state is loaded. Pair with `release`. */
  acquire(id: string): Promise<Y.Doc> {
    let slot = this.slots.get(id);
    if (!slot) {
      const doc = createDocumentDoc();
      const { persistence, loaded } = openLocalCopy(id, doc);
      const opened: Slot = { doc, persistence, writer: null, ready: Promise.resolve(doc), users: 0 };
      opened.ready = loaded.then((writer) => {
        // Released while it loaded: the persistence is destroyed, the writer has nothing to keep.
        if (this.slots.get(id) !== opened) {
          writer.destroy();
          return doc;
        }
        opened.writer = writer;
        writer.wal.recover();
        return doc;
      });
      slot = opened;
      this.slots.set(id, slot);
    }
    slot.users++;
    return slot.ready;
  }

  /**
   * Makes the local copy of a document that is not on this computer yet (a file's state) and opens
   * it, with one use to `release`. `load` applies `update` to the document, empty unless this
   * computer kept a copy without listing it, and throws if it is unreadable (`applyFileState`):
   * then nothing new is kept (an empty copy is deleted) and the registry forgets the document.
   * Otherwise the bytes are stored as they are (they already are an update: not encoded again) and
   * the document is ready. The state is applied once, where a check on a probe document and loading
   * the stored bytes back applied it twice (about 85 ms of opening a 100-page file).
   */
  async create(id: string, update: Uint8Array, load: (empty: Y.Doc) => void): Promise<Y.Doc> {
    if (this.slots.has(id)) throw new Error('create a document that is not open');
    const doc = createDocumentDoc();
    let empty = true;
    const { persistence, loaded } = openLocalCopy(id, doc, async (opened) => {
      empty = doc.store.clients.size === 0;
      load(doc);
      await addUpdate(opened, update);
    });
    const slot: Slot = { doc, persistence, writer: null, ready: Promise.resolve(doc), users: 1 };
    slot.ready = loaded.then(
      (writer) => {
        slot.writer = writer;
        writer.wal.recover();
        return doc;
      },
      async (error: unknown) => {
        if (this.slots.get(id) === slot) this.slots.delete(id);
        if (empty) await persistence.clearData();
        else await persistence.destroy();
        doc.destroy();
        throw error;
      },
    );
    this.slots.set(id, slot);
    await slot.ready;
    return doc;
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
    slot.writer?.destroy(); // writes what it holds from a relay before the database closes
    void slot.persistence.destroy().then(() => slot.doc.destroy());
  }

  /**
   * Gives up one use of a document `ms` milliseconds from now, so that a view about to show it (a
   * file just opened) finds it loaded rather than closed and read back from IndexedDB. Nothing
   * happens if the document was closed for good in the meantime (erased). `unclaimed` runs first,
   * with the document, when nobody else holds it then (no view took it, or it was closed again).
   */
  releaseLater(id: string, ms: number, unclaimed?: (doc: Y.Doc) => void): void {
    const slot = this.slots.get(id);
    if (!slot) return;
    setTimeout(() => {
      if (this.slots.get(id) !== slot) return;
      if (slot.users === 1) unclaimed?.(slot.doc);
      this.release(id);
    }, ms);
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

  /**
   * Replaces a document's local copy with `state` (what the relay accepted, after a refused change
   * was set aside): its stored updates and write-ahead log are cleared first, so nothing of the old
   * copy comes back on a reload. Views holding the old Y.Doc hear it through `onReplaced` and open
   * the new one; the old one is destroyed once they had the chance.
   */
  async replace(id: string, state: Uint8Array): Promise<void> {
    const slot = this.slots.get(id);
    if (!slot) throw new Error('open the document before replacing it');
    await slot.ready;
    const old = { doc: slot.doc, persistence: slot.persistence, writer: slot.writer };
    old.writer?.destroy({ discard: true });
    forgetWriteAheadLog(documentDbName(id));
    await old.persistence.destroy();
    await clearStoredUpdates(documentDbName(id));
    const doc = createDocumentDoc();
    Y.applyUpdate(doc, state, 'relay');
    // On opening, y-indexeddb stores the doc's whole state first: the store then holds exactly this.
    const persistence = new IndexeddbPersistence(documentDbName(id), doc);
    const writer = new LocalWriter(doc, persistence, documentDbName(id));
    await persistence.whenSynced;
    Object.assign(slot, { doc, persistence, writer, ready: Promise.resolve(doc) });
    this.replacedListeners.forEach((listener) => listener(id));
    setTimeout(() => old.doc.destroy(), 0);
  }

  /** Calls `listener` with the id of each document replaced (`replace`); returns the unsubscribe. */
  onReplaced(listener: (id: string) => void): () => void {
    this.replacedListeners.add(listener);
    return () => this.replacedListeners.delete(listener);
  }

  /** Deletes a document's local copy for good (emptying the trash). */
  async erase(id: string): Promise<void> {
    const slot = this.slots.get(id);
    forgetWriteAheadLog(documentDbName(id));
    if (slot) {
      this.slots.delete(id);
      slot.writer?.destroy({ discard: true });
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

/** Adds `update` as it is to a y-indexeddb database's `updates` store; resolves once committed. */
function addUpdate(persistence: IndexeddbPersistence, update: Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = persistence.db!.transaction(['updates'], 'readwrite');
    tx.objectStore('updates').add(update);
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error(`cannot store ${persistence.name}`));
  });
}

/** Empties the `updates` store of a y-indexeddb database (deleting the database would wait for other tabs). */
function clearStoredUpdates(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('updates')) {
        db.close();
        return resolve();
      }
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error(`cannot clear ${name}`));
      };
    };
  });
}
