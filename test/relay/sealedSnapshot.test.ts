import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { documentSchema } from '../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { writeMeta } from '../../shared/model/documentMeta.ts';
import { CommenterClient } from './support/commenterClient.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { readRecordHeader, sealRecord } from '../../shared/sealed/sealedRecord.ts';
import { decodeStoredRecord } from '../../server/relay/sealed/storedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage, SEALED_PATH } from '../../shared/protocol/sealedMessages.ts';
import type { Role } from '../../shared/protocol/tokenPayload.ts';
import { encodeSnapshotPayload } from '../../shared/sealedSync/snapshotRecord.ts';
import { signWithRelayKey } from './support/cli.ts';
import { converged, rawClient } from './support/clients.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { copySealedRows, readSealedLog, tamperSealedRows } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

// Compaction of private rooms (docs/private-workspaces.md): an editor's client uploads a sealed
// snapshot; the relay keeps it and drops the records it covers; a newcomer loads snapshot + tail.

const WS = 'ws-private-snapshots';
const key = newEpochKey(0);
const ring = () => new KeyRing(WS, [key]);
/** A small threshold so the tests compact after a few dozen records (the app's is 500 or 1 MB). */
const EVERY_40 = { snapshotThreshold: { records: 40, bytes: 1 << 30 } };
let relay: RelayHandle;
const clients: SealedClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay({ args: ['--max-document', '64KiB'] });
});
afterAll(async () => {
  for (const c of clients) await c.destroy();
  await cleanupRelays();
});

async function member(role: Role, room: string, options = {}, on = relay): Promise<SealedClient> {
  const id = `id-${role}-${clients.length}`;
  const token = signWithRelayKey(on.dataDir, { ws: WS, role, id });
  const c = await sealedClient(on.url, room, token, ring(), { role, member: id }, options);
  clients.push(c);
  return c;
}

const body = (c: SealedClient) => c.doc.getXmlFragment(BODY_FIELD).toString();
const notAllowed = (c: SealedClient) => c.refused.filter((e) => e.failure === 'not allowed').length;
/** Replicas have caught up, saved, and hold the same state vector. */
async function settled(replicas: SealedClient[]): Promise<void> {
  await Promise.all(replicas.map(waitSealedSaved));
  await waitFor(() => new Set(replicas.map((c) => Y.encodeStateVector(c.doc).toString())).size === 1, 'same changes');
}
const state = (c: SealedClient) => Buffer.from(Y.encodeStateAsUpdate(c.doc)).toString('base64');

/** Types `words` one update each, as keystrokes would. */
function type(c: SealedClient, words: number, prefix = 'w'): void {
  const text = c.doc.getText('t');
  for (let i = 0; i < words; i++) text.insert(text.length, `${prefix}${i} `);
}

/** A raw socket to a sealed room with a token of `role`. */
async function raw(role: Role, room: string) {
  const client = rawClient(
    `${relay.url}${SEALED_PATH}/${room}?token=${signWithRelayKey(relay.dataDir, { ws: WS, role })}`,
  );
  await client.opened;
  return client;
}

function snapshotRecord(room: string, coversSeq: number, stateBytes: Uint8Array): Uint8Array {
  const payload = encodeSnapshotPayload(coversSeq, stateBytes);
  return sealRecord(ring(), room, { kind: 'snapshot', device: new Uint8Array(16), counter: 1 }, payload);
}

