import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import { DocumentRegistry, documentDbName } from './documentRegistry.ts';
import { newId } from '../../../shared/ids.ts';

const legacyKey = (id: string) => `concord.wal.${documentDbName(id)}`;
/** The log's keys and values, as a crash at this instant would leave them. */
function logged(id: string): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key === legacyKey(id) || key.startsWith(`${legacyKey(id)}.`)) found.set(key, localStorage.getItem(key)!);
  }
  return found;
}
const text = (doc: Y.Doc) => doc.getText('t').toString();

describe('WriteAheadLog (through DocumentRegistry, on the real IndexedDB)', () => {
  it('writes each update synchronously to localStorage and drops it once IndexedDB has committed', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    doc.getText('t').insert(0, 'typed');
    doc.getText('t').insert(5, '!');
    expect(logged(id).size).toBe(2); // already there, in the same task as the keystroke
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
    registry.release(id);
    const reopened = await new DocumentRegistry().with(id, text);
    expect(reopened).toBe('typed!');
  });

  it('logs and stores what is typed into a document reopened from IndexedDB (its listeners come back after loading)', async () => {
    const id = newId();
    const first = new DocumentRegistry();
    (await first.acquire(id)).getText('t').insert(0, 'stored');
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
    first.release(id);
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    expect(text(doc)).toBe('stored');
    // y-indexeddb's listener was off while the stored state loaded, and is back for this.
    doc.getText('t').insert(6, ' and typed');
    expect(logged(id).size).toBe(1);
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
    registry.release(id);
    expect(await new DocumentRegistry().with(id, text)).toBe('stored and typed');
  });

  it('opens a document released while it loads once more without a leftover log', async () => {
    const id = newId();
    await new DocumentRegistry().with(id, (doc) => doc.getText('t').insert(0, 'kept'));
    const registry = new DocumentRegistry();
    void registry.acquire(id); // its local copy is closed again while it loads
    registry.release(id);
    const again = await registry.acquire(id);
    expect(text(again)).toBe('kept');
    again.getText('t').insert(4, '!');
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
    registry.release(id);
    expect(await new DocumentRegistry().with(id, text)).toBe('kept!');
  });

  it('applies on opening what an interrupted session left only in the log', async () => {
    const id = newId();
    // Keystrokes whose IndexedDB transactions a crash aborted: they exist only in the log, one
    // written by this version (a key per update) and one by an earlier one (a JSON list).
    const lost = new Y.Doc();
    lost.getText('t').insert(0, 'survived');
    const before = Y.encodeStateVector(lost);
    lost.getText('t').insert(8, ' the crash');
    localStorage.setItem(`${legacyKey(id)}.s1.0`, toBase64(Y.encodeStateAsUpdate(lost, before)));
    localStorage.setItem(legacyKey(id), JSON.stringify([toBase64(Y.encodeStateAsUpdate(lost))]));

    const registry = new DocumentRegistry();
    expect(text(await registry.acquire(id))).toBe('survived the crash');
    // Recovered updates are written to IndexedDB too, and leave the log once committed there.
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
    registry.release(id);
    expect(await new DocumentRegistry().with(id, text)).toBe('survived the crash');
  });

  it('keeps keystrokes whose base is lost too (a file never logged) for a later opening', async () => {
    const id = newId();
    // The whole state of a file opened (not logged: its file holds it), lost with IndexedDB's
    // transaction, and a keystroke on top of it that the log did keep.
    const file = new Y.Doc();
    file.getText('t').insert(0, 'from the file');
    const base = Y.encodeStateVector(file);
    file.getText('t').insert(13, ', then typed');
    const keystroke = toBase64(Y.encodeStateAsUpdate(file, base));
    localStorage.setItem(`${legacyKey(id)}.s1.0`, keystroke);

    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    expect(text(doc)).toBe('');
    // It waits in Yjs for its base: y-indexeddb never wrote it, so its entry stays in the log
    // after a later barrier dropped what IndexedDB holds (another keystroke's entry).
    doc.getMap('other').set('typed', 'later');
    expect(logged(id).size).toBe(2);
    await vi.waitFor(() => expect([...logged(id).values()]).toEqual([keystroke]));
    registry.release(id);
  });

  it('ignores a damaged log instead of failing to open the document', async () => {
    const id = newId();
    localStorage.setItem(legacyKey(id), '{not json');
    localStorage.setItem(`${legacyKey(id)}.s1.0`, 'not an update');
    expect(await new DocumentRegistry().with(id, text)).toBe('');
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
  });

  it('forgets the log of a document erased for good', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    doc.getText('t').insert(0, 'gone');
    await registry.erase(id);
    expect(logged(id).size).toBe(0);
    expect(await new DocumentRegistry().with(id, text)).toBe('');
  });
});

describe('WriteAheadLog while IndexedDB commits slowly', () => {
  /**
   * Holds a read-write transaction on a document's `updates` store from a connection of its own,
   * so every later write queues behind it, as when IndexedDB lags behind typing (seen at half a
   * second on a busy machine); `release()` lets the queue drain.
   */
  async function blockWrites(id: string): Promise<{ release: () => void }> {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(documentDbName(id));
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    let held = true;
    const store = db.transaction(['updates'], 'readwrite').objectStore('updates');
    const keepAlive = () => {
      if (held) store.count().onsuccess = keepAlive;
    };
    keepAlive();
    return {
      release: () => {
        held = false;
        db.close();
      },
    };
  }

  /**
   * Watches every IndexedDB write of an update and every removal from the log: an entry may leave
   * the log only once the transaction that wrote its update has completed, or a crash at that
   * instant loses it. Returns the entries removed too early.
   */
  function watchRemovals(): { early: string[]; restore: () => void } {
    const committed = new Set<string>();
    const written = new Set<string>();
    const early: string[] = [];
    const { add } = IDBObjectStore.prototype;
    const { removeItem } = Storage.prototype;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (value instanceof Uint8Array) {
        const update = toBase64(value);
        written.add(update);
        this.transaction.addEventListener('complete', () => committed.add(update));
      }
      return add.call(this, value, key);
    };
    Storage.prototype.removeItem = function (this: Storage, key: string) {
      const update = this.getItem(key);
      if (key.startsWith('concord.wal.') && update !== null && written.has(update) && !committed.has(update))
        early.push(key);
      return removeItem.call(this, key);
    };
    return {
      early,
      restore: () => {
        IDBObjectStore.prototype.add = add;
        Storage.prototype.removeItem = removeItem;
      },
    };
  }

  it('drops an entry only once the transaction holding its update has committed, whatever barriers overlap', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    const watch = watchRemovals();
    try {
      const blocker = await blockWrites(id);
      // Keystrokes further apart than the log's barrier delay: each barrier is created while the
      // one before still waits for IndexedDB, so several are in flight at once.
      for (const [at, letter] of [...'typing'].entries()) {
        doc.getText('t').insert(at, letter);
        await new Promise((resolve) => setTimeout(resolve, 80));
      }
      blocker.release();
      await vi.waitFor(() => expect(logged(id).size).toBe(0));
    } finally {
      watch.restore();
    }
    expect(watch.early).toEqual([]);
    registry.release(id);
    expect(await new DocumentRegistry().with(id, text)).toBe('typing');
  });
});
