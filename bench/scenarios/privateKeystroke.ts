import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { createDocumentDoc } from '../../shared/model/documentMeta.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { openRecord, sealRecord } from '../../shared/sealed/sealedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../../shared/protocol/sealedMessages.ts';
import { SealedSync } from '../../shared/sealedSync/sealedSync.ts';
import { encodeSnapshotPayload } from '../../shared/sealedSync/snapshotRecord.ts';
import { nowMs } from '../lib/clock.ts';
import { reportDoc } from '../lib/report.ts';
import { addRatio, emptyResult } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';
import { Typist } from '../lib/typist.ts';

/** Sizes of the private-workspace scenario. */
export interface PrivateOptions {
  pages: number;
  /** Keystrokes timed (and, for the cold load, typed before the snapshot). */
  keystrokes: number;
  /** Records after the snapshot in the cold-loaded room. */
  tail: number;
  repetitions: number;
}

export const PRIVATE_FULL: PrivateOptions = { pages: 100, keystrokes: 2_000, tail: 300, repetitions: 5 };
export const PRIVATE_QUICK: PrivateOptions = { pages: 5, keystrokes: 200, tail: 50, repetitions: 1 };

/** The baseline every private figure is set beside. */
export const ORDINARY = 'ordinary workspace';
const ROOM = 'ws-bench/doc-bench';
const MESSAGE_SYNC = 0;

/** A document holding `state` (the report), fresh. */
function docOf(state: Uint8Array): Y.Doc {
  const doc = createDocumentDoc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** Times each keystroke of a Typist on `doc` (including whatever its update listeners do). */
function typeTimed(doc: Y.Doc, count: number, times: number[]): void {
  const typist = new Typist(doc, 11);
  for (let i = 0; i < count; i++) {
    const start = nowMs();
    typist.step();
    times.push(nowMs() - start);
  }
}

/**
 * Local and remote keystrokes on a `pages`-page document, in an ordinary workspace (a y-websocket
 * sync frame; decoding and applying it) and a private one (SealedSync sealing the update into an
 * append frame; receiving a record: open, check, apply), plus sealing and opening alone and the
 * cost of an editor's snapshot of the whole document.
 */
export function runPrivateKeystrokes(o: PrivateOptions): ScenarioResult {
  const base = Y.encodeStateAsUpdate(reportDoc(o.pages));
  const ring = new KeyRing('ws-bench', [newEpochKey(0)]);
  const t = {
    localPlain: [],
    localSealed: [],
    remotePlain: [],
    remoteSealed: [],
    seal: [],
    open: [],
    snapshot: [],
  } as Record<string, number[]>;
  const bytes = { plain: 0, sealed: 0, count: 0, snapshot: 0 };
  for (let rep = 0; rep < o.repetitions; rep++) {
    // Ordinary: each update becomes a y-websocket sync frame, as the provider sends it.
    const plainFrames: Uint8Array[] = [];
    const plain = docOf(base);
    plain.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      plainFrames.push(encoding.toUint8Array(encoder));
    });
    typeTimed(plain, o.keystrokes, t.localPlain!);
    // Private: SealedSync seals each update into an append frame in the same task.
    const sealedFrames: Uint8Array[] = [];
    const sealed = docOf(base);
    const writer = new SealedSync({ doc: sealed, ring, room: ROOM, self: { role: 'editor', member: 'w' } });
    writer.connected({ send: (frame) => sealedFrames.push(frame) });
    // Caught up (appends wait for that); the base state its first catch-up uploads is no keystroke.
    writer.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
    sealedFrames.length = 0;
    typeTimed(sealed, o.keystrokes, t.localSealed!);
    const records = sealedFrames.map(decodeSealedMessage).flatMap((m) => (m.type === 'append' ? [m.record] : []));
    bytes.plain += plainFrames.reduce((n, f) => n + f.length, 0);
    bytes.sealed += records.reduce((n, r) => n + r.length, 0);
    bytes.count += records.length;

    const plainReader = docOf(base);
    for (const frame of plainFrames) {
      const start = nowMs();
      const decoder = decoding.createDecoder(frame);
      decoding.readVarUint(decoder);
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), plainReader, null);
      t.remotePlain!.push(nowMs() - start);
    }
    const sealedReader = docOf(base);
    const reader = new SealedSync({ doc: sealedReader, ring, room: ROOM, self: { role: 'viewer', member: 'r' } });
    reader.connected({ send: () => undefined });
    records.forEach((record, i) => {
      const frame = encodeSealedMessage({ type: 'record', seq: i + 1, role: 'editor', member: 'w', record });
      const start = nowMs();
      reader.receive(frame);
      t.remoteSealed!.push(nowMs() - start);
    });
    const body = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD).toString();
    if (body(sealedReader) !== body(sealed) || body(plainReader) !== body(plain))
      throw new Error('a reader did not reach the writer’s document');

    // Sealing and opening alone, on the same updates.
    const updates = records.map((r) => openRecord(ring, ROOM, r).payload);
    updates.forEach((update, i) => {
      let start = nowMs();
      const record = sealRecord(ring, ROOM, { kind: 'update', device: writer.device, counter: i + 1 }, update);
      t.seal!.push(nowMs() - start);
      start = nowMs();
      openRecord(ring, ROOM, record);
      t.open!.push(nowMs() - start);
    });
    // An editor's snapshot of the whole document: encode its state, seal it.
    const start = nowMs();
    const payload = encodeSnapshotPayload(records.length, Y.encodeStateAsUpdate(sealed));
    bytes.snapshot = sealRecord(ring, ROOM, { kind: 'snapshot', device: writer.device, counter: 1 }, payload).length;
    t.snapshot!.push(nowMs() - start);
    for (const sync of [writer, reader]) sync.destroy();
  }
  const result = emptyResult(`Private workspace: keystrokes at ${o.pages} pages`, { ...o });
  const us = (ms: number[]) =>
    medianFigure(
      ms.map((v) => v * 1000),
      'µs',
    );
  result.figures = {
    'local keystroke (edit, then frame)': us(t.localSealed!),
    'remote keystroke (receive, apply)': us(t.remoteSealed!),
    'bytes sent per keystroke': exact(bytes.sealed / bytes.count, 'B'),
    'seal one update': us(t.seal!),
    'open one update': us(t.open!),
    'snapshot of the document (encode + seal)': medianFigure(t.snapshot!, 'ms'),
    'snapshot size': exact(bytes.snapshot, 'B'),
  };
  result.baseline[ORDINARY] = {
    'local keystroke (edit, then frame)': us(t.localPlain!),
    'remote keystroke (receive, apply)': us(t.remotePlain!),
    'bytes sent per keystroke': exact(bytes.plain / bytes.count, 'B'),
  };
  for (const figure of Object.keys(result.baseline[ORDINARY])) addRatio(result, figure, ORDINARY);
  result.notes.push(
    `In one process, ${o.keystrokes} keystrokes of realistic typing (bench/lib/typist.ts) into the ${o.pages}-page report, ${o.repetitions} times. Local: the keystroke's transaction with what runs in its update event: for an ordinary workspace y-websocket's sync frame, for a private one SealedSync sealing the update (XChaCha20-Poly1305, @noble/ciphers) into an append frame. Remote: for an ordinary workspace decoding the frame and applying it (y-protocols readSyncMessage), for a private one SealedSync.receive: open, replay check, Y.decodeUpdate, apply, log replica.`,
    'Seal/open alone: sealRecord and openRecord on the same updates. Snapshot: what an editor’s client does once the tail passes 500 records or 1 MB (encode the whole document, seal it).',
  );
  return result;
}
