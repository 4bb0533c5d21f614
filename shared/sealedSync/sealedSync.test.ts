import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';
import type { OpenError } from '../sealed/openError.ts';
import { sealRecord } from '../sealed/sealedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import { createThread } from '../review/comments.ts';
import { SealedSync } from './sealedSync.ts';

// The relay is the adversary here: frames a writer sent are delivered to a reader by hand,
// flipped, moved, reordered or replayed, as a hostile relay could.

const ROOM = 'ws1/doc1';
const key = newEpochKey(0);

function replica(room = ROOM) {
  const doc = new Y.Doc();
  const refused: OpenError[] = [];
  const sync = new SealedSync({ doc, ring: new KeyRing('ws1', [key]), room, onRefused: (e) => refused.push(e) });
  const sent: Uint8Array[] = [];
  sync.connected({ send: (frame) => sent.push(frame) });
  // An empty room: caught up at once, so what it seals is sent at once.
  sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
  return { doc, sync, refused, sent };
}

/** The records a writer appended, in order. */
function appended(sent: Uint8Array[]): Uint8Array[] {
  return sent.flatMap((f) => {
    const m = decodeSealedMessage(f);
    return m.type === 'append' ? [m.record] : [];
  });
}

let seq = 0;
function deliver(to: ReturnType<typeof replica>, record: Uint8Array, role: 'editor' | 'commenter' = 'editor'): void {
  to.sync.receive(encodeSealedMessage({ type: 'record', seq: ++seq, role, member: 'm1', record }));
}

