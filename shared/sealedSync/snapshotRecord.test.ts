import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';
import { sealRecord } from '../sealed/sealedRecord.ts';
import { encodeSnapshotPayload, openSnapshot } from './snapshotRecord.ts';

const ring = new KeyRing('ws1', [newEpochKey(0)]);
const device = new Uint8Array(16);

function snapshot(room: string, coversSeq: number): { record: Uint8Array; state: Uint8Array } {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'testimony');
  const state = Y.encodeStateAsUpdate(doc);
  const record = sealRecord(
    ring,
    room,
    { kind: 'snapshot', device, counter: 1 },
    encodeSnapshotPayload(coversSeq, state),
  );
  return { record, state };
}

describe('sealed snapshots', () => {
  it('opens to the state it was sealed with', () => {
    const { record, state } = snapshot('ws1/doc1', 42);
    expect(openSnapshot(ring, 'ws1/doc1', 42, record)).toEqual(state);
  });

  it('refuses a flipped byte, another room, a number the relay changed and an update sent as a snapshot', () => {
    const { record } = snapshot('ws1/doc1', 42);
    const flipped = record.slice();
    flipped[flipped.length - 5]! ^= 1;
    expect(() => openSnapshot(ring, 'ws1/doc1', 42, flipped)).toThrow('not authentic');
    expect(() => openSnapshot(ring, 'ws1/doc2', 42, record)).toThrow('not authentic');
    expect(() => openSnapshot(ring, 'ws1/doc1', 50, record)).toThrow('a snapshot of record 42 sent as covering 50');
    const update = sealRecord(ring, 'ws1/doc1', { kind: 'update', device, counter: 2 }, new Uint8Array([0, 0]));
    expect(() => openSnapshot(ring, 'ws1/doc1', 42, update)).toThrow('a update record sent as a snapshot');
    const garbage = sealRecord(ring, 'ws1/doc1', { kind: 'snapshot', device, counter: 3 }, new Uint8Array([1, 9, 9]));
    expect(() => openSnapshot(ring, 'ws1/doc1', 1, garbage)).toThrow('not a Yjs snapshot');
  });
});
