import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeConcordFile, encodeConcordFile } from './concordFile.ts';
import {
  isSealedConcordFile,
  openSealedConcordFile,
  readSealedFileHeader,
  sealConcordFile,
} from './sealedConcordFile.ts';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';

const header = { docId: 'doc123abc', title: 'Testimony of Amina', savedAt: '2026-12-01T10:00:00.000Z', app: 'test' };

function clearFile(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'crossed at Ceuta in March');
  return encodeConcordFile(header, Y.encodeStateAsUpdate(doc));
}

const contains = (hay: Uint8Array, needle: string) => Buffer.from(hay).includes(Buffer.from(needle));

describe('sealed .concord files', () => {
  const ring = new KeyRing('wsprivate1', [newEpochKey(0)]);
  const keysFor = async (ws: string) => (ws === 'wsprivate1' ? ring : null);

  it('hold neither the title nor the text, and open to the same clear file with the workspace key', async () => {
    const clear = clearFile();
    const sealed = sealConcordFile(ring, header.docId, clear);
    expect(isSealedConcordFile(sealed)).toBe(true);
    expect(isSealedConcordFile(clear)).toBe(false);
    expect(contains(sealed, 'Amina')).toBe(false);
    expect(contains(sealed, 'Ceuta')).toBe(false);
    expect(readSealedFileHeader(sealed)).toMatchObject({ docId: 'doc123abc', workspaceId: 'wsprivate1' });
    const opened = await openSealedConcordFile(sealed, keysFor);
    expect(opened).toEqual(clear);
    expect(decodeConcordFile(opened).header.title).toBe('Testimony of Amina');
  });

  it('opens after a rotation (the ring keeps old epochs) and asks for keys when sealed under a newer one', async () => {
    const old = new KeyRing('wsprivate1', [ring.current()]);
    const newer = new KeyRing('wsprivate1', [ring.current(), newEpochKey(1)]);
    const sealed = sealConcordFile(newer, header.docId, clearFile());
    await expect(openSealedConcordFile(sealed, async () => old)).rejects.toThrow(/newer key/);
    const before = sealConcordFile(old, header.docId, clearFile());
    const opened = await openSealedConcordFile(before, async () => newer);
    expect(decodeConcordFile(opened).header.title).toBe('Testimony of Amina');
  });

  it('refuses without the key, with another workspace key, altered, or with a header naming another document', async () => {
    const sealed = sealConcordFile(ring, header.docId, clearFile());
    await expect(openSealedConcordFile(sealed, async () => null)).rejects.toThrow(/not on this computer/);
    const stranger = new KeyRing('wsprivate1', [newEpochKey(0)]);
    await expect(openSealedConcordFile(sealed, async () => stranger)).rejects.toThrow(/altered or damaged/);
    const flipped = new Uint8Array(sealed);
    flipped[flipped.length - 20]! ^= 1;
    await expect(openSealedConcordFile(flipped, keysFor)).rejects.toThrow(/altered or damaged/);
    const renamed = new TextDecoder('latin1').decode(sealed).replace('doc123abc', 'doc999abc');
    const moved = Uint8Array.from(renamed, (c) => c.charCodeAt(0));
    await expect(openSealedConcordFile(moved, keysFor)).rejects.toThrow(/altered or damaged/);
    await expect(openSealedConcordFile(sealed.subarray(0, 20), keysFor)).rejects.toThrow(/truncated or damaged/);
  });
});
