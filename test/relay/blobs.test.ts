import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { cleanupRelays, REPO_ROOT, spawnRelay } from './support/relayProcess.ts';
import { BLOB_OPTIONS } from '../../server/relay/blobs/blobOptions.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { runCli, signWithRelayKey } from './support/cli.ts';
import { newCluster, servicesMissing } from './support/services.ts';
import { decodeTokenPayload, type Role } from '../../shared/protocol/tokenPayload.ts';
import { apiPath } from '../../shared/protocol/membersApi.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { bombPng, makePng, noisePng } from '../fixtures/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { openBlob, sealBlob } from '../../shared/sealed/sealedBlob.ts';

const WS = 'ws-blob-tests';
const LIMITS = ['--max-blob', '64KiB', '--max-workspace-blobs', '160KiB'];

/** A relay under test and how to make its tokens. */
interface Target {
  relay: RelayHandle;
  token(ws: string, role?: Role): string;
}

function request(
  t: Target,
  method: string,
  hash: string,
  init: { token?: string | null; body?: Uint8Array; ws?: string; origin?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  const token = init.token === undefined ? t.token(WS) : init.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.origin) headers.origin = init.origin;
  return fetch(`${t.relay.httpUrl}/blobs/${init.ws ?? WS}/${hash}`, {
    method,
    headers,
    body: init.body as Uint8Array<ArrayBuffer> | undefined,
  });
}

async function named(bytes: Uint8Array): Promise<{ bytes: Uint8Array; hash: string }> {
  return { bytes, hash: await sha256Hex(bytes) };
}

