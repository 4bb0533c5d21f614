import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import type { SealedMessage } from '../protocol/sealedMessages.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import { SealedSync } from './sealedSync.ts';
import { openSnapshot } from './snapshotRecord.ts';

const ROOM = 'ws1/doc1';
const ring = new KeyRing('ws1', [newEpochKey(0)]);

/** A replica of `role` that uploads a snapshot every 3 records; `sent` holds what it sent the relay. */
function replica(role: Role) {
  const doc = new Y.Doc();
  const sent: SealedMessage[] = [];
  const sync = new SealedSync({
    doc,
    ring,
    room: ROOM,
    self: { role, member: role },
    snapshotThreshold: { records: 3, bytes: 1 << 30 },
  });
  sync.connected({ send: (frame) => sent.push(decodeSealedMessage(frame)) });
  // An empty room: caught up at once, so what it seals is sent at once.
  sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
  return { doc, sync, sent };
}

/** Three records another editor wrote, as the relay numbers them 1 to 3, then caught up. */
function feedThreeRecords(to: SealedSync): Y.Doc {
  const writer = replica('editor');
  for (const word of ['one ', 'two ', 'three ']) writer.doc.getText('t').insert(0, word);
  const records = writer.sent.flatMap((m) => (m.type === 'append' ? [m.record] : []));
  records.forEach((record, i) =>
    to.receive(encodeSealedMessage({ type: 'record', seq: i + 1, role: 'editor', member: 'w', record })),
  );
  to.receive(encodeSealedMessage({ type: 'caughtUp', seq: records.length }));
  return writer.doc;
}

describe('uploading snapshots', () => {
  it('an editor past the threshold uploads the log as the relay numbered it, not its unsent work', () => {
    const editor = replica('editor');
    editor.doc.getText('t').insert(0, 'unsentwork ');
    // Its own record is in flight (no `stored` yet): it is not in the log the snapshot covers.
    const writerDoc = feedThreeRecords(editor.sync);
    const snapshot = editor.sent.find((m) => m.type === 'snapshot');
    if (snapshot?.type !== 'snapshot') throw new Error('no snapshot uploaded');
    expect(snapshot.coversSeq).toBe(3);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, openSnapshot(ring, ROOM, 3, snapshot.record));
    expect(copy.getText('t').toString()).toBe(writerDoc.getText('t').toString());
    expect(editor.doc.getText('t').toString()).toContain('unsentwork');
  });

  it('commenters and viewers never upload one', () => {
    for (const role of ['commenter', 'viewer'] as const) {
      const reader = replica(role);
      feedThreeRecords(reader.sync);
      expect(reader.sent.map((m) => m.type)).not.toContain('snapshot');
    }
  });
});
