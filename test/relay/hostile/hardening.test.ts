import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { cleanupRelays, spawnRelay, tempDataDir } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { roomUrl } from '../support/clients.ts';

const WS = 'ws-hardening';
let relay: RelayHandle;
let token: string;
let web: string;

beforeAll(async () => {
  web = tempDataDir('concord-web-');
  fs.mkdirSync(path.join(web, 'assets'));
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Concord web</title>');
  fs.writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map');
  fs.writeFileSync(path.join(web, 'assets', 'app.js.map'), '{"sources":["secret.ts"]}');
  relay = await spawnRelay({
    dataDir: path.join(tempDataDir(), 'fresh-data'),
    args: ['--web', web, '--allowed-origins', 'https://members.example.org'],
  });
  token = signWithRelayKey(relay.dataDir, { ws: WS });
});
afterAll(() => cleanupRelays());

/** Opens a WebSocket with `origin` (none when undefined) and resolves with how it went: 'open' or the close code. */
function connectFrom(origin: string | undefined): Promise<'open' | number> {
  const ws = new WebSocket(roomUrl(relay.url, `${WS}/doc-origin`, { token }), origin ? { origin } : {});
  return new Promise((resolve) => {
    ws.on('error', () => undefined);
    ws.on('message', () => {
      resolve('open');
      ws.close();
    });
    ws.on('close', (code) => resolve(code));
  });
}

describe('hardening', () => {
  it('lets in its own pages, the desktop app, listed origins and non-browser clients; refuses other pages', async () => {
    expect(await connectFrom(undefined)).toBe('open');
    expect(await connectFrom(relay.httpUrl)).toBe('open');
    expect(await connectFrom('app://concord')).toBe('open');
    expect(await connectFrom('https://members.example.org')).toBe('open');
    expect(await connectFrom('https://evil.example')).toBe(4403);
    expect(await connectFrom('null')).toBe(4403);
    expect(relay.output()).toMatch(/refused 127\.0\.0\.1: 4403 .*origin not allowed/);
  });

  it('serves no /metrics unless enabled, and only with its token when one is set', async () => {
    expect((await fetch(`${relay.httpUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${relay.httpUrl}/debug/memory`)).status).toBe(404);
    const guarded = await spawnRelay({ env: { CONCORD_RELAY_METRICS_TOKEN: 'scrape-secret-123' } });
    expect((await fetch(`${guarded.httpUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${guarded.httpUrl}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${guarded.httpUrl}/metrics`, { headers: { authorization: 'Bearer scrape-secret-123' } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('concord_relay_connections');
  });

  it('serves the web build without its source maps', async () => {
    const script = await fetch(`${relay.httpUrl}/assets/app.js`);
    expect(script.status).toBe(200);
    for (const p of ['/assets/app.js.map', '/assets/APP.JS.MAP', '/assets/app.js%2Emap'])
      expect((await fetch(`${relay.httpUrl}${p}`)).status, p).toBe(404);
  });

  it('keeps its data folder private: folder 0700, database and key files 0600', async () => {
    const mode = (f: string) => fs.statSync(path.join(relay.dataDir, f)).mode & 0o777;
    expect(mode('.')).toBe(0o700);
    const files = fs.readdirSync(relay.dataDir);
    expect(files).toEqual(expect.arrayContaining(['concord.db', 'concord.db-wal', 'concord.db-shm', 'signing.key']));
    for (const f of files) expect(mode(f), f).toBe(0o600);
  });
});
