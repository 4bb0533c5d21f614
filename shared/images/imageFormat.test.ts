import { describe, expect, it } from 'vitest';
import { readImageHeader } from './imageFormat.ts';
import { checkImageBytes, imageLimitsFor } from './imageLimits.ts';
import { bombPng, HOSTILE_SVG, makePng } from '../../test/fixtures/images.ts';
import { imageFixture } from '../../test/fixtures/imageFiles.ts';

const svg = (text: string) => new TextEncoder().encode(text);

describe('image headers', () => {
  it('reads format and size of PNG, JPEG, GIF and WebP from their first bytes', () => {
    expect(readImageHeader(makePng(321, 123))).toEqual({ ok: true, header: { type: 'png', width: 321, height: 123 } });
    expect(readImageHeader(imageFixture('photo.jpg'))).toEqual({
      ok: true,
      header: { type: 'jpeg', width: 640, height: 427 },
    });
    expect(readImageHeader(imageFixture('chart.gif'))).toEqual({
      ok: true,
      header: { type: 'gif', width: 90, height: 60 },
    });
    expect(readImageHeader(imageFixture('logo.webp'))).toEqual({
      ok: true,
      header: { type: 'webp', width: 120, height: 80 },
    });
  });

  it('reads an SVG size from width and height, or its viewBox', () => {
    expect(readImageHeader(svg(HOSTILE_SVG))).toMatchObject({ header: { type: 'svg', width: 200, height: 100 } });
    expect(readImageHeader(svg('<svg viewBox="0 0 40 30"></svg>'))).toMatchObject({
      header: { width: 40, height: 30 },
    });
    expect(readImageHeader(svg('<!-- x --><svg width="2in" viewBox="0 0 4 1"/>'))).toMatchObject({
      header: { width: 192, height: 48 },
    });
  });

  it('tells an unknown format from a damaged header', () => {
    expect(readImageHeader(new TextEncoder().encode('hello'))).toEqual({ ok: false, reason: 'unknown' });
    expect(readImageHeader(makePng(10, 10).subarray(0, 20))).toEqual({ ok: false, reason: 'damaged' });
    const jpeg = imageFixture('photo.jpg');
    expect(readImageHeader(jpeg.subarray(0, 40))).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('image limits', () => {
  it('refuses a 50,000 x 50,000 PNG of a few kilobytes from its header', () => {
    const bomb = bombPng();
    expect(bomb.length).toBeLessThan(4096);
    expect(checkImageBytes(bomb)).toEqual({
      ok: false,
      refusal: { kind: 'too-many-pixels', width: 50_000, height: 50_000 },
    });
    // Within each side's limit, but too many pixels in all.
    expect(checkImageBytes(bombPng(9000))).toMatchObject({ ok: false, refusal: { kind: 'too-many-pixels' } });
  });

  it('refuses files over the size limit, which is configurable', () => {
    const png = makePng(600, 600, (x, y) => [(x * y) % 256, (x ^ y) % 256, (x + y) % 256, 255]);
    expect(checkImageBytes(png, { ...imageLimitsFor(20), maxBytes: 1000 })).toMatchObject({
      ok: false,
      refusal: { kind: 'too-large', maxBytes: 1000 },
    });
    expect(checkImageBytes(png, imageLimitsFor(1)).ok).toBe(png.length <= 1024 * 1024);
    expect(imageLimitsFor(undefined).maxBytes).toBe(20 * 1024 * 1024);
    expect(imageLimitsFor(500).maxBytes).toBe(100 * 1024 * 1024);
  });

  it('refuses what is not an image, and empty files', () => {
    expect(checkImageBytes(new TextEncoder().encode('%PDF-1.7'))).toEqual({
      ok: false,
      refusal: { kind: 'unsupported' },
    });
    expect(checkImageBytes(new Uint8Array(0))).toEqual({ ok: false, refusal: { kind: 'damaged' } });
  });
});
