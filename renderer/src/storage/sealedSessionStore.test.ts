import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { newId } from '../../../shared/ids.ts';
import { SESSION_VERSION } from '../../../shared/sealedSync/sealedSession.ts';
import type { SealedSession } from '../../../shared/sealedSync/sealedSession.ts';
import { sealedSessionStore } from './sealedSessionStore.ts';

const RELAY = 'ws://relay.example';

/** A document's local copy holding `text`, open as the app opens it. */
async function localDocument(text: string): Promise<{ name: string; persistence: IndexeddbPersistence }> {
  const name = `concord-doc-${newId()}`;
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  return { name, persistence };
}

async function reopened(name: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const text = doc.getText('t').toString();
  await persistence.destroy();
  return text;
}

/** Writes `value` as the kept session, as a damaged disk or an older app might have left it. */
async function writeRaw(name: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('custom', 'readwrite');
    tx.objectStore('custom').put(value, 'sealed-session');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

function session(room: string): SealedSession {
  const log = new Y.Doc();
  log.getText('t').insert(0, 'from the log');
  return {
    version: SESSION_VERSION,
    room,
    through: 7,
    logState: Y.encodeStateAsUpdate(log),
    snapshotSeq: 0,
    floor: 0,
    newestSeen: 0,
    applied: [{ device: 'ab'.repeat(16), highest: 3, recent: [1, 2, 3] }],
    confirmed: [[42, 12]],
    outbox: [new Uint8Array([1, 2, 3])],
  };
}

describe('the sealed session kept beside a private document', () => {
  it('reads back what was saved, for the same relay and room only', async () => {
    const { name, persistence } = await localDocument('the document');
    const store = sealedSessionStore(name, RELAY, 'ws1/doc1');
    expect(await store.load()).toBeNull();
    const saved = session('ws1/doc1');
    await store.save(saved);
    expect(await store.load()).toEqual(saved);
    expect(await sealedSessionStore(name, 'ws://another.relay', 'ws1/doc1').load()).toBeNull();
    expect(await sealedSessionStore(name, RELAY, 'ws1/doc2').load()).toBeNull();
    await persistence.destroy();
  });

  it('starts clean from a damaged session and loses nothing of the document', async () => {
    const { name, persistence } = await localDocument('every word kept');
    await writeRaw(name, { relay: RELAY, session: { ...session('ws1/doc1'), through: 'x' } });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      expect(await sealedSessionStore(name, RELAY, 'ws1/doc1').load()).toBeNull();
    } finally {
      console.warn = warn;
    }
    expect(warnings.join()).toContain('starting clean');
    await persistence.destroy();
    expect(await reopened(name)).toBe('every word kept');
  });

  it('never creates a document’s database (y-indexeddb must make it, with its stores)', async () => {
    const name = `concord-doc-${newId()}`;
    await expect(sealedSessionStore(name, RELAY, 'ws1/doc1').load()).rejects.toThrow();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'made afterwards');
    const persistence = new IndexeddbPersistence(name, doc);
    await persistence.whenSynced;
    await persistence.destroy();
    expect(await reopened(name)).toBe('made afterwards');
  });
});
