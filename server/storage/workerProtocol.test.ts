import { describe, expect, it } from 'vitest';
import { packBatch, unpackBatch } from './workerProtocol.ts';

describe('packed batches for the writer thread', () => {
  it('unpack to the same entries in order, each room named once, from views into frames', () => {
    const frame = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const entries = [
      { room: 'ws-a/doc-1', update: frame.subarray(2, 5) },
      { room: 'ws-a/doc-2', update: new Uint8Array([4]) },
      { room: 'ws-a/doc-1', update: new Uint8Array([]) },
      { room: 'ws-a/doc-1', update: new Uint8Array([5, 6]) },
    ];
    const batch = packBatch(entries);
    expect(batch.rooms).toEqual(['ws-a/doc-1', 'ws-a/doc-2']);
    expect([...batch.data]).toEqual([1, 2, 3, 4, 5, 6]);
    // The buffers hold exactly the batch (they are moved to the thread, not the frames they came from).
    expect(batch.data.buffer.byteLength).toBe(6);
    const copy = structuredClone(batch, { transfer: [batch.data.buffer, batch.roomOf.buffer, batch.lengths.buffer] });
    expect(unpackBatch(copy).map((e) => ({ room: e.room, update: [...e.update] }))).toEqual(
      entries.map((e) => ({ room: e.room, update: [...e.update] })),
    );
  });

  it('packs an empty batch', () => {
    expect(unpackBatch(packBatch([]))).toEqual([]);
  });
});
