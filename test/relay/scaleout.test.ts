import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pendingLocalChanges } from '../../shared/protocol/ack.ts';
import { cleanupRelays } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { ClientOptions, SyncClient } from './support/clients.ts';
import { health, metric } from './support/health.ts';
import { runCli } from './support/cli.ts';
import { DATABASE_URL, newCluster, servicesMissing } from './support/services.ts';
import { startTcpProxy, targetOf, throughProxy } from './support/tcpProxy.ts';
import type { TcpProxy } from './support/tcpProxy.ts';
import { tick, waitFor } from './support/wait.ts';
import { freePort } from './support/freePort.ts';
import { hasRedisServer, startPrivateRedis } from './support/redisServer.ts';
import type { PrivateRedis } from './support/redisServer.ts';

const WS = 'ws-scaleout';
const skipped = servicesMissing();
if (skipped) console.warn(`relay scale-out tests skipped: ${skipped}`);
const cluster = newCluster();
const clients: SyncClient[] = [];
// Every y-websocket provider adds a process 'exit' listener; these tests open more than ten.
process.setMaxListeners(100);
const proxies: TcpProxy[] = [];

function client(relayUrl: string, room: string, token: string, options: ClientOptions = { ack: true }): SyncClient {
  const c = connectClient(relayUrl, room, token, options);
  clients.push(c);
  return c;
}

/** Types `n` characters, one transaction each, letting sockets flush now and then. */
async function type(c: SyncClient, n: number, tag: string): Promise<void> {
  const text = c.doc.getText('t');
  for (let i = 0; i < n; i++) {
    text.insert(i % 3 === 0 ? 0 : text.length, `${tag}${i % 10}`);
    if (i % 10 === 0) await tick();
  }
}

const acked = (c: SyncClient) => c.acked.get(c.doc.clientID) ?? 0;
const allAcked = (c: SyncClient, relays: RelayHandle[] = []) =>
  waitFor(
    () => acked(c) === Y.getState(c.doc.store, c.doc.clientID),
    () =>
      [
        `every edit acknowledged (acked ${acked(c)} of ${Y.getState(c.doc.store, c.doc.clientID)}; ` +
          `connected ${c.provider.wsconnected}, synced ${c.provider.synced}, close codes [${c.closeCodes.join(', ')}])`,
        ...relays.map((r) => `relay ${r.url} said:\n${r.output()}`),
      ].join('\n'),
    60_000,
  );

