import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateClocks } from './updateClocks.ts';

describe('updateClocks', () => {
  it('gives the clock after an incremental update, which Yjs’s own state vector from an update leaves out', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('t').insert(3, 'de');
    expect(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(updates[0]!)).size).toBe(0);
    expect(updateClocks(updates[0]!)).toEqual(new Map([[doc.clientID, 5]]));
  });
});
