import { describe, expect, it } from 'vitest';
import { DEFAULT_RTF_LIMITS, rtfPictures } from './rtfPictures.ts';
import { wordClipboardRtf } from '../../test/fixtures/wordClipboard.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 6]);

describe('rtfPictures: the pictures Word puts in the clipboard RTF', () => {
  it('reads an inline PNG and a floating JPEG in document order, not their metafile fallbacks, theme data or ids', () => {
    const { pictures, truncated } = rtfPictures(
      wordClipboardRtf([
        { type: 'png', bytes: png, widthTwips: 900, heightTwips: 600 },
        { type: 'jpeg', bytes: jpeg, widthTwips: 1800, heightTwips: 1200, floating: true },
      ]),
    );
    expect(truncated).toBe(false);
    expect(pictures.map((p) => [p.format, p.bytes && hex(p.bytes)])).toEqual([
      ['png', hex(png)],
      ['jpeg', hex(jpeg)],
    ]);
  });

  it('says which pictures it cannot take: a metafile alone, binary data, one over the size limit (counted, not kept)', () => {
    const rtf = [
      '{\\rtf1{\\pict\\emfblip\\picw10\\pich10 0100000000aa}',
      `{\\pict\\pngblip\\bin4 \u0089PNG}`,
      `{\\pict\\pngblip ${hex(png)}}}`,
    ].join('');
    const { pictures } = rtfPictures(rtf, { ...DEFAULT_RTF_LIMITS, maxPictureBytes: 10 });
    expect(pictures.map((p) => [p.format, p.bytes, p.size])).toEqual([
      ['other', null, 6],
      ['other', null, 0],
      ['png', null, png.length],
    ]);
  });

  it('stops at its limits on huge or hostile input, and never throws', () => {
    const deep = '{'.repeat(2_000_000) + '\\pict\\pngblip 89504e47';
    const started = Date.now();
    expect(rtfPictures(deep).truncated).toBe(true);
    // 40 MB of hexadecimal in one picture: counted, only the limit kept; or cut short by the clock.
    const huge = `{\\rtf1{\\pict\\pngblip ${'ab'.repeat(20_000_000)}}}`;
    const counted = rtfPictures(huge, { ...DEFAULT_RTF_LIMITS, maxPictureBytes: 1024 }).pictures[0];
    expect([counted?.bytes, counted?.size]).toEqual([null, 20_000_000]);
    expect(rtfPictures(huge, { ...DEFAULT_RTF_LIMITS, maxMs: 0 })).toEqual({ pictures: [], truncated: true });
    expect(rtfPictures(huge, { ...DEFAULT_RTF_LIMITS, maxChars: 1000 }).truncated).toBe(true);
    // Garbage: every byte value, unbalanced groups, control words without end.
    let seed = 7;
    const noise = Array.from({ length: 3_000_000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return String.fromCharCode(seed % 256);
    }).join('');
    expect(() => rtfPictures(`}}}\\pict${noise}\\${'z'.repeat(1000)}`)).not.toThrow();
    const many = `{\\rtf1${'{\\pict\\pngblip 89}'.repeat(10_000)}}`;
    expect(rtfPictures(many).pictures).toHaveLength(DEFAULT_RTF_LIMITS.maxPictures);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
