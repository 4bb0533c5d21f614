import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DocumentRegistry, documentDbName } from './documentRegistry.ts';
import { markRelayOrigin, RELAYED_WRITE_DELAY_MS } from './localWriter.ts';
import { newId } from '../../../shared/ids.ts';

const prefix = (id: string) => `concord.wal.${documentDbName(id)}.`;
/** The write-ahead log's entries, as a crash at this instant would leave them. */
function logged(id: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key.startsWith(prefix(id))) found.push(localStorage.getItem(key)!);
  }
  return found;
}
const text = (doc: Y.Doc) => doc.getText('t').toString();

/** Rows in a document's IndexedDB `updates` store (each a write of y-indexeddb's). */
function storedRows(id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(documentDbName(id));
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction(['updates']).objectStore('updates').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}

/** A colleague whose every keystroke reaches `doc` as a relay delivers it. */
function colleagueOf(doc: Y.Doc): Y.Text {
  const relay = {};
  markRelayOrigin(relay);
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(doc));
  theirs.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update, relay));
  return theirs.getText('t');
}

describe('LocalWriter (through DocumentRegistry, on the real IndexedDB)', () => {
  it('writes what a relay sent a moment later, merged, and first when an edit is made here', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    const before = await storedRows(id);
    const colleague = colleagueOf(doc);
    for (const [at, letter] of [...'abc'].entries()) colleague.insert(at, letter);
    expect(text(doc)).toBe('abc');
    // Received and shown, not yet written anywhere: the relay holds it.
    expect(logged(id)).toEqual([]);

    doc.getText('t').insert(3, '!');
    // The edit made here is logged at once, after the colleague's three keystrokes as one update.
    const entries = logged(id);
    expect(entries).toHaveLength(2);
    await vi.waitFor(() => expect(logged(id)).toEqual([]));
    expect(await storedRows(id)).toBe(before + 2);
    registry.release(id);
    expect(await new DocumentRegistry().with(id, text)).toBe('abc!');

    // What those two entries hold opens as typed on their own, as after a crash that lost
    // IndexedDB's transactions: the edit never waits for a colleague's text it was made on.
    const crashed = newId();
    entries.forEach((entry, i) => localStorage.setItem(`${prefix(crashed)}s1.${i}`, entry));
    expect(await new DocumentRegistry().with(crashed, text)).toBe('abc!');
  });

  it('writes what a relay sent once the delay has passed, and when the document closes', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    const before = await storedRows(id);
    const colleague = colleagueOf(doc);
    colleague.insert(0, 'x');
    colleague.insert(1, 'y');
    await new Promise((resolve) => setTimeout(resolve, RELAYED_WRITE_DELAY_MS + 100));
    await vi.waitFor(async () => expect(await storedRows(id)).toBe(before + 1));

    colleague.insert(2, 'z');
    registry.release(id); // before the delay: closing writes it
    expect(await new DocumentRegistry().with(id, text)).toBe('xyz');
  });
});