describe.skipIf(skipped !== null)(`relay scale-out (Postgres + Redis)${skipped ? `: skipped, ${skipped}` : ''}`, () => {
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await cleanupRelays();
    await Promise.all(proxies.map((p) => p.close()));
    await cluster.cleanup();
  });

  it('clients on two instances converge and share presence; one that moves to the other instance loses nothing', async () => {
    const env = { CONCORD_RELAY_TOKEN_RECHECK_MS: '200' };
    const [a, b] = await Promise.all([cluster.spawn({ env }), cluster.spawn({ env })]);
    const room = `${WS}/doc-converge`;
    const token = cluster.token(WS);
    const [onA, onB] = [client(a.url, room, token), client(b.url, room, token)];
    await Promise.all([waitSynced(onA), waitSynced(onB)]);
    await Promise.all([type(onA, 300, 'a'), type(onB, 300, 'b')]);
    await waitFor(() => converged([onA.doc, onB.doc]), 'clients on different instances converge');
    await Promise.all([allAcked(onA), allAcked(onB)]);

    onA.provider.awareness.setLocalStateField('user', { name: 'A' });
    await waitFor(
      () => onB.provider.awareness.getStates().get(onA.doc.clientID)?.user?.name === 'A',
      'presence crosses instances',
    );

    // The client on A goes offline, keeps writing, and comes back through B.
    onA.provider.disconnect();
    await type(onA, 200, 'o');
    onA.destroy();
    const moved = client(b.url, room, token, { ack: true, doc: onA.doc });
    await waitSynced(moved);
    await waitFor(() => converged([moved.doc, onB.doc]), 'the moved client and B converge');
    await allAcked(moved);
    expect((await cluster.stored(room)).doc.getText('t').toString()).toBe(onB.doc.getText('t').toString());
    expect(await metric(b.httpUrl, 'concord_relay_updates_total{source="remote"}')).toBeGreaterThan(0);

    // Tokens and revocations live in Postgres: the CLI issues and revokes for every instance.
    const cliEnv = { CONCORD_RELAY_SIGNING_KEY: cluster.keyHex };
    const schemaArgs = ['--database', DATABASE_URL, '--database-schema', cluster.schema];
    const invite = await runCli(
      ['invite', ...schemaArgs, '--workspace', WS, '--role', 'editor', '--name', 'Temp'],
      cliEnv,
    );
    expect(invite.code).toBe(0);
    const issued = invite.stdout.trim().split('\n').at(-1)!;
    const [viaA, viaB] = [client(a.url, room, issued), client(b.url, room, issued)];
    await Promise.all([waitSynced(viaA), waitSynced(viaB)]);
    const id = JSON.parse(Buffer.from(issued.split('.')[0]!, 'base64url').toString()).id as string;
    expect((await runCli(['tokens', ...schemaArgs], cliEnv)).stdout).toContain(id);
    expect((await runCli(['revoke', ...schemaArgs, id], cliEnv)).code).toBe(0);
    await waitFor(
      () => viaA.closeCodes.includes(4401) && viaB.closeCodes.includes(4401),
      'both instances close the revoked token',
    );
    const exits = await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
    expect(a.output() + b.output()).not.toMatch(/rror/);
  });

  it('an instance killed in a burst of edits loses nothing it acknowledged; its clients move to the survivor', async () => {
    const [a, b] = await Promise.all([cluster.spawn(), cluster.spawn()]);
    const balancer = await startTcpProxy([a, b].map((r) => ({ host: '127.0.0.1', port: r.port })));
    proxies.push(balancer);
    const lb = `ws://127.0.0.1:${balancer.port}`;
    const room = `${WS}/doc-sigkill`;
    const token = cluster.token(WS);
    const writer = client(lb, room, token); // round robin: the first connection goes to A
    await waitSynced(writer);
    const other = client(lb, room, token); // and the second to B
    await waitSynced(other);
    while (acked(writer) < 300) await Promise.all([type(writer, 50, 'w'), type(other, 5, 'x')]);

    balancer.hold(); // nobody reconnects until the stored state has been read
    const killed = a.stop('SIGKILL');
    await type(writer, 200, 'k');
    expect((await killed).signal).toBe('SIGKILL');
    const claimed = acked(writer);
    const stored = await cluster.stored(room);
    expect(Y.getState(stored.doc.store, writer.doc.clientID)).toBeGreaterThanOrEqual(claimed);

    balancer.restore();
    await Promise.all([allAcked(writer, [a, b]), allAcked(other, [a, b])]);
    await waitFor(() => converged([writer.doc, other.doc]), 'both clients, now on B, converge');
    const reader = client(b.url, room, token, {});
    await waitSynced(reader);
    await waitFor(() => converged([reader.doc, writer.doc]), 'a fresh reader on B has everything');
  });

  it('Postgres unavailable: the relay stops acknowledging and says so, keeps live edits flowing, then catches up', async () => {
    const pgProxy = await startTcpProxy([targetOf(DATABASE_URL, 5432)]);
    proxies.push(pgProxy);
    const relay: RelayHandle = await cluster.spawn({ database: throughProxy(DATABASE_URL, pgProxy) });
    const room = `${WS}/doc-pgdown`;
    const token = cluster.token(WS);
    const [writer, peer] = [client(relay.url, room, token), client(relay.url, room, token)];
    await Promise.all([waitSynced(writer), waitSynced(peer)]);
    writer.doc.getText('t').insert(0, 'before. ');
    await allAcked(writer);

    pgProxy.cut();
    await type(writer, 50, 'p');
    await waitFor(
      () => peer.doc.getText('t').toString() === writer.doc.getText('t').toString(),
      'live edits still reach the other client',
    );
    await waitFor(async () => (await health(relay.httpUrl)).status === 'degraded', 'health reports the outage');
    const during = await health(relay.httpUrl);
    expect(during).toMatchObject({ httpStatus: 503, storage: { kind: 'postgres', ok: false } });
    // /healthz is public: no raw database error text.
    expect(during.storage?.detail).toMatch(/^(database unreachable|writes failing since \S+)$/);
    expect(during.pendingWrites).toBeGreaterThan(0);
    expect(pendingLocalChanges(writer.doc, writer.acked)).toBeGreaterThan(0); // the app shows "N changes waiting"

    pgProxy.restore();
    await allAcked(writer);
    await waitFor(async () => (await health(relay.httpUrl)).status === 'ok', 'health recovers');
    expect((await cluster.stored(room)).doc.getText('t').toString()).toBe(writer.doc.getText('t').toString());
  });

  it('compactions racing on both instances leave a log whose merge is every update', async () => {
    const args = ['--compact-every', '10'];
    const env = { CONCORD_RELAY_IDLE_UNLOAD_MS: '50' };
    const [a, b] = await Promise.all([cluster.spawn({ args, env }), cluster.spawn({ args, env })]);
    const room = `${WS}/doc-compact`;
    const token = cluster.token(WS);
    const [onA, onB] = [client(a.url, room, token), client(b.url, room, token)];
    await Promise.all([waitSynced(onA), waitSynced(onB)]);
    await Promise.all([type(onA, 400, 'a'), type(onB, 400, 'b')]);
    await waitFor(() => converged([onA.doc, onB.doc]), 'converged');
    await Promise.all([allAcked(onA), allAcked(onB)]);
    onA.destroy();
    onB.destroy();
    // Both instances unload the document at about the same time, each compacting on the way out.
    await waitFor(
      async () => (await health(a.httpUrl)).rooms === 0 && (await health(b.httpUrl)).rooms === 0,
      'both unloaded',
    );
    const stored = await cluster.stored(room);
    expect(stored.rows).toBe(1);
    expect(stored.doc.getText('t').toString()).toBe(onA.doc.getText('t').toString());
    expect(Y.encodeStateVector(stored.doc)).toEqual(Y.encodeStateVector(onA.doc));
  });
});

