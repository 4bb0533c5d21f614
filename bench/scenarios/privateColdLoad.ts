import fs from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeStoredRecord, sealedStoreName } from '../../server/relay/sealed/storedRecord.ts';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../server/storage/sqliteUpdateStore.ts';
import { newId } from '../../shared/ids.ts';
import { createDocumentDoc } from '../../shared/model/documentMeta.ts';
import { SEALED_PATH } from '../../shared/protocol/sealedMessages.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { sealRecord } from '../../shared/sealed/sealedRecord.ts';
import { SealedSync } from '../../shared/sealedSync/sealedSync.ts';
import { encodeSnapshotPayload } from '../../shared/sealedSync/snapshotRecord.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import { spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { nowMs } from '../lib/clock.ts';
import { timeFirstSync } from '../lib/firstSync.ts';
import { reportDoc } from '../lib/report.ts';
import { addRatio, emptyResult } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { Typist } from '../lib/typist.ts';
import { ORDINARY } from './privateKeystroke.ts';
import type { PrivateOptions } from './privateKeystroke.ts';

/** A relay data folder holding the same document as an ordinary room and as a private one, each twice (one to warm up). */
async function buildRooms(o: PrivateOptions) {
  const dir = tempDir('private-coldload');
  const ws = newId();
  const ring = new KeyRing(ws, [newEpochKey(0)]);
  const doc = createDocumentDoc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(reportDoc(o.pages)));
  const typist = new Typist(doc, 5);
  for (let i = 0; i < o.keystrokes; i++) typist.step();
  // What compaction leaves: ordinary, one merged row; private, a snapshot covering every record so far.
  const compacted = Y.encodeStateAsUpdate(doc);
  const tail: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => tail.push(u));
  for (let i = 0; i < o.tail; i++) typist.step();
  const rooms = { ordinary: `${ws}/${newId()}`, sealed: `${ws}/${newId()}`, warmOrdinary: `${ws}/${newId()}` };
  const warmSealed = `${ws}/${newId()}`;
  const store = new SqliteUpdateStore(openDatabase(dir));
  const device = new Uint8Array(16).fill(7);
  const bytes = { ordinary: 0, sealed: 0 };
  for (const room of [rooms.ordinary, rooms.warmOrdinary]) {
    const rows = [compacted, ...tail].map((update) => ({ room, update }));
    await store.appendBatch(rows);
    bytes.ordinary = rows.reduce((n, r) => n + r.update.length, 0);
  }
  for (const room of [rooms.sealed, warmSealed]) {
    const covers = o.keystrokes + 1;
    const snapshot = sealRecord(
      ring,
      room,
      { kind: 'snapshot', device, counter: 1 },
      encodeSnapshotPayload(covers, compacted),
    );
    const rows = [encodeStoredRecord({ seq: covers, role: 'editor', member: 'm', record: snapshot })];
    tail.forEach((update, i) => {
      const record = sealRecord(ring, room, { kind: 'update', device, counter: i + 2 }, update);
      rows.push(encodeStoredRecord({ seq: covers + 1 + i, role: 'editor', member: 'm', record }));
    });
    await store.appendBatch(rows.map((update) => ({ room: sealedStoreName(room), update })));
    bytes.sealed = rows.reduce((n, r) => n + r.length, 0);
  }
  await store.close();
  const token = signWithRelayKey(dir, { ws, role: 'viewer', exp: Math.floor(Date.now() / 1000) + 86_400 });
  return { dir, ring, rooms: { ...rooms, warmSealed }, token, bytes, blocks: doc.getXmlFragment(BODY_FIELD).length };
}

/** Opens a private room with a new, empty document; resolves with the time until it has caught up (snapshot + tail applied). */
function timeSealedFirstSync(
  url: string,
  room: string,
  token: string,
  ring: KeyRing,
): Promise<{ ms: number; doc: Y.Doc }> {
  const doc = new Y.Doc({ gc: false });
  const sync = new SealedSync({ doc, ring, room, self: { role: 'viewer', member: 'bench' } });
  const start = nowMs();
  const socket = new WebSocket(`${url}${SEALED_PATH}/${room}?token=${encodeURIComponent(token)}`);
  socket.binaryType = 'nodebuffer';
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => sync.connected({ send: (frame) => socket.send(frame) }));
    socket.on('message', (data: Buffer) => {
      sync.receive(new Uint8Array(data));
      if (!sync.synced) return;
      const ms = nowMs() - start;
      socket.close();
      sync.destroy();
      resolve({ ms, doc });
    });
  });
}

/** Cold load of a `pages`-page document on a relay process: ordinary (compacted row + tail) beside private (snapshot + tail). */
export async function runPrivateColdLoad(o: PrivateOptions): Promise<ScenarioResult> {
  const built = await buildRooms(o);
  const times = { ordinary: [] as number[], sealed: [] as number[] };
  const check = (doc: Y.Doc) => {
    const blocks = doc.getXmlFragment(BODY_FIELD).length;
    if (blocks !== built.blocks) throw new Error(`cold load: ${blocks} blocks, expected ${built.blocks}`);
  };
  const ordinary = async (url: string, room: string) => {
    const { ms, client, doc } = await timeFirstSync(url, room, built.token);
    check(doc);
    client.destroy();
    return ms;
  };
  const sealed = async (url: string, room: string) => {
    const { ms, doc } = await timeSealedFirstSync(url, room, built.token, built.ring);
    check(doc);
    return ms;
  };
  for (let rep = 0; rep < o.repetitions; rep++) {
    const dir = tempDir('private-coldload-run');
    fs.cpSync(built.dir, dir, { recursive: true });
    const relay = await spawnRelay({ dataDir: dir });
    try {
      // Warm the relay's code on other rooms of the same size (each is unloaded once left, so reloaded each time).
      for (let i = 0; i < 3; i++) {
        await ordinary(relay.url, built.rooms.warmOrdinary);
        await sealed(relay.url, built.rooms.warmSealed);
      }
      // Alternate which goes first, so neither always meets a busier process.
      if (rep % 2 === 0) {
        times.ordinary.push(await ordinary(relay.url, built.rooms.ordinary));
        times.sealed.push(await sealed(relay.url, built.rooms.sealed));
      } else {
        times.sealed.push(await sealed(relay.url, built.rooms.sealed));
        times.ordinary.push(await ordinary(relay.url, built.rooms.ordinary));
      }
    } finally {
      await relay.stop('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(built.dir, { recursive: true, force: true });
  const result = emptyResult(`Private workspace: cold load at ${o.pages} pages`, { ...o });
  const label = `first sync, compacted + ${o.tail}-record tail`;
  result.figures = { [label]: medianFigure(times.sealed, 'ms'), 'stored bytes': exact(built.bytes.sealed, 'B') };
  result.baseline[ORDINARY] = {
    [label]: medianFigure(times.ordinary, 'ms'),
    'stored bytes': exact(built.bytes.ordinary, 'B'),
  };
  addRatio(result, label, ORDINARY);
  addRatio(result, 'stored bytes', ORDINARY);
  result.notes.push(
    `The ${o.pages}-page report plus ${o.keystrokes} keystrokes, compacted (ordinary: one merged row; private: an editor's sealed snapshot), then ${o.tail} keystrokes as the tail (one row each; private: sealed records). A relay process on a copy of the data folder, warmed up on rooms of the same size; first sync from opening the socket: ordinary, a stock y-websocket client until sync step 2 (the relay merges the rows); private, SealedSync until caught up (the relay sends the snapshot and the records; the client opens and applies each).`,
  );
  return result;
}
