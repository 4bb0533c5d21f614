import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { encodeAckMessage, mergeAcked, pendingLocalChanges, readAckPayload } from './ack.ts';
import type { AckedState } from './ack.ts';
import { MESSAGE_ACK } from './messages.ts';

/** Reads an ack frame as the app's message handler does: the type, then the payload. */
function readAck(frame: Uint8Array) {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_ACK);
  return readAckPayload(decoder);
}

describe('ack message', () => {
  it('round-trips client/clock pairs, including large client ids', () => {
    const frame = encodeAckMessage([
      [1, 5],
      [4294967295, 123456],
    ]);
    expect(frame[0]).toBe(MESSAGE_ACK);
    expect([...readAck(frame)]).toEqual([
      [1, 5],
      [4294967295, 123456],
    ]);
  });

  it('throws on truncated or malformed frames', () => {
    const frame = encodeAckMessage([[7, 300]]);
    expect(() => readAck(frame.slice(0, frame.length - 1))).toThrow();
    expect(() => readAck(new Uint8Array([MESSAGE_ACK, 0xff, 0xff, 0xff, 0xff, 0x7f]))).toThrow();
  });

  it('merges acks monotonically', () => {
    const acked: AckedState = new Map([[1, 10]]);
    mergeAcked(
      acked,
      new Map([
        [1, 4],
        [2, 3],
      ]),
    );
    expect([...acked]).toEqual([
      [1, 10],
      [2, 3],
    ]);
  });
});

describe('pendingLocalChanges', () => {
  it('counts local clock units not yet acknowledged', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    expect(pendingLocalChanges(doc, new Map())).toBe(5);
    expect(pendingLocalChanges(doc, new Map([[doc.clientID, 3]]))).toBe(2);
    expect(pendingLocalChanges(doc, new Map([[doc.clientID, 5]]))).toBe(0);
  });

  it('can count changes of earlier sessions (other client ids) too', () => {
    const earlier = new Y.Doc();
    earlier.getText('t').insert(0, 'abc');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier));
    doc.getText('t').insert(0, 'xy');
    expect(pendingLocalChanges(doc, new Map([[doc.clientID, 2]]), [doc.clientID, earlier.clientID])).toBe(3);
  });
});
