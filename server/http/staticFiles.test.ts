import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFiles } from './staticFiles.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/csp.ts';

let dir: string;
let outside: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-static-'));
  // A file beside the build folder, and one in a folder whose name starts like it, that no path may reach.
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'TOP-SECRET beside the build');
  fs.mkdirSync(path.join(outside, 'web-other'));
  fs.writeFileSync(path.join(outside, 'web-other/secret.txt'), 'TOP-SECRET in a sibling folder');
  dir = path.join(outside, 'web');
  fs.mkdirSync(dir);
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Concord</title>');
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"Concord"}');
  fs.writeFileSync(path.join(dir, 'assets/index-abc123.js'), 'export {};');
  const files = staticFiles(dir);
  server = http.createServer((req, res) => void (files.handle(req, res) || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('staticFiles', () => {
  it('serves the service worker as a script from the root (its scope), revalidated so updates are found', async () => {
    const res = await fetch(`${base}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('service-worker-allowed')).toBeNull();
  });

  it('serves the manifest with its type and revalidates it; hashed assets may be cached', async () => {
    const manifest = await fetch(`${base}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await fetch(`${base}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Concord</title>');
  });

  it('answers unknown paths with the app page and never escapes the build folder', async () => {
    expect(await (await fetch(`${base}/some/route`)).text()).toContain('<title>Concord</title>');
    const escaped = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await escaped.text()).not.toContain('root:');
  });

  describe('refuses traversal in every encoding', () => {
    const APP_PAGE = '<!doctype html><title>Concord</title>';
    /** Refused (400 or 404) or answered with the app page, as any unknown path: never a file outside. */
    const expectConfined = (status: number, body: string, what: string) => {
      expect(body, what).not.toContain('TOP-SECRET');
      if (status === 400 || status === 404) return;
      expect(status, what).toBe(200);
      // (Over a raw socket, the page comes in chunks: its size before it.)
      expect(body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, ''), what).toBe(APP_PAGE);
    };

    it.each([
      '/..%2fsecret.txt',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..%252fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/..\\secret.txt',
      '/..;/secret.txt',
      '/..%3b/secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/%c0%ae%c0%ae%c0%afsecret.txt',
      '/%e0%80%ae%e0%80%ae/secret.txt',
      '/..%2fweb-other%2fsecret.txt',
      '/%2fsecret.txt',
      '/..%00/secret.txt',
    ])('%s', async (p) => {
      const res = await fetch(`${base}${p}`);
      expectConfined(res.status, await res.text(), p);
    });

    /** Sends `target` as the request line's path over a raw socket (fetch would normalise it). */
    const raw = (target: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
        let text = '';
        socket.on('data', (d) => (text += d.toString('latin1')));
        socket.on('end', () => {
          const split = text.indexOf('\r\n\r\n');
          resolve({ status: Number(text.split(' ')[1]), body: text.slice(split + 4) });
        });
        socket.on('error', reject);
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      });

    it.each([
      '/../secret.txt',
      '/../../secret.txt',
      '/assets/../../secret.txt',
      '/..\\secret.txt',
      '/./../web-other/secret.txt',
      '../secret.txt',
      '//../secret.txt',
      'http://127.0.0.1/../secret.txt',
    ])('raw request line %s', async (target) => {
      const { status, body } = await raw(target);
      expectConfined(status, body, target);
    });
  });
});
