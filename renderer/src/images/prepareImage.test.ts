import { describe, expect, it } from 'vitest';
import photoUrl from '../../../test/fixtures/images/photo.jpg?url';
import webpUrl from '../../../test/fixtures/images/logo.webp?url';
import gifUrl from '../../../test/fixtures/images/chart.gif?url';
import { bombPng, corruptPng, HOSTILE_SVG, makePng } from '../../../test/fixtures/images.ts';
import { readImageHeader } from '../../../shared/images/imageFormat.ts';
import { imageLimitsFor } from '../../../shared/images/imageLimits.ts';
import { ImageRefused, prepareImage } from './prepareImage.ts';

const load = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

async function refusal(bytes: Uint8Array, limits = imageLimitsFor(20)): Promise<string> {
  try {
    await prepareImage(bytes, limits);
  } catch (err) {
    if (err instanceof ImageRefused) return err.refusal.kind;
    throw err;
  }
  return 'accepted';
}

describe('preparing an image', () => {
  it('keeps PNG, JPEG and GIF byte for byte, with their pixel size', async () => {
    for (const [bytes, type, width, height] of [
      [makePng(64, 48), 'png', 64, 48],
      [await load(photoUrl), 'jpeg', 640, 427],
      [await load(gifUrl), 'gif', 90, 60],
    ] as const) {
      const image = await prepareImage(bytes);
      expect(image).toMatchObject({ type, width, height });
      expect(image.bytes).toEqual(bytes);
      expect(image.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('re-encodes WebP as PNG (Word cannot show WebP), keeping every pixel', async () => {
    const image = await prepareImage(await load(webpUrl));
    expect(image).toMatchObject({ type: 'png', width: 120, height: 80 });
    expect(readImageHeader(image.bytes)).toMatchObject({ header: { type: 'png', width: 120, height: 80 } });
  });

  it('rasterises SVG to PNG at twice its size; its script, handler and remote image never run or load', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const alerted: unknown[] = [];
    const original = window.alert;
    window.alert = (message?: unknown) => void alerted.push(message);
    try {
      const image = await prepareImage(new TextEncoder().encode(HOSTILE_SVG));
      expect(image).toMatchObject({ type: 'png', width: 400, height: 200 });
      const bitmap = await createImageBitmap(new Blob([image.bytes.slice()], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(400, 200);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      // The circle's colour at the centre, the rectangle's at a corner: the drawing is kept.
      expect([...g.getImageData(200, 100, 1, 1).data]).toEqual([0xf4, 0xa2, 0x61, 255]);
      expect([...g.getImageData(5, 5, 1, 1).data]).toEqual([0x2a, 0x6f, 0x97, 255]);
    } finally {
      window.alert = original;
      observer.disconnect();
    }
    expect(alerted).toEqual([]);
    expect(requests.filter((r) => r.includes('tracker.example.org'))).toEqual([]);
  });

  it('refuses image bombs from their header, corrupt files when decoding, oversize files and other files', async () => {
    expect(await refusal(bombPng())).toBe('too-many-pixels');
    expect(await refusal(corruptPng())).toBe('damaged');
    expect(await refusal(makePng(400, 400), { ...imageLimitsFor(20), maxBytes: 100 })).toBe('too-large');
    expect(await refusal(new TextEncoder().encode('GIF89a'))).toBe('damaged');
    expect(await refusal(new TextEncoder().encode('just text'))).toBe('unsupported');
  });
});
