import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';
import type { OpenError } from '../sealed/openError.ts';
import { readRecordHeader } from '../sealed/sealedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import { SealedSync } from './sealedSync.ts';

// Epochs in a room's log (docs/private-workspaces.md, Rotation on revocation), the relay played by hand.

const ROOM = 'ws1/doc1';
const zero = newEpochKey(0);
const one = newEpochKey(1);

function replica(keys = [zero]) {
  const doc = new Y.Doc();
  const ring = new KeyRing('ws1', keys);
  const refused: OpenError[] = [];
  const sync = new SealedSync({ doc, ring, room: ROOM, onRefused: (e) => refused.push(e) });
  const sent: Uint8Array[] = [];
  sync.connected({ send: (frame) => sent.push(frame) });
  // An empty room: caught up at once, so what it seals is sent at once.
  sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
  sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
  const appended = () =>
    sent.flatMap((f) => {
      const m = decodeSealedMessage(f);
      return m.type === 'append' ? [m.record] : [];
    });
  return { doc, ring, sync, refused, appended, text: () => doc.getText('t').toString() };
}

let seq = 0;
const deliver = (to: ReturnType<typeof replica>, record: Uint8Array, at = ++seq) =>
  to.sync.receive(encodeSealedMessage({ type: 'record', seq: at, role: 'editor', member: 'm1', record }));

describe('epochs in the log', () => {
  it('keeps records of an epoch it lacks, and the ones after them, and applies them in order once the key arrives', () => {
    const owner = replica([zero, one]);
    const reader = replica();
    owner.doc.getText('t').insert(0, 'new key');
    owner.doc.getText('t').insert(7, ', then more');
    const [r1, r2] = owner.appended();
    deliver(reader, r1!);
    deliver(reader, r2!);
    expect(reader.sync.waiting).toBe(2);
    expect(reader.text()).toBe('');
    reader.ring.add(one);
    expect(reader.sync.waiting).toBe(0);
    expect(reader.text()).toBe('new key, then more');
    expect(reader.refused).toEqual([]);
  });

  it('refuses a record sealed under an older epoch after a newer one in the log, on every replica', () => {
    const owner = replica([zero, one]);
    const removed = replica();
    const reader = replica([zero, one]);
    owner.doc.getText('t').insert(0, 'after the rotation');
    removed.doc.getText('t').insert(0, 'old key ');
    const [newer] = owner.appended();
    const [older] = removed.appended();
    deliver(reader, newer!);
    deliver(reader, older!);
    expect(reader.text()).toBe('after the rotation');
    expect(reader.refused.map((e) => e.failure)).toEqual(['old epoch']);
  });

  it('sends again under the new key what it sealed under the old one and the log holds after a newer record', () => {
    const owner = replica([zero, one]);
    const lagging = replica();
    owner.doc.getText('t').insert(0, 'owner ');
    lagging.doc.getText('t').insert(0, 'lagging');
    const [newer] = owner.appended();
    const [stale] = lagging.appended();
    expect(readRecordHeader(stale!).epoch).toBe(0);
    deliver(lagging, newer!, 1); // the owner's record comes first in the log
    lagging.sync.receive(encodeSealedMessage({ type: 'stored', seq: 2 })); // then the lagging one's
    expect(lagging.appended()).toHaveLength(1); // nothing to send until it has epoch 1
    lagging.ring.add(one);
    const resent = lagging.appended()[1]!;
    expect(readRecordHeader(resent).epoch).toBe(1);
    // Every replica refuses the stale record and applies the resent one.
    const reader = replica([zero, one]);
    deliver(reader, newer!, 1);
    deliver(reader, stale!, 2);
    deliver(reader, resent, 3);
    expect(reader.refused.map((e) => e.failure)).toEqual(['old epoch']);
    expect(reader.text()).toBe(lagging.text());
  });
});
