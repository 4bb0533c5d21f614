import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../storage/sqliteUpdateStore.ts';
import { GroupCommit } from '../storage/groupCommit.ts';
import type { UpdateStore } from '../storage/updateStore.ts';
import type { Role } from '../../shared/protocol/tokenPayload.ts';
import { handleMessage } from './handleMessage.ts';
import type { Sender } from './handleMessage.ts';
import { syncUpdateFrame } from './frames.ts';
import { Room } from './room.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-room-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const store = new SqliteUpdateStore(openDatabase(dir));
const commit = new GroupCommit(store, { delayMs: 1, maxEntries: 100, maxBytes: 1 << 20 });

/** A connection stand-in that records what the room sends it and the acks it would get. */
class TestSender implements Sender {
  started = true;
  sent: Uint8Array[] = [];
  acks: Array<Map<number, number>> = [];
  closedWith: number | null = null;
  readonly maxDocumentBytes = 1 << 20;
  readonly maxSyncClients = 100_000;
  readonly ackWhenDurable;
  constructor(
    readonly role: Role,
    ack = false,
  ) {
    this.ackWhenDurable = ack
      ? (clocks: Map<number, number>) => void this.room?.durable().then(() => this.acks.push(clocks))
      : null;
  }
  room: Room | null = null;
  send(frame: Uint8Array) {
    this.sent.push(frame);
  }
  close(code: number) {
    this.closedWith = code;
  }
  readonly member = 'member-test';
  declined() {}
}

async function loadedRoom(name: string): Promise<Room> {
  const room = new Room(
    name,
    { store, commit, compactEvery: 1000, log: () => undefined, onIdle: () => undefined, onFailed: () => undefined },
    Promise.resolve(),
  );
  await room.ready;
  return room;
}

function edit(text: string): { doc: Y.Doc; frame: Uint8Array } {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return { doc, frame: syncUpdateFrame(Y.encodeStateAsUpdate(doc)) };
}

describe('Room and handleMessage', () => {
  it('applies, forwards, stores and acknowledges an editor update', async () => {
    const room = await loadedRoom('ws-unit01/doc-unit01');
    const editor = new TestSender('editor', true);
    editor.room = room;
    const other = new TestSender('viewer');
    room.join(editor);
    room.join(other);
    const { doc, frame } = edit('hello');
    handleMessage(editor, room, frame);
    expect(room.doc.getText('t').toString()).toBe('hello');
    expect(other.sent).toHaveLength(1);
    expect(editor.sent).toHaveLength(0);
    await room.durable();
    await new Promise((r) => setImmediate(r));
    expect(editor.acks).toEqual([new Map([[doc.clientID, 5]])]);
    expect((await store.load(room.name)).rows).toBe(1);
  });

  it('drops a viewer update and a truncated update without touching the document', async () => {
    const room = await loadedRoom('ws-unit01/doc-unit02');
    const viewer = new TestSender('viewer');
    room.join(viewer);
    handleMessage(viewer, room, edit('nope').frame);
    const { doc } = edit('truncated');
    const update = Y.encodeStateAsUpdate(doc);
    const truncated = syncUpdateFrame(update.slice(0, update.length - 3));
    expect(() => handleMessage(new TestSender('editor'), room, truncated)).toThrow();
    expect(room.doc.getText('t').toString()).toBe('');
    await commit.flush();
    expect((await store.load(room.name)).rows).toBe(0);
  });

  it('removes only the presence a leaving peer introduced', async () => {
    const room = await loadedRoom('ws-unit01/doc-unit03');
    const [a, b] = [new TestSender('editor'), new TestSender('viewer')];
    room.join(a);
    room.join(b);
    for (const [peer, name] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      const local = new Awareness(new Y.Doc());
      local.setLocalState({ name });
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, encodeAwarenessUpdate(local, [local.clientID]));
      handleMessage(peer, room, encoding.toUint8Array(e));
      local.destroy();
    }
    expect([...room.awareness.getStates().values()]).toEqual([{ name: 'A' }, { name: 'B' }]);
    room.leave(a);
    expect([...room.awareness.getStates().values()]).toEqual([{ name: 'B' }]);
  });

  it('compacts its log from its own document, and keeps what arrived meanwhile beside it', async () => {
    const given: Array<Uint8Array | undefined> = [];
    const recording: UpdateStore = {
      load: (name) => store.load(name),
      appendBatch: (entries) => store.appendBatch(entries),
      replaceCovered: (name, row, coversSeq) => store.replaceCovered(name, row, coversSeq),
      deleteOrdinaryRooms: (ws) => store.deleteOrdinaryRooms(ws),
      close: async () => undefined,
      compact: (name, merged) => {
        given.push(merged);
        return store.compact(name, merged);
      },
    };
    const room = new Room(
      'ws-unit01/doc-unit04',
      {
        store: recording,
        commit: new GroupCommit(recording, { delayMs: 1, maxEntries: 100, maxBytes: 1 << 20 }),
        compactEvery: 3,
        log: () => undefined,
        onIdle: () => undefined,
        onFailed: () => undefined,
      },
      Promise.resolve(),
    );
    await room.ready;
    const editor = new TestSender('editor');
    const writer = new Y.Doc();
    const text = writer.getText('t');
    const send = (word: string) => {
      const before = Y.encodeStateVector(writer);
      text.insert(text.length, word);
      handleMessage(editor, room, syncUpdateFrame(Y.encodeStateAsUpdate(writer, before)));
    };
    for (const word of ['one ', 'two ', 'three ']) send(word);
    // Stored: the compaction starts as the batch is written, with the document as it is then.
    await room.durable();
    // Sent after the compaction began: stored after it, beside the merged row.
    send('four');
    await room.durable();
    expect(given).toHaveLength(1);
    const merged = new Y.Doc();
    Y.applyUpdate(merged, given[0]!);
    expect(merged.getText('t').toString()).toBe('one two three ');
    expect((await store.load(room.name)).rows).toBe(2);
    await room.close();
    const log = await store.load(room.name);
    expect(log.rows).toBe(1);
    const reopened = new Y.Doc();
    for (const update of log.updates) Y.applyUpdate(reopened, update);
    expect(reopened.getText('t').toString()).toBe('one two three four');
  });
});
