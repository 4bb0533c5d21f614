import { afterAll, describe, expect, it } from 'vitest';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { encodeKeyRoomEntry, keyRoomName, MAX_DEVICE_KEYS_PER_MEMBER } from '../../shared/sealed/keyRoom.ts';
import { newDeviceKeyPair } from '../../shared/sealed/keyEnvelope.ts';
import { encodeRosterEntry } from '../../shared/sealed/roster.ts';
import { sealRecord } from '../../shared/sealed/sealedRecord.ts';
import { encodeSealedMessage } from '../../shared/protocol/sealedMessages.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { isSnapshot } from '../../server/relay/sealed/sealedLog.ts';
import { decodeStoredRecord, sealedStoreName } from '../../server/relay/sealed/storedRecord.ts';
import { openPostgres } from '../../server/storage/postgresDatabase.ts';
import { converged, rawClient } from './support/clients.ts';
import { metric } from './support/health.ts';
import { cleanupRelays } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { DATABASE_URL, failPostgresWrites, newCluster, servicesMissing } from './support/services.ts';
import { tick, waitFor } from './support/wait.ts';

// A private workspace on several relay instances (docs/private-workspaces.md, "Several relay
// instances"): Postgres numbers each room's sealed records, Redis carries them between instances.

const WS = 'ws-sealed-scaleout';
const skipped = servicesMissing();
if (skipped) console.warn(`sealed scale-out tests skipped: ${skipped}`);
const cluster = newCluster();
const clients: SealedClient[] = [];
const key = newEpochKey(0);
const ring = () => new KeyRing(WS, [key]);

async function editor(relayUrl: string, room: string, options = {}): Promise<SealedClient> {
  const c = await sealedClient(relayUrl, room, cluster.token(WS), ring(), undefined, options);
  clients.push(c);
  return c;
}

/** Types `n` words, one update (one sealed record) each, letting the sockets flush now and then. */
async function type(c: SealedClient, n: number, prefix: string): Promise<void> {
  const text = c.doc.getText('t');
  for (let i = 0; i < n; i++) {
    text.insert(i % 2 === 0 ? 0 : text.length, `${prefix}${i} `);
    if (i % 5 === 0) await tick();
  }
}

/** The room's records as Postgres holds them (numbers, in the order stored). */
async function storedSeqs(room: string): Promise<{ records: number[]; snapshots: number }> {
  const rows = (await cluster.rows(sealedStoreName(room))).map(decodeStoredRecord);
  return { records: rows.filter((r) => !isSnapshot(r)).map((r) => r.seq), snapshots: rows.filter(isSnapshot).length };
}

