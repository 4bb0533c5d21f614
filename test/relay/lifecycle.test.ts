import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay, tempDataDir } from './support/relayProcess.ts';
import { runCli, signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { waitFor } from './support/wait.ts';
import { readStoredRoom } from './support/storage.ts';
import { parseInvite } from '../../shared/protocol/invite.ts';

const WS = 'ws-lifecycle';
const clients: SyncClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

async function health(httpUrl: string): Promise<{ status: string; rooms: number; connections: number }> {
  const res = await fetch(`${httpUrl}/healthz`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json');
  return (await res.json()) as { status: string; rooms: number; connections: number };
}

describe('relay lifecycle', () => {
  it('answers /healthz, serves the web build, unloads idle documents and compacts their log', async () => {
    const web = tempDataDir('concord-web-');
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Concord web</title>');
    const relay = await spawnRelay({
      args: ['--web', web],
      env: { CONCORD_RELAY_IDLE_UNLOAD_MS: '100', CONCORD_RELAY_COMPACT_EVERY: '20' },
    });
    expect(await health(relay.httpUrl)).toMatchObject({ status: 'ok', rooms: 0, connections: 0 });
    const page = await fetch(`${relay.httpUrl}/`);
    expect(await page.text()).toContain('Concord web');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");

    const room = `${WS}/doc-idle01`;
    const token = signWithRelayKey(relay.dataDir, { ws: WS });
    const writer = connectClient(relay.url, room, token, { ack: true });
    clients.push(writer);
    await waitSynced(writer);
    for (let i = 0; i < 100; i++) writer.doc.getText('t').insert(i, `${i % 10}`);
    const me = writer.doc.clientID;
    await waitFor(() => writer.acked.get(me) === Y.getState(writer.doc.store, me), 'all acknowledged');
    expect(await health(relay.httpUrl)).toMatchObject({ rooms: 1, connections: 1 });
    writer.destroy();
    await waitFor(async () => (await health(relay.httpUrl)).rooms === 0, 'idle document unloaded');
    // The room leaves the count when it starts unloading; its log is merged just after (slower under load).
    await waitFor(async () => (await readStoredRoom(relay.dataDir, room)).rows === 1, 'log merged into one row');
    const stored = await readStoredRoom(relay.dataDir, room);
    expect(stored.doc.getText('t').toString()).toBe(writer.doc.getText('t').toString());

    const reader = connectClient(relay.url, room, token);
    clients.push(reader);
    await waitSynced(reader);
    await waitFor(() => converged([reader.doc, writer.doc]), 'reloaded document is complete');
  });

  it('serves no web build when there is none, and explains itself at /', async () => {
    const relay = await spawnRelay({ args: ['--web', tempDataDir('concord-noweb-')] });
    const res = await fetch(`${relay.httpUrl}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Concord relay');
    expect((await fetch(`${relay.httpUrl}/nothing-here`)).status).toBe(404);
  });
});

describe('concord invite / tokens / relay --help', () => {
  it('prints links for the desktop app and the browser, and the bare token last', async () => {
    const dataDir = tempDataDir();
    const result = await runCli([
      'invite',
      '--data',
      dataDir,
      '--workspace',
      WS,
      '--role',
      'viewer',
      '--expires',
      '2d',
      '--name',
      'Observer, IOM',
      '--relay',
      'wss://relay.example.org/',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const token = lines.at(-1)!;
    const desktop = lines.find((l) => l.includes('concord://join?'))!.replace(/^.*?(concord:\/\/)/, '$1');
    const browser = lines.find((l) => l.includes('#join='))!.replace(/^.*?(https:\/\/)/, '$1');
    expect(parseInvite(desktop)).toMatchObject({
      relay: 'wss://relay.example.org',
      token,
      payload: { ws: WS, role: 'viewer', name: 'Observer, IOM' },
    });
    expect(browser).toBe(`https://relay.example.org/#join=${token}`);
    const payload = parseInvite(token)!.payload!;
    expect(payload.exp - payload.iat).toBe(2 * 86400);
    expect(fs.statSync(path.join(dataDir, 'signing.key')).mode & 0o777).toBe(0o600);

    const listed = await runCli(['tokens', '--data', dataDir]);
    expect(listed.stdout).toMatch(/^ID\s+WORKSPACE\s+ROLE\s+NAME\s+EXPIRES \(UTC\)\s+REVOKED$/m);
    expect(listed.stdout).toMatch(
      new RegExp(`^${payload.id}\\s+${WS}\\s+viewer\\s+Observer, IOM\\s+\\S+ \\S+\\s+no$`, 'm'),
    );

    const revoked = await runCli(['revoke', '--data', dataDir, token]);
    expect(revoked.stdout).toContain(`Revoked token ${payload.id}`);
    const after = await runCli(['tokens', '--data', dataDir]);
    expect(after.stdout).toMatch(new RegExp(`^${payload.id}\\s.*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$`, 'm'));
    expect((await runCli(['revoke', '--data', dataDir, 'no-such-token'])).code).not.toBe(0);
    expect((await runCli(['invite', '--data', dataDir, '--workspace', WS, '--role', 'admin'])).code).not.toBe(0);
    const help = await runCli(['relay', '--help']);
    for (const flag of ['--host', '--port', '--data', '--max-frame', '--max-rate', 'CONCORD_RELAY_PORT'])
      expect(help.stdout).toContain(flag);
  });
});
