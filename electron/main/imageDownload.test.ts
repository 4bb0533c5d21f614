import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadImage } from '../../shared/images/downloadImage.ts';
import { downloadWebImage, isPublicHost } from './imageDownload.ts';

// A real server on this computer: what a document's image link must not reach from the desktop.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const requests: string[] = [];
const server = http.createServer((req, res) => {
  requests.push(req.url ?? '');
  if (req.url === '/chart.png') return res.end(PNG);
  if (req.url === '/declared-big') {
    res.setHeader('content-length', String(10_000_000));
    return res.end();
  }
  if (req.url === '/endless') {
    const chunk = Buffer.alloc(64 * 1024);
    const write = () => {
      while (res.write(chunk));
    };
    res.on('drain', write);
    req.on('close', () => res.destroy());
    return write();
  }
  if (req.url === '/to-local') {
    res.statusCode = 302;
    res.setHeader('location', `http://127.0.0.1:${port()}/chart.png`);
    return res.end();
  }
  res.statusCode = 404;
  res.end();
});
const port = () => (server.address() as AddressInfo).port;
const local = (path: string) => `http://127.0.0.1:${port()}${path}`;
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('downloading a web image on the desktop', () => {
  it('never reaches this computer or a private network, not even through a redirect', async () => {
    requests.length = 0;
    expect(await downloadWebImage(local('/chart.png'), 1000)).toEqual({ ok: false, tooLarge: null });
    expect(await downloadWebImage(`http://localhost:${port()}/chart.png`, 1000)).toEqual({ ok: false, tooLarge: null });
    expect(requests).toEqual([]);
    // A public page redirecting to this computer: followed hop by hop, the local hop is refused.
    const publicThenLocal = (host: string) => Promise.resolve(host !== '127.0.0.1' || requests.length === 0);
    expect(await downloadImage(local('/to-local'), 1000, publicThenLocal)).toEqual({ ok: false, tooLarge: null });
    expect(requests).toEqual(['/to-local']);
  });

  it('tells public addresses from private ones', async () => {
    for (const host of [
      '127.0.0.1',
      '10.2.3.4',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '[::1]',
      'fd00::1',
      'localhost',
      'a.localhost',
      '0.0.0.0',
    ])
      expect(await isPublicHost(host), host).toBe(false);
    for (const host of ['93.184.216.34', '[2606:2800:220:1:248:1893:25c8:1946]'])
      expect(await isPublicHost(host), host).toBe(true);
  });

  it('reads at most the limit, whether the size is declared or not, and reads an image within it', async () => {
    const anywhere = () => Promise.resolve(true);
    expect(await downloadImage(local('/chart.png'), 1000, anywhere)).toEqual({ ok: true, bytes: PNG });
    expect(await downloadImage(local('/declared-big'), 1000, anywhere)).toEqual({ ok: false, tooLarge: 10_000_000 });
    const endless = await downloadImage(local('/endless'), 1_000_000, anywhere);
    expect(endless.ok).toBe(false);
    expect(!endless.ok && endless.tooLarge).toBeGreaterThan(1_000_000);
    expect(await downloadImage(local('/missing.png'), 1000, anywhere)).toEqual({ ok: false, tooLarge: null });
  });
});