describe.skipIf(skipped !== null)(
  `private rooms on two relay instances${skipped ? `: skipped, ${skipped}` : ''}`,
  () => {
    afterAll(async () => {
      for (const c of clients) await c.destroy();
      await cleanupRelays();
      await cluster.cleanup();
    });

    it('members on two instances co-edit live; every record is numbered once; a newcomer on either loads it all', async () => {
      const [a, b] = await Promise.all([cluster.spawn(), cluster.spawn()]);
      const room = `${WS}/doc-shared`;
      const [onA, onB] = [await editor(a.url, room), await editor(b.url, room)];
      await Promise.all([waitSealedSaved(onA), waitSealedSaved(onB)]);

      // Both type at once: each instance's appends race the other's for the room's next number.
      await Promise.all([type(onA, 120, 'a'), type(onB, 120, 'b')]);
      await waitFor(() => converged([onA.doc, onB.doc]), 'members on different instances converge');
      await Promise.all([waitSealedSaved(onA), waitSealedSaved(onB)]);
      const { records } = await storedSeqs(room);
      expect(records).toHaveLength(240);
      expect([...records].sort((x, y) => x - y)).toEqual(Array.from({ length: 240 }, (_, i) => i + 1));

      // Presence crosses instances, sealed as it is.
      onA.awareness.setLocalStateField('user', { name: 'Amina' });
      await waitFor(
        () => onB.awareness.getStates().get(onA.doc.clientID)?.user?.name === 'Amina',
        'presence crosses instances',
      );

      // Newcomers on each instance load the whole document.
      const [lateA, lateB] = [await editor(a.url, room), await editor(b.url, room)];
      await waitFor(() => converged([onA.doc, lateA.doc, lateB.doc]), 'newcomers on both instances have everything');
      const exits = await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
      expect(exits.map((e) => e.code)).toEqual([0, 0]);
      expect(a.output() + b.output()).not.toMatch(/rror|failed/);
    });

    it('a snapshot stored through one instance serves cold loads through the other', async () => {
      const [a, b] = await Promise.all([cluster.spawn(), cluster.spawn()]);
      const room = `${WS}/doc-snapshot`;
      const reader = await editor(b.url, room);
      const writer = await editor(a.url, room, { snapshotThreshold: { records: 40, bytes: 1 << 30 } });
      await type(writer, 60, 'w');
      await waitFor(() => converged([writer.doc, reader.doc]), 'the reader on the other instance has the words');
      await waitFor(async () => (await storedSeqs(room)).snapshots === 1, 'a snapshot stored');
      await Promise.all([waitSealedSaved(writer), waitSealedSaved(reader)]);

      const cold = await editor(b.url, room);
      await waitFor(() => converged([writer.doc, cold.doc]), 'a cold load through the other instance has everything');
      expect(cold.received.snapshots).toBe(1);
      expect(cold.received.records).toBeLessThan(60);
      expect(cold.refused).toEqual([]);
    });

    it('while Postgres refuses writes, a room holds what waits up to the document limit; it stores it when writes succeed again', async () => {
      const args = ['--max-document', '64KiB'];
      const [a, b] = await Promise.all([cluster.spawn({ args }), cluster.spawn({ args })]);
      const room = `${WS}/doc-outage`;
      const writer = await editor(a.url, room);
      await type(writer, 5, 'before');
      await waitSealedSaved(writer);
      const stored = (await storedSeqs(room)).records.length;

      const pg = await openPostgres({ url: DATABASE_URL, schema: cluster.schema, max: 1 });
      // The database's disk is full: every insert fails as Postgres says it then (SQLSTATE 53100).
      const restore = await failPostgresWrites(pg.pool, pg.schema);
      try {
        const chunk = (i: number) => `${i}`.padEnd(8 * 1024, '.');
        const text = writer.doc.getText('t');
        for (let i = 0; i < 4; i++) text.insert(text.length, chunk(i));
        await waitFor(() => writer.sync.pending === 4, 'four records waiting');
        expect((await storedSeqs(room)).records).toHaveLength(stored);
        // More than the document may hold waits: the relay closes the connection instead of holding it.
        for (let i = 4; i < 10; i++) text.insert(text.length, chunk(i));
        await waitFor(() => writer.closeCodes.includes(4422), 'the writer closed with 4422 (document too large)');
      } finally {
        await restore();
        await pg.close();
      }
      // What waited within the limit is stored, numbered on from where the room was.
      await waitFor(async () => (await storedSeqs(room)).records.length >= stored + 4, 'the waiting records stored');
      const { records } = await storedSeqs(room);
      expect(records).toEqual(Array.from({ length: records.length }, (_, i) => i + 1));
      const reader = await editor(b.url, room);
      await waitSealedSaved(reader);
      expect(reader.doc.getText('t').toString()).toContain(`3`.padEnd(8 * 1024, '.'));
      expect(a.output() + b.output()).not.toMatch(/failed/);
    });

    it('a client subscribing again and again past what the room holds makes the relay read storage once', async () => {
      const a = await cluster.spawn();
      const room = `${WS}/doc-resubscribe`;
      const writer = await editor(a.url, room);
      await type(writer, 3, 'w');
      await waitSealedSaved(writer);
      const loads = () => metric(a.httpUrl, 'concord_relay_storage_seconds_count{op="load"}');
      const before = await loads();
      const raw = rawClient(`${a.url}/sealed/${room}?token=${encodeURIComponent(cluster.token(WS))}`);
      await raw.opened;
      for (let i = 0; i < 50; i++) raw.send(encodeSealedMessage({ type: 'subscribe', after: 1_000_000 + i }));
      await waitFor(() => raw.messages.filter((m) => m[0] === 122).length === 50, 'fifty answers (caughtUp)');
      expect((await loads()) - before).toBe(1);
      raw.ws.close();
    });

    it('at most 8 device keys per member, even when the eighth and a ninth are sent to both instances at once', async () => {
      const [a, b] = await Promise.all([cluster.spawn(), cluster.spawn()]);
      const keys = keyRoomName(WS);
      const token = cluster.token(WS);
      const member = decodeTokenPayload(token)!.id;
      const roster = () =>
        encodeKeyRoomEntry({
          type: 'roster',
          record: sealRecord(
            ring(),
            keys,
            { kind: 'roster', device: new Uint8Array(16), counter: 1 },
            encodeRosterEntry({ member, publicKey: newDeviceKeyPair().publicKey }),
          ),
        });
      const connect = (r: { url: string }) => rawClient(`${r.url}/sealed/${keys}?token=${encodeURIComponent(token)}`);
      const outcome = (raw: ReturnType<typeof connect>) =>
        Promise.race([
          waitFor(() => raw.messages.some((m) => m[0] === 124), 'stored').then(() => 0),
          raw.closed.then((c) => c.code),
        ]);
      // Seven of the member's devices publish a key each through the first instance.
      for (let i = 0; i < MAX_DEVICE_KEYS_PER_MEMBER - 1; i++) {
        const raw = connect(a);
        await raw.opened;
        raw.send(encodeSealedMessage({ type: 'append', record: roster() }));
        expect(await outcome(raw)).toBe(0);
        raw.ws.close();
      }
      // Two more at the same moment, one through each instance: one is the eighth, the other refused.
      const raws = [a, b].map(connect);
      await Promise.all(raws.map((r) => r.opened));
      for (const raw of raws) raw.send(encodeSealedMessage({ type: 'append', record: roster() }));
      const codes = await Promise.all(raws.map(outcome));
      expect([...codes].sort()).toEqual([0, 4403]);
      for (const raw of raws) raw.ws.close();
      expect((await storedSeqs(keys)).records).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });
  },
);
