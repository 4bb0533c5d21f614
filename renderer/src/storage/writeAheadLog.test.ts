import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import { DocumentRegistry, documentDbName } from './documentRegistry.ts';
import { newId } from '../../../shared/ids.ts';

const walKey = (id: string) => `concord.wal.${documentDbName(id)}`;
const logged = (id: string): string[] => JSON.parse(localStorage.getItem(walKey(id)) ?? '[]') as string[];
const text = (doc: Y.Doc) => doc.getText('t').toString();

describe('WriteAheadLog (through DocumentRegistry, on the real IndexedDB)', () => {
  it('writes each update synchronously to localStorage and drops it once IndexedDB has committed', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    doc.getText('t').insert(0, 'typed');
    expect(logged(id)).toHaveLength(1); // already there, in the same task as the keystroke
    await vi.waitFor(() => expect(localStorage.getItem(walKey(id))).toBeNull());
    registry.release(id);
    const reopened = await new DocumentRegistry().with(id, text);
    expect(reopened).toBe('typed');
  });

  it('applies on opening what an interrupted session left only in the log', async () => {
    const id = newId();
    // A keystroke whose IndexedDB transaction a crash aborted: it exists only in the log.
    const lost = new Y.Doc();
    lost.getText('t').insert(0, 'survived the crash');
    localStorage.setItem(walKey(id), JSON.stringify([toBase64(Y.encodeStateAsUpdate(lost))]));

    const registry = new DocumentRegistry();
    expect(text(await registry.acquire(id))).toBe('survived the crash');
    // Recovered updates are written to IndexedDB too, and leave the log once committed there.
    await vi.waitFor(() => expect(localStorage.getItem(walKey(id))).toBeNull());
    registry.release(id);
    expect(await new DocumentRegistry().with(id, text)).toBe('survived the crash');
  });

  it('ignores a damaged log instead of failing to open the document', async () => {
    const id = newId();
    localStorage.setItem(walKey(id), '{not json');
    expect(await new DocumentRegistry().with(id, text)).toBe('');
  });

  it('forgets the log of a document erased for good', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    doc.getText('t').insert(0, 'gone');
    await registry.erase(id);
    expect(localStorage.getItem(walKey(id))).toBeNull();
    expect(await new DocumentRegistry().with(id, text)).toBe('');
  });
});
