import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PostgresTokenStore } from '../auth/postgresTokenStore.ts';
import { openPostgres } from './postgresDatabase.ts';
import type { PostgresDatabase } from './postgresDatabase.ts';
import { PostgresUpdateStore } from './postgresUpdateStore.ts';
import { decodeStoredRecord, encodeStoredRecord } from '../relay/sealed/storedRecord.ts';

const url = process.env.DATABASE_URL ?? '';
const skipped = url ? null : 'DATABASE_URL not set (start PostgreSQL with `. scripts/ci-services.sh`)';
if (skipped) console.warn(`PostgresUpdateStore tests skipped: ${skipped}`);
const schema = `concord_unit_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
const opened: PostgresDatabase[] = [];

async function open(): Promise<PostgresDatabase> {
  const db = await openPostgres({ url, schema, max: 4 });
  opened.push(db);
  return db;
}

/** Records every update a doc emits, as the relay does. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

describe.skipIf(skipped !== null)(`PostgresUpdateStore${skipped ? `: skipped, ${skipped}` : ''}`, () => {
  afterAll(async () => {
    for (const db of opened) await db.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('commits synchronously on every connection, whatever the environment asks for', async () => {
    // An acknowledged update must survive a Postgres crash: asynchronous commit would break that.
    const before = process.env.PGOPTIONS;
    process.env.PGOPTIONS = '-c synchronous_commit=off';
    try {
      const db = await open();
      const clients = await Promise.all([db.pool.connect(), db.pool.connect()]);
      const shown = await Promise.all(
        clients.map((c) => c.query<{ synchronous_commit: string }>('SHOW synchronous_commit')),
      );
      for (const c of clients) c.release();
      expect(shown.map((r) => r.rows[0]?.synchronous_commit)).toEqual(['on', 'on']);
    } finally {
      if (before === undefined) delete process.env.PGOPTIONS;
      else process.env.PGOPTIONS = before;
    }
  });

  it('appends, reloads, and compacts to one row with the same content', async () => {
    const store = new PostgresUpdateStore(await open());
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 50; i++) doc.getText('t').insert(i, String(i % 10));
    doc.getText('t').delete(3, 4);
    await store.appendBatch(updates.map((update) => ({ room: 'ws-abcdef/doc-123456', update })));
    await store.appendBatch([{ room: 'other-room', update: updates[0]! }]);
    expect((await store.load('ws-abcdef/doc-123456')).rows).toBe(51);
    expect((await store.compact('ws-abcdef/doc-123456')).rows).toBe(1);
    const after = await store.load('ws-abcdef/doc-123456');
    expect(after.rows).toBe(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, after.updates[0]!);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    expect((await store.load('other-room')).rows).toBe(1);
    expect((await store.load('empty-room')).rows).toBe(0);
  });

  it('two instances appending and compacting the same room at once lose nothing', async () => {
    // Two stores with their own pools stand for two relay instances.
    const stores = [new PostgresUpdateStore(await open()), new PostgresUpdateStore(await open())];
    const room = 'ws-abcdef/doc-race01';
    const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const all = new Y.Doc();
    const work = writers.map(async (doc, w) => {
      const store = stores[w % 2]!;
      const updates = recordUpdates(doc);
      for (let round = 0; round < 40; round++) {
        for (let i = 0; i < 5; i++) doc.getText('t').insert(0, `${w}${round % 10}`);
        const batch = updates.splice(0);
        for (const u of batch) Y.applyUpdate(all, u);
        await store.appendBatch(batch.map((update) => ({ room, update })));
        if (round % 3 === w % 3) await store.compact(room);
      }
    });
    await Promise.all(work);
    await Promise.all(stores.map((s) => s.compact(room)));
    const log = await stores[0]!.load(room);
    expect(log.rows).toBe(1);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, log.updates[0]!);
    expect(stored.getText('t').toString()).toBe(all.getText('t').toString());
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(all));
  });

  it('replaces the rows a sealed snapshot covers by the snapshot, keeping later rows', async () => {
    const store = new PostgresUpdateStore(await open());
    const row = (seq: number) => encodeStoredRecord({ seq, role: 'editor', member: 'm1', record: new Uint8Array(seq) });
    await store.appendBatch([1, 2, 3, 4, 5].map((seq) => ({ room: 'sealed:ws/doc', update: row(seq) })));
    await store.replaceCovered('sealed:ws/doc', row(3), 3);
    const seqs = async () => (await store.load('sealed:ws/doc')).updates.map((u) => decodeStoredRecord(u).seq);
    expect(await seqs()).toEqual([4, 5, 3]);
    await store.replaceCovered('sealed:ws/doc', row(5), 5);
    expect(await seqs()).toEqual([5]);
  });

  it('keeps tokens and revocations for every instance', async () => {
    const [one, two] = [new PostgresTokenStore(await open()), new PostgresTokenStore(await open())];
    const now = Math.floor(Date.now() / 1000);
    await one.record({
      v: 1,
      id: 'token-pg-1',
      ws: 'ws-coalition',
      role: 'editor',
      iat: now,
      exp: now + 60,
      name: 'Ana',
    });
    expect(await two.status('token-pg-1')).toEqual({ revoked: false, role: 'editor' });
    expect(await two.revoke('token-pg-1', now)).toBe(true);
    expect(await two.revoke('token-unknown', now)).toBe(false);
    expect(await one.status('token-pg-1')).toEqual({ revoked: true, role: 'editor' });
    expect(await one.get('token-pg-1')).toEqual({
      id: 'token-pg-1',
      ws: 'ws-coalition',
      role: 'editor',
      name: 'Ana',
      iat: now,
      exp: now + 60,
      revokedAt: now,
      createdBy: null,
      firstUsedAt: null,
      memberName: null,
      memberOrganisation: null,
    });
    expect((await one.list()).map((r) => r.id)).toEqual(['token-pg-1']);
  });
});