describe('SealedSync against a hostile relay', () => {
  it('applies authentic records in order and reports a replayed one without applying it twice', () => {
    const writer = replica();
    const reader = replica();
    writer.doc.getText('t').insert(0, 'one');
    writer.doc.getText('t').insert(3, ' two');
    const [r1, r2] = appended(writer.sent);
    deliver(reader, r1!);
    deliver(reader, r2!);
    let applied = 0;
    reader.doc.on('update', () => applied++);
    deliver(reader, r2!);
    expect(reader.doc.getText('t').toString()).toBe('one two');
    expect(applied).toBe(0);
    expect(reader.refused.map((e) => e.failure)).toEqual(['replayed']);
  });

  it('reports and never applies a flipped byte, a record moved from another room, or a reordering', () => {
    const writer = replica();
    const elsewhere = replica('ws1/doc2');
    const reader = replica();
    for (const word of ['a', 'b', 'c']) writer.doc.getText('t').insert(0, word);
    elsewhere.doc.getText('t').insert(0, 'from another room');
    const [r1, r2, r3] = appended(writer.sent);

    const flipped = r1!.slice();
    flipped[flipped.length - 5]! ^= 0x20;
    deliver(reader, flipped);
    deliver(reader, appended(elsewhere.sent)[0]!);
    expect(reader.doc.getText('t').toString()).toBe('');
    expect(reader.refused.map((e) => e.failure)).toEqual(['not authentic', 'not authentic']);

    deliver(reader, r1!);
    deliver(reader, r3!);
    deliver(reader, r2!); // held back by the relay and delivered late
    expect(reader.refused.map((e) => e.failure)).toEqual(['not authentic', 'not authentic', 'reordered']);
    // 'b' was never applied; 'c', inserted before it, waits for it inside Yjs and shows nothing.
    expect(reader.doc.getText('t').toString()).toBe('a');
  });

  it('reports an authentic record that is not a Yjs update and leaves the document untouched', () => {
    const reader = replica();
    const writer = replica();
    writer.doc.getText('t').insert(0, 'kept');
    deliver(reader, appended(writer.sent)[0]!);
    const before = Y.encodeStateAsUpdate(reader.doc);
    // A member's buggy client sealing garbage: authentic, but not an update.
    const device = new Uint8Array(16).fill(9);
    const ring = new KeyRing('ws1', [key]);
    deliver(reader, sealRecord(ring, ROOM, { kind: 'update', device, counter: 1 }, new Uint8Array([255, 255, 255])));
    expect(reader.refused.map((e) => e.failure)).toEqual(['malformed']);
    expect(Y.encodeStateAsUpdate(reader.doc)).toEqual(before);
  });

  it('keeps unacknowledged records and sends them again once caught up, then counts them saved', () => {
    const writer = replica();
    writer.sync.disconnected();
    writer.doc.getText('t').insert(0, 'offline');
    expect(writer.sync.pending).toBe(1);
    const again: Uint8Array[] = [];
    writer.sync.connected({ send: (f) => again.push(f) });
    expect(appended(again)).toHaveLength(0);
    writer.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
    expect(appended(again)).toHaveLength(1);
    writer.sync.receive(encodeSealedMessage({ type: 'stored', seq: 1 }));
    expect(writer.sync.pending).toBe(0);
  });

  it('takes a record of its outbox that comes back in the catch-up as stored, and does not send it again', () => {
    const writer = replica();
    writer.doc.getText('t').insert(0, 'stored, ack lost');
    const [record] = appended(writer.sent);
    writer.sync.disconnected();
    const again: Uint8Array[] = [];
    writer.sync.connected({ send: (f) => again.push(f) });
    writer.sync.receive(encodeSealedMessage({ type: 'record', seq: 1, role: 'editor', member: 'm1', record: record! }));
    writer.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 1 }));
    expect(appended(again)).toHaveLength(0);
    expect(writer.sync.pending).toBe(0);
    expect(writer.refused).toEqual([]);
  });

  it('applies a commenter’s record only after every record before it, and skips one that breaks the rule', () => {
    seq = 0;
    const reader = replica();
    const commenter = replica();
    reader.doc.getMap('meta').set('title', 'Report'); // sealed as record 1, its ack still on its way
    createThread(
      commenter.doc,
      { id: 'm1', name: 'Ana', colour: '#555' },
      { anchorFrom: null, anchorTo: null, quote: '', text: 'hi' },
    );
    commenter.doc.getText('t').insert(0, 'typed directly');
    const [thread, direct] = appended(commenter.sent);
    seq = 1;
    deliver(reader, thread!, 'commenter');
    expect(reader.doc.getMap('comments').size).toBe(0);
    reader.sync.receive(encodeSealedMessage({ type: 'stored', seq: 1 }));
    expect(reader.doc.getMap('comments').size).toBe(1);
    deliver(reader, direct!, 'commenter');
    expect(reader.doc.getText('t').toString()).toBe('');
    expect(reader.refused.map((e) => e.failure)).toEqual(['not allowed']);
  });

  it('sends what the document held before it listened, even when later edits wait in its outbox', () => {
    // Written while the saved session was still being read: no sync listened to the document yet.
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'written first, ');
    const writer = new SealedSync({ doc, ring: new KeyRing('ws1', [key]), room: ROOM });
    const sent: Uint8Array[] = [];
    writer.connected({ send: (frame) => sent.push(frame) });
    // Typed before the catch-up: sealed into the outbox, after edits that never were.
    doc.getText('t').insert(15, 'then typed');
    writer.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
    const reader = replica();
    for (const record of appended(sent)) deliver(reader, record);
    expect(reader.doc.getText('t').toString()).toBe('written first, then typed');
    writer.destroy();
  });
});

describe('SealedSync presence', () => {
  function member(name: string) {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ name });
    const sync = new SealedSync({ doc, awareness, ring: new KeyRing('ws1', [key]), room: ROOM });
    const sent: Uint8Array[] = [];
    sync.connected({ send: (frame) => sent.push(frame) });
    return { awareness, sync, sent };
  }
  /** The presence frames `from` sent since the last call, taken out. */
  const presence = (from: { sent: Uint8Array[] }) =>
    from.sent.splice(0).filter((frame) => decodeSealedMessage(frame).type === 'presence');

  it('answers someone it had not seen with its own presence, once: who connects later sees who was there', () => {
    const amina = member('Amina');
    presence(amina); // sent as she connected, to nobody
    const bruno = member('Bruno');
    for (const frame of presence(bruno)) amina.sync.receive(frame);
    const answer = presence(amina);
    expect(answer).toHaveLength(1);
    for (const frame of answer) bruno.sync.receive(frame);
    expect([...bruno.awareness.getStates().values()]).toContainEqual({ name: 'Amina' });
    // Amina was new to Bruno: he answers once; she knew him already and does not answer again.
    const reply = presence(bruno);
    expect(reply).toHaveLength(1);
    for (const frame of reply) amina.sync.receive(frame);
    expect(presence(amina)).toHaveLength(0);
    for (const m of [amina, bruno]) {
      m.sync.destroy();
      m.awareness.destroy();
    }
  });
});