/** The blob endpoint's behaviour, run against a relay on SQLite and (when configured) on Postgres. */
function blobEndpointSuite(start: () => Promise<Target>) {
  let t: Target;
  beforeAll(async () => {
    t = await start();
  });

  it('stores an editor’s image once and serves it to every role as an opaque download', async () => {
    const png = await named(makePng(40, 30));
    const put = await request(t, 'PUT', png.hash, { body: png.bytes });
    expect(put.status).toBe(201);
    expect((await request(t, 'PUT', png.hash, { body: png.bytes })).status).toBe(200);
    for (const role of ['viewer', 'commenter', 'editor'] as const) {
      const got = await request(t, 'GET', png.hash, { token: t.token(WS, role) });
      expect(got.status, role).toBe(200);
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(png.bytes);
      expect(got.headers.get('content-type')).toBe('application/octet-stream');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-security-policy')).toContain('sandbox');
    }
    const head = await request(t, 'HEAD', png.hash, { token: t.token(WS, 'viewer') });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(png.bytes.length)]);
  });

  it('refuses uploads from viewers and commenters, and stores nothing', async () => {
    const jpeg = await named(imageFixture('photo.jpg'));
    for (const role of ['viewer', 'commenter'] as const) {
      const put = await request(t, 'PUT', jpeg.hash, { token: t.token(WS, role), body: jpeg.bytes });
      expect(put.status, role).toBe(403);
      expect(await put.text()).toContain(`a ${role} cannot add images`);
    }
    expect((await request(t, 'HEAD', jpeg.hash)).status).toBe(404);
  });

  it('follows the member’s current role: an owner uploads, an editor made a viewer no longer does', async () => {
    const ws = 'ws-blob-roles';
    const owner = t.token(ws, 'owner');
    const editor = t.token(ws, 'editor');
    const first = await named(makePng(10, 11));
    expect((await request(t, 'PUT', first.hash, { token: owner, ws, body: first.bytes })).status).toBe(201);
    const second = await named(makePng(11, 10));
    expect((await request(t, 'PUT', second.hash, { token: editor, ws, body: second.bytes })).status).toBe(201);
    // The owner makes the editor a viewer from the app (the sharing API): the token still says editor.
    const member = decodeTokenPayload(editor)!.id;
    const changed = await fetch(`${t.relay.httpUrl}${apiPath(ws, 'members', member)}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect(changed.status).toBe(200);
    const third = await named(makePng(12, 10));
    const put = await request(t, 'PUT', third.hash, { token: editor, ws, body: third.bytes });
    expect(put.status).toBe(403);
    expect(await put.text()).toContain('a viewer cannot add images');
    expect((await request(t, 'HEAD', third.hash, { token: owner, ws })).status).toBe(404);
  });

  it('refuses a missing or forged token, and a token of another workspace', async () => {
    const png = await named(makePng(8, 8));
    expect((await request(t, 'PUT', png.hash, { token: null, body: png.bytes })).status).toBe(401);
    expect((await request(t, 'GET', png.hash, { token: null })).status).toBe(401);
    const forged = t.token(WS).slice(0, -4) + 'AAAA';
    expect((await request(t, 'GET', png.hash, { token: forged })).status).toBe(401);
    await request(t, 'PUT', png.hash, { body: png.bytes });
    // A member of another workspace can neither read this one's images nor find them under its own.
    const other = t.token('ws-other-coalition');
    expect((await request(t, 'GET', png.hash, { token: other })).status).toBe(403);
    expect((await request(t, 'GET', png.hash, { token: other, ws: 'ws-other-coalition' })).status).toBe(404);
  });

  it('refuses bytes that do not match their name, files that are not images, and image bombs', async () => {
    const png = await named(makePng(12, 12));
    const wrong = await request(t, 'PUT', 'f'.repeat(64), { body: png.bytes });
    expect(wrong.status).toBe(422);
    expect((await request(t, 'HEAD', 'f'.repeat(64))).status).toBe(404);
    const text = await named(new TextEncoder().encode('<html><script>alert(1)</script></html>'));
    expect((await request(t, 'PUT', text.hash, { body: text.bytes })).status).toBe(415);
    const bomb = await named(bombPng());
    expect((await request(t, 'PUT', bomb.hash, { body: bomb.bytes })).status).toBe(415);
  });

  it('refuses an image over --max-blob before reading it, and a workspace over --max-workspace-blobs', async () => {
    const big = await named(noisePng(200, 200));
    expect(big.bytes.length).toBeGreaterThan(64 * 1024);
    const over = await request(t, 'PUT', big.hash, { body: big.bytes });
    expect(over.status).toBe(413);
    const ws = 'ws-blob-quota';
    const token = t.token(ws);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const img = await named(noisePng(130, 100, i + 1));
      expect(img.bytes.length).toBeGreaterThan(40 * 1024);
      expect(img.bytes.length).toBeLessThan(64 * 1024);
      statuses.push((await request(t, 'PUT', img.hash, { token, ws, body: img.bytes })).status);
    }
    // 160 KiB hold three of these; the rest are refused with 507, and nothing else is stored.
    expect(statuses).toEqual([201, 201, 201, 507, 507, 507]);
  });

  it('keeps a private workspace’s sealed images apart, written once, checking only their record header', async () => {
    const ring = new KeyRing(WS, [newEpochKey(0)]);
    const jpeg = await named(imageFixture('photo.jpg'));
    const { address, record } = sealBlob(ring, jpeg.hash, jpeg.bytes);
    const sealed = `sealed/${address}`;
    expect((await request(t, 'PUT', sealed, { token: t.token(WS, 'commenter'), body: record })).status).toBe(403);
    expect((await request(t, 'PUT', sealed, { body: record })).status).toBe(201);
    // Another upload to the address (the same image sealed again, or anything else) changes nothing.
    expect((await request(t, 'PUT', sealed, { body: sealBlob(ring, jpeg.hash, jpeg.bytes).record })).status).toBe(200);
    const got = await request(t, 'GET', sealed, { token: t.token(WS, 'viewer') });
    expect(openBlob(ring, jpeg.hash, new Uint8Array(await got.arrayBuffer()))).toEqual(jpeg.bytes);
    // The address is not a name under which the relay keeps ordinary images, nor the reverse.
    expect((await request(t, 'HEAD', address)).status).toBe(404);
    expect((await request(t, 'HEAD', `sealed/${jpeg.hash}`)).status).toBe(404);
    // What is not a sealed blob record is refused: a plain image, another kind of record.
    const plain = await request(t, 'PUT', `sealed/${'a'.repeat(64)}`, { body: jpeg.bytes });
    expect(plain.status).toBe(415);
    const update = sealBlob(ring, jpeg.hash, jpeg.bytes).record.slice();
    update[1] = 1;
    expect((await request(t, 'PUT', `sealed/${'b'.repeat(64)}`, { body: update })).status).toBe(415);
    expect((await request(t, 'GET', `sealed/${address}/x`)).status).toBe(404);
  });

  it('answers pages of allowed origins with CORS, and refuses other pages', async () => {
    const png = await named(makePng(9, 9));
    await request(t, 'PUT', png.hash, { body: png.bytes });
    const foreign = await request(t, 'GET', png.hash, { origin: 'https://evil.example.org' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const desktop = await request(t, 'GET', png.hash, { origin: 'app://concord' });
    expect(desktop.status).toBe(200);
    expect(desktop.headers.get('access-control-allow-origin')).toBe('app://concord');
    const preflight = await fetch(`${t.relay.httpUrl}/blobs/${WS}/${png.hash}`, {
      method: 'OPTIONS',
      headers: { origin: 'app://concord', 'access-control-request-method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });
}

describe('relay image blobs on SQLite', () => {
  let relay: RelayHandle;
  blobEndpointSuite(async () => {
    relay = await spawnRelay({ args: LIMITS });
    return { relay, token: (ws, role = 'editor') => signWithRelayKey(relay.dataDir, { ws, role }) };
  });
  afterAll(() => cleanupRelays());

  it('keeps images in blobs.db across a restart, one row per image however often it is uploaded', async () => {
    const jpeg = await named(imageFixture('photo.jpg'));
    const token = signWithRelayKey(relay.dataDir, { ws: WS });
    const t = { relay, token: () => token };
    expect((await request(t, 'PUT', jpeg.hash, { body: jpeg.bytes })).status).toBe(201);
    expect((await request(t, 'PUT', jpeg.hash, { body: jpeg.bytes })).status).toBe(200);
    await relay.stop('SIGKILL');
    const again = await spawnRelay({ dataDir: relay.dataDir, args: LIMITS });
    const got = await request({ relay: again, token: () => token }, 'GET', jpeg.hash);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(jpeg.bytes);
    await again.stop();
    const db = new Database(path.join(relay.dataDir, 'blobs.db'), { readonly: true });
    const rows = db.prepare('SELECT COUNT(*) AS n FROM blobs WHERE hash = ?').get(jpeg.hash) as { n: number };
    db.close();
    expect(rows.n).toBe(1);
  });

  it('lists the blob limits in docs/relay.md with their environment variables and defaults, and in --help', async () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs/relay.md'), 'utf8');
    const images = doc.slice(doc.indexOf('### Images'), doc.indexOf('### Acknowledgements'));
    const help = await runCli(['relay', '--help']);
    for (const spec of BLOB_OPTIONS) {
      expect(images, spec.flag).toMatch(
        new RegExp(`\\| \`--${spec.flag}\` +\\| \`${spec.env}\` +\\| \`${spec.default}\` +\\|`),
      );
      expect(help.stdout + help.stderr).toContain(`--${spec.flag}`);
    }
  });
});

const missing = servicesMissing(false);
describe.skipIf(missing !== null)(`relay image blobs on Postgres${missing ? `: skipped, ${missing}` : ''}`, () => {
  const cluster = newCluster();
  blobEndpointSuite(async () => ({ relay: await cluster.spawn({ args: LIMITS, redis: null }), token: cluster.token }));
  afterAll(async () => {
    await cleanupRelays();
    await cluster.cleanup();
  });
});