describe('snapshots and compaction of private rooms through a real relay', () => {
  it('keeps only the newest snapshot and the tail, and a newcomer cold-loads the identical document', async () => {
    const room = `${WS}/doc-compacted`;
    const writer = await member('editor', room, EVERY_40);
    const reader = await member('editor', room);
    type(writer, 100);
    await Promise.all([waitSealedSaved(writer), waitSealedSaved(reader)]);
    // Snapshots at records 40 and 80: the database holds the second and records 81 to 100.
    await waitFor(async () => (await readSealedLog(relay.dataDir, room)).snapshots[0]?.seq === 80, 'compacted');
    const stored = await readSealedLog(relay.dataDir, room);
    expect(stored.snapshots.map((s) => s.seq)).toEqual([80]);
    expect(stored.records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => 81 + i));
    // Control: the same typing in a room nobody compacts takes more room on the relay's disk.
    const control = await member('editor', `${WS}/doc-uncompacted`);
    type(control, 100);
    await waitSealedSaved(control);
    const uncompacted = await readSealedLog(relay.dataDir, `${WS}/doc-uncompacted`);
    expect(uncompacted.records.length).toBe(100);
    expect(stored.bytes).toBeLessThan(uncompacted.bytes / 2);

    const newcomer = await member('viewer', room);
    await waitFor(() => newcomer.sync.synced && converged([writer.doc, newcomer.doc]), 'the newcomer loads');
    expect(newcomer.doc.getText('t').toString()).toBe(writer.doc.getText('t').toString());
    expect(new Set([writer, reader, newcomer].map(state)).size).toBe(1);
    expect([writer, reader, newcomer].flatMap((c) => c.refused)).toEqual([]);

    // Writing goes on after the snapshot; everyone, the newcomer included, converges.
    type(reader, 5, 'after');
    await waitFor(() => converged([writer.doc, reader.doc, newcomer.doc]), 'writing after the snapshot');
    expect(newcomer.doc.getText('t').toString()).toContain('after4');
  });

  it('replicas never diverge over a snapshot: commenter records before and after it get the same verdicts', async () => {
    const room = `${WS}/doc-review`;
    const editor = await member('editor', room, { snapshotThreshold: { records: 10, bytes: 1 << 30 } });
    const other = await member('owner', room);
    prosemirrorJSONToYXmlFragment(
      documentSchema(),
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Report from the border.' }] }] },
      editor.doc.getXmlFragment(BODY_FIELD),
    );
    const honest = await member('commenter', room);
    const patched = await member('commenter', room);
    await settled([editor, other, honest, patched]);
    new CommenterClient(honest.doc, { attach: true }).suggest((st) => st.tr.insertText('beforekestrel ', 1));
    new CommenterClient(patched.doc, { attach: true }).direct((st) => st.tr.insertText('beforemarmot ', 1));
    await settled([editor, other, honest]);
    await waitSealedSaved(patched);
    // The editor keeps writing (titles) until its client uploads a snapshot covering both.
    for (let i = 0; i < 12; i++) writeMeta(editor.doc, { title: `Border report ${i}` });
    await settled([editor, other, honest]);
    await waitFor(async () => (await readSealedLog(relay.dataDir, room)).snapshots.length === 1, 'compacted');
    const covered = (await readSealedLog(relay.dataDir, room)).snapshots[0]!.seq;
    expect(covered).toBeGreaterThanOrEqual(4);

    new CommenterClient(honest.doc, { attach: true }).suggest((st) => st.tr.insertText('afterheron ', 1));
    new CommenterClient(patched.doc, { attach: true }).direct((st) => st.tr.insertText('afterweasel ', 1));
    await waitSealedSaved(patched);
    // A newcomer starts from the snapshot; the others read every record.
    const newcomer = await member('editor', room);
    const replicas = [editor, other, honest, newcomer];
    await settled(replicas);
    for (const c of replicas) {
      expect(body(c)).toContain('beforekestrel');
      expect(body(c)).toContain('afterheron');
      expect(body(c)).not.toContain('beforemarmot');
      expect(body(c)).not.toContain('afterweasel');
    }
    expect(new Set(replicas.map(state)).size).toBe(1);
    expect([editor, other, honest, newcomer].map(notAllowed)).toEqual([2, 2, 2, 1]);
  });

  it('refuses snapshots from commenters and viewers (4403) and keeps the log unchanged', async () => {
    const room = `${WS}/doc-roles`;
    const editor = await member('editor', room);
    type(editor, 3);
    await waitSealedSaved(editor);
    for (const role of ['commenter', 'viewer'] as const) {
      const client = await raw(role, room);
      client.send(
        encodeSealedMessage({
          type: 'snapshot',
          coversSeq: 3,
          record: snapshotRecord(room, 3, Y.encodeStateAsUpdate(editor.doc)),
        }),
      );
      expect((await client.closed).code).toBe(4403);
    }
    const stored = await readSealedLog(relay.dataDir, room);
    expect(stored.snapshots).toEqual([]);
    expect(stored.records.map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('refuses a snapshot of records the relay does not have (4400) or over the document limit (4422)', async () => {
    const room = `${WS}/doc-bounds`;
    const editor = await member('editor', room);
    type(editor, 2);
    await waitSealedSaved(editor);
    const ahead = await raw('editor', room);
    ahead.send(
      encodeSealedMessage({ type: 'snapshot', coversSeq: 3, record: snapshotRecord(room, 3, new Uint8Array([0, 0])) }),
    );
    expect((await ahead.closed).code).toBe(4400);
    // 64 KiB of document: a 70 KB snapshot is refused and the log kept.
    const big = new Y.Doc();
    big.getText('t').insert(0, 'x'.repeat(70_000));
    const tooLarge = await raw('editor', room);
    tooLarge.send(
      encodeSealedMessage({
        type: 'snapshot',
        coversSeq: 2,
        record: snapshotRecord(room, 2, Y.encodeStateAsUpdate(big)),
      }),
    );
    expect((await tooLarge.closed).code).toBe(4422);
    const stored = await readSealedLog(relay.dataDir, room);
    expect([stored.snapshots.length, stored.records.length]).toEqual([0, 2]);
    // Control: the same editor's snapshot within the limit is kept and replaces the two records.
    const fits = await raw('editor', room);
    fits.send(
      encodeSealedMessage({
        type: 'snapshot',
        coversSeq: 2,
        record: snapshotRecord(room, 2, Y.encodeStateAsUpdate(editor.doc)),
      }),
    );
    await waitFor(async () => (await readSealedLog(relay.dataDir, room)).records.length === 0, 'compacted');
    // An older snapshot arriving later (two editors racing) is dropped; the newest stays.
    fits.send(
      encodeSealedMessage({ type: 'snapshot', coversSeq: 1, record: snapshotRecord(room, 1, new Uint8Array([0, 0])) }),
    );
    const later = new Y.Doc();
    later.getText('t').insert(0, 'later ');
    const update = sealRecord(
      ring(),
      room,
      { kind: 'update', device: new Uint8Array(16), counter: 2 },
      Y.encodeStateAsUpdate(later),
    );
    fits.send(encodeSealedMessage({ type: 'append', record: update }));
    // The relay handles one connection's messages in order: once this record is stored, the older snapshot was seen.
    await waitFor(() => fits.messages.some((m) => decodeSealedMessage(m).type === 'stored'), 'the record is stored');
    const after = await readSealedLog(relay.dataDir, room);
    expect(after.snapshots.map((s) => s.seq)).toEqual([2]);
    expect(after.records.map((r) => r.seq)).toEqual([3]);
    fits.ws.close();
  });

  it('reports a tampered or moved snapshot and never applies it', async () => {
    const own = await spawnRelay();
    const room = `${WS}/doc-tampered`;
    const moved = `${WS}/doc-moved`;
    const writer = await member('editor', room, EVERY_40, own);
    type(writer, 45, 'secretword');
    await waitSealedSaved(writer);
    await waitFor(async () => (await readSealedLog(own.dataDir, room)).snapshots.length === 1, 'compacted');
    await writer.disconnect();
    await own.stop();
    // The operator moves the room's rows to another room, and flips the last byte of the snapshot's tag.
    copySealedRows(own.dataDir, room, moved);
    tamperSealedRows(own.dataDir, room, (row) => {
      const copy = row.slice();
      if (readRecordHeader(decodeStoredRecord(row).record).kind === 'snapshot') copy[copy.length - 1]! ^= 1;
      return copy;
    });
    const again = await spawnRelay({ dataDir: own.dataDir });
    for (const target of [room, moved]) {
      const newcomer = await member('editor', target, {}, again);
      await waitFor(() => newcomer.sync.synced, 'caught up');
      expect(newcomer.refused.length).toBeGreaterThan(0);
      expect(newcomer.refused[0]?.failure).toBe('not authentic');
      expect(newcomer.refused[0]?.message).toContain('a snapshot record failed authentication');
      expect(newcomer.doc.getText('t').toString()).not.toContain('secretword0 ');
    }
  });
});