describe.skipIf(skipped !== null || !hasRedisServer())(
  `relay scale-out, Redis restart${skipped ? `: skipped, ${skipped}` : !hasRedisServer() ? ': skipped, no redis-server binary' : ''}`,
  () => {
    const cluster2 = newCluster();
    let redis: PrivateRedis | null = null;
    afterAll(async () => {
      for (const c of clients) c.destroy();
      await cleanupRelays();
      await redis?.kill();
      await cluster2.cleanup();
    });

    it('Redis restarted (losing its streams) mid-session: instances resume fan-out and lose no update', async () => {
      redis = await startPrivateRedis(await freePort());
      const [a, b] = await Promise.all([cluster2.spawn({ redis: redis.url }), cluster2.spawn({ redis: redis.url })]);
      const room = `${WS}/doc-redis`;
      const token = cluster2.token(WS);
      const [onA, onB] = [client(a.url, room, token), client(b.url, room, token)];
      await Promise.all([waitSynced(onA), waitSynced(onB)]);
      await Promise.all([type(onA, 100, 'a'), type(onB, 100, 'b')]);
      await waitFor(() => converged([onA.doc, onB.doc]), 'converged before the restart');

      await redis.kill();
      // Postgres is up: edits are still stored and acknowledged, only the fan-out waits.
      await Promise.all([type(onA, 100, 'c'), type(onB, 100, 'd')]);
      await Promise.all([allAcked(onA), allAcked(onB)]);
      await waitFor(async () => (await health(a.httpUrl)).fanout?.ok === false, 'health reports the fan-out down');
      expect(converged([onA.doc, onB.doc])).toBe(false);

      await redis.start();
      await waitFor(() => converged([onA.doc, onB.doc]), 'converged after Redis is back', 60_000);
      await waitFor(
        async () => (await health(a.httpUrl)).status === 'ok' && (await health(b.httpUrl)).status === 'ok',
        'health recovers',
      );
      expect(await metric(b.httpUrl, 'concord_relay_fanout_reloads_total')).toBeGreaterThan(0);
      // Live fan-out works again (not only the reload).
      onA.doc.getText('t').insert(0, 'after the restart. ');
      await waitFor(
        () => onB.doc.getText('t').toString().startsWith('after the restart. '),
        'live edits cross instances again',
      );
      expect((await cluster2.stored(room)).doc.getText('t').toString()).toBe(onA.doc.getText('t').toString());
    });
  },
);
