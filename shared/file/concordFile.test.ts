import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ConcordFileError,
  decodeConcordFile,
  encodeConcordFile,
  readConcordFile,
  SEALED_FILE_VERSION,
} from './concordFile.ts';
import { sha256Hex } from '../images/blobHash.ts';
import { makePng } from '../../test/fixtures/images.ts';
import { imageFixture } from '../../test/fixtures/imageFiles.ts';

const header = { docId: 'doc123abc', title: 'Shadow report', savedAt: '2026-11-27T10:00:00.000Z', app: 'Concord test' };

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  doc.getText('t').insert(0, 'Regular pathways');
  doc.getMap('meta').set('title', 'Shadow report');
  return doc;
}

describe('.concord files', () => {
  it('round-trips the header and the full document state', () => {
    const doc = sampleDoc();
    const file = decodeConcordFile(encodeConcordFile(header, Y.encodeStateAsUpdate(doc)));
    expect(file.header).toEqual(header);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, file.update);
    expect(copy.getText('t').toString()).toBe('Regular pathways');
    expect(copy.getMap('meta').get('title')).toBe('Shadow report');
  });

  it('merges two saved copies of the same document instead of duplicating text', () => {
    const a = sampleDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getText('t').insert(0, 'Safe ');
    const target = new Y.Doc();
    for (const d of [a, b, a])
      Y.applyUpdate(target, decodeConcordFile(encodeConcordFile(header, Y.encodeStateAsUpdate(d))).update);
    expect(target.getText('t').toString()).toBe('Safe Regular pathways');
  });

  it('refuses files from a newer format version with a clear message', () => {
    const bytes = encodeConcordFile(header, Y.encodeStateAsUpdate(sampleDoc()));
    new DataView(bytes.buffer).setUint16(8, SEALED_FILE_VERSION + 1);
    expect(() => decodeConcordFile(bytes)).toThrow(/newer version of Concord/);
    // An encrypted file (a private document's) read without its key says so, not "newer version".
    new DataView(bytes.buffer).setUint16(8, SEALED_FILE_VERSION);
    expect(() => decodeConcordFile(bytes)).toThrow(/encrypted for a private workspace/);
  });

  it('refuses foreign, truncated and damaged files', () => {
    const bytes = encodeConcordFile(header, Y.encodeStateAsUpdate(sampleDoc()));
    expect(() => decodeConcordFile(new TextEncoder().encode('PK\u0003\u0004 a zip file'))).toThrow(
      /not a Concord document/,
    );
    expect(() => decodeConcordFile(bytes.slice(0, 12))).toThrow(ConcordFileError);
    expect(() => decodeConcordFile(bytes.slice(0, bytes.length - 7))).toThrow(/truncated/);
    for (const at of [20, Math.floor(bytes.length / 2), bytes.length - 5]) {
      const damaged = bytes.slice();
      damaged[at]! ^= 0x5a;
      expect(() => decodeConcordFile(damaged)).toThrow(ConcordFileError);
    }
  });

  it('refuses a file whose checksum matches but whose state is not a Yjs document', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]);
    expect(() => decodeConcordFile(encodeConcordFile(header, garbage))).toThrow(/cannot be read/);
  });

  it('refuses a header with an unsafe document id', () => {
    expect(() => encodeConcordFile({ ...header, docId: '../../etc' }, new Uint8Array())).toThrow();
  });

  it('carries the images a document references (format 2), and still writes format 1 without images', async () => {
    const png = makePng(30, 20);
    const jpeg = imageFixture('photo.jpg');
    const blobs = [
      { hash: await sha256Hex(png), type: 'png' as const, bytes: png },
      { hash: await sha256Hex(jpeg), type: 'jpeg' as const, bytes: jpeg },
    ];
    const update = Y.encodeStateAsUpdate(sampleDoc());
    const bytes = encodeConcordFile(header, update, blobs);
    expect(new DataView(bytes.buffer).getUint16(8)).toBe(2);
    const file = await readConcordFile(bytes);
    expect(file.header).toEqual(header);
    expect(file.blobs.map((b) => [b.hash, b.type, b.bytes.length])).toEqual(
      blobs.map((b) => [b.hash, b.type, b.bytes.length]),
    );
    expect(file.blobs[1]!.bytes).toEqual(jpeg);
    const plain = encodeConcordFile(header, update);
    expect(new DataView(plain.buffer).getUint16(8)).toBe(1);
    expect(decodeConcordFile(plain).blobs).toEqual([]);
  });

  it('refuses an image that is not what its name or its entry says', async () => {
    const png = makePng(30, 20);
    const update = Y.encodeStateAsUpdate(sampleDoc());
    const forged = encodeConcordFile(header, update, [{ hash: 'f'.repeat(64), type: 'png', bytes: png }]);
    expect(decodeConcordFile(forged).blobs).toHaveLength(1);
    await expect(readConcordFile(forged)).rejects.toThrow(/does not match its checksum/);
    const hash = await sha256Hex(png);
    const mislabelled = encodeConcordFile(header, update, [{ hash, type: 'jpeg', bytes: png }]);
    expect(() => decodeConcordFile(mislabelled)).toThrow(/images do not match its header/);
  });
});
