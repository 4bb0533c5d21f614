import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';
import { encodeSealedMessage } from '../protocol/sealedMessages.ts';
import { SealedSync } from './sealedSync.ts';
import { boundSession, readSession, sessionBytes } from './sealedSession.ts';
import type { SealedSession } from './sealedSession.ts';

const ROOM = 'ws1/doc1';
const ring = new KeyRing('ws1', [newEpochKey(0)]);

/** The session of a replica that sealed one update while connecting (unacknowledged). */
function persisted(): SealedSession {
  const doc = new Y.Doc();
  const sync = new SealedSync({ doc, ring, room: ROOM });
  sync.connected({ send: () => undefined });
  doc.getText('t').insert(0, 'mine ');
  return sync.session();
}

describe('the persisted session of a sealed room', () => {
  it('reads back what it wrote, and refuses a damaged one, another room’s, or one over its bound', () => {
    const s = persisted();
    expect(readSession(s, ROOM)).toEqual({ ok: true, session: s });
    expect(s.outbox).toHaveLength(1);
    expect(readSession(s, 'ws1/doc2')).toMatchObject({ ok: false, reason: expect.stringContaining('another room') });
    expect(readSession({ ...s, through: -1 }, ROOM).ok).toBe(false);
    expect(readSession({ ...s, outbox: ['not bytes'] }, ROOM).ok).toBe(false);
    expect(readSession({ ...s, through: 3, logState: new Uint8Array([1, 2, 3]) }, ROOM)).toMatchObject({ ok: false });
    expect(readSession('garbage', ROOM).ok).toBe(false);
    expect(readSession(null, ROOM).ok).toBe(false);
  });

  it('stays within its bound: the outbox goes first, then the log replica', () => {
    const s: SealedSession = { ...persisted(), through: 2, logState: new Uint8Array(4000).fill(0) };
    const small = boundSession(s, sessionBytes(s) - 1);
    expect(small.session.outbox).toEqual([]);
    expect(small.session.through).toBe(2);
    expect(small.left).toHaveLength(1);
    const tiny = boundSession(s, 1000);
    expect(tiny.session).toMatchObject({ through: 0, applied: [], outbox: [] });
    expect(tiny.left).toHaveLength(2);
    expect(boundSession(s).left).toEqual([]);
  });

  it('resumes: subscribes after the last record held, and sends the outbox without sending its edits twice', () => {
    const doc = new Y.Doc();
    const first = new SealedSync({ doc, ring, room: ROOM });
    first.connected({ send: () => undefined });
    first.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
    doc.getText('t').insert(0, 'acknowledged ');
    first.receive(encodeSealedMessage({ type: 'stored', seq: 1 }));
    doc.getText('t').insert(0, 'in flight ');
    const session = first.session();
    first.destroy();
    expect(session).toMatchObject({ through: 1, outbox: [expect.any(Uint8Array)] });

    const sent: Uint8Array[] = [];
    const second = new SealedSync({ doc, ring, room: ROOM, session });
    expect(second.pending).toBe(1);
    second.connected({ send: (f) => sent.push(f) });
    second.receive(encodeSealedMessage({ type: 'caughtUp', seq: 1 }));
    // subscribe after 1, then the one record of the outbox, and no second copy of its edit.
    expect(sent.map((f) => f[0])).toEqual([120, 123]);
  });

  it('reports a relay whose log ends before what the session holds, and reads the whole log again', () => {
    const refused: string[] = [];
    const session: SealedSession = { ...persisted(), through: 5, logState: Y.encodeStateAsUpdate(new Y.Doc()) };
    const sync = new SealedSync({
      doc: new Y.Doc(),
      ring,
      room: ROOM,
      session,
      onRefused: (e) => refused.push(e.failure),
    });
    const subscribed: number[] = [];
    const socket = { send: (f: Uint8Array) => f[0] === 120 && subscribed.push(f[1]!) };
    sync.connected(socket);
    expect(() => sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 2 }))).toThrow(/ends at 2/);
    expect(refused).toEqual(['rolled back']);
    sync.disconnected();
    sync.connected(socket);
    expect(subscribed).toEqual([5, 0]);
  });
});
