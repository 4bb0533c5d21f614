import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { newDeviceKeyPair, unwrapEpochKey } from '../../shared/sealed/keyEnvelope.ts';
import { rotateEpoch } from '../../shared/sealed/rotation.ts';
import { encodeSealedMessage, SEALED_PATH } from '../../shared/protocol/sealedMessages.ts';
import { sealRecord } from '../../shared/sealed/sealedRecord.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, rawClient, waitSynced } from './support/clients.ts';
import { pendingLocalChanges } from '../../shared/protocol/ack.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { readSealedRows } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

const WS = 'ws-private-tests';
const ROOM = `${WS}/doc-private1`;
/** Words typed into the document that must never reach the relay's disk or logs. */
const MARKERS = ['zanzibarquokka', 'testimonyofmariam', 'offlinepelican', 'afterrotationlynx'];
let relay: RelayHandle;
const clients: SealedClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of clients) await c.destroy();
  await cleanupRelays();
});

async function client(role: 'editor' | 'commenter' | 'viewer', ring: KeyRing, room = ROOM): Promise<SealedClient> {
  const token = signWithRelayKey(relay.dataDir, { ws: WS, role });
  const c = await sealedClient(relay.url, room, token, ring);
  clients.push(c);
  return c;
}

/** Every byte the relay wrote: its data folder (database, WAL) and its log output. */
function everythingTheRelayKept(): Buffer {
  const files = fs.readdirSync(relay.dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const contents = files.map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
  return Buffer.concat([...contents, Buffer.from(relay.output())]);
}

describe('private (sealed) rooms through a real relay', () => {
  const first = newEpochKey(0);
  const ring = () => new KeyRing(WS, [first]);

  it('two members co-edit, one merges offline work, a bare token reads nothing, the relay keeps no plaintext', async () => {
    const a = await client('editor', ring());
    const b = await client('editor', ring());
    a.doc.getText('t').insert(0, `${MARKERS[0]} `);
    b.doc.getText('t').insert(0, `${MARKERS[1]} `);
    await waitFor(() => converged([a.doc, b.doc]), 'live co-editing converges');
    expect(a.doc.getText('t').toString()).toContain(MARKERS[1]);
    await Promise.all([waitSealedSaved(a), waitSealedSaved(b)]);

    // Presence travels sealed too.
    a.awareness.setLocalStateField('user', { name: 'Amina' });
    await waitFor(() => [...b.awareness.getStates().values()].some((s) => s['user']), 'presence arrives');

    // b goes offline; both write; b comes back and both merge.
    await b.disconnect();
    a.doc.getText('t').insert(0, 'online ');
    b.doc.getText('t').insert(b.doc.getText('t').length, ` ${MARKERS[2]}`);
    expect(b.sync.pending).toBeGreaterThan(0);
    await b.connect();
    await waitFor(() => converged([a.doc, b.doc]), 'offline edits merge on reconnect');
    expect(a.doc.getText('t').toString()).toContain(MARKERS[2]);
    expect(b.doc.getText('t').toString()).toContain('online');
    await Promise.all([waitSealedSaved(a), waitSealedSaved(b)]);

    // A newcomer with the secret loads everything; a bare token (no secret) loads ciphertext only.
    const late = await client('viewer', ring());
    await waitFor(() => converged([a.doc, late.doc]), 'a member joining later reads the document');
    expect([a, b, late].map((c) => c.refused.length)).toEqual([0, 0, 0]);
    const bare = await client('editor', new KeyRing(WS, [newEpochKey(0)]));
    await waitFor(() => bare.sync.synced, 'bare token caught up');
    expect(bare.doc.getText('t').toString()).toBe('');
    expect(bare.refused.length).toBeGreaterThan(0);
    expect(bare.refused.every((e) => e.failure === 'not authentic')).toBe(true);
    // Members saw nothing they refused except what the bare token's client sealed with its wrong key.
    for (const c of [a, b, late])
      expect(c.refused.map((e) => e.failure).filter((f) => f !== 'not authentic')).toEqual([]);

    // Control: the same search finds a word written to an ordinary room, so it would find a leak.
    const plain = connectClient(relay.url, `${WS}/doc-plain`, signWithRelayKey(relay.dataDir, { ws: WS }), {
      ack: true,
    });
    await waitSynced(plain);
    plain.doc.getText('t').insert(0, 'controlwordplain');
    await waitFor(() => pendingLocalChanges(plain.doc, plain.acked) === 0, 'plain room saved');
    plain.destroy();

    const kept = everythingTheRelayKept();
    expect(kept.includes('controlwordplain')).toBe(true);
    for (const marker of MARKERS.slice(0, 3)) expect(kept.includes(marker)).toBe(false);
    // The relay did store the records (ciphertext), each labelled with its writer, and nothing readable.
    const rows = await readSealedRows(relay.dataDir, ROOM);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) for (const marker of MARKERS) expect(Buffer.from(row).includes(marker)).toBe(false);
  });

  it('refuses a viewer that writes (4403) and keeps the log unchanged', async () => {
    const token = signWithRelayKey(relay.dataDir, { ws: WS, role: 'viewer' });
    const raw = rawClient(`${relay.url}${SEALED_PATH}/${ROOM}?token=${token}`);
    await raw.opened;
    const record = sealRecord(
      ring(),
      ROOM,
      { kind: 'update', device: new Uint8Array(16), counter: 1 },
      new Uint8Array([0, 0]),
    );
    raw.send(encodeSealedMessage({ type: 'append', record }));
    expect((await raw.closed).code).toBe(4403);
  });

  it('refuses a frame that is not a sealed record (4400), without affecting other members', async () => {
    const token = signWithRelayKey(relay.dataDir, { ws: WS, role: 'editor' });
    const raw = rawClient(`${relay.url}${SEALED_PATH}/${ROOM}?token=${token}`);
    await raw.opened;
    raw.send(encodeSealedMessage({ type: 'append', record: new TextEncoder().encode('plain text, not sealed') }));
    expect((await raw.closed).code).toBe(4400);
  });

  it('after a removal and rotation, remaining members read what follows and the removed member cannot', async () => {
    const room = `${WS}/doc-rotation`;
    const rings = [ring(), ring(), ring()];
    const [owner, remaining, removed] = [
      await client('editor', rings[0]!, room),
      await client('editor', rings[1]!, room),
      await client('editor', rings[2]!, room),
    ];
    owner.doc.getText('t').insert(0, 'before the removal. ');
    await waitFor(() => converged([owner.doc, remaining.doc, removed.doc]), 'all three read the document');

    // The owner removes the third member: new epoch, wrapped for the remaining member's device only.
    const device = newDeviceKeyPair();
    const rotation = rotateEpoch(rings[0]!, [device.publicKey]);
    rings[1]!.add(unwrapEpochKey(WS, rotation.envelopes[0]!.envelope, device));

    // Worst case: the relay still forwards to the removed member (its token not yet revoked).
    owner.doc.getText('t').insert(owner.doc.getText('t').length, MARKERS[3]!);
    await waitFor(() => remaining.doc.getText('t').toString().includes(MARKERS[3]!), 'remaining member reads on');
    // It keeps the record for a key that never comes to it (test/relay/sealedRotation.test.ts has the key room).
    await waitFor(() => removed.sync.waiting > 0, 'the removed member receives the record');
    expect(removed.refused).toEqual([]);
    expect(removed.doc.getText('t').toString()).toBe('before the removal. ');
    await waitSealedSaved(owner);
    expect(everythingTheRelayKept().includes(MARKERS[3]!)).toBe(false);
  });
});
