import { describe, expect, it } from 'vitest';
import { DropCounter } from '../importTypes.ts';
import { markReviewXml } from './markReviewXml.ts';
import { decodeXml } from './wordXml.ts';
import type { MarkingContext } from './markReviewXml.ts';
import { pointRange } from './pointAnchor.ts';
import { MARK } from './sentinels.ts';

const context = (ranged: string[] = []): MarkingContext => ({
  revisions: [],
  ranged: new Set(ranged),
  dropped: new DropCounter(),
});
const who = 'w:id="1" w:author="Ana" w:date="2026-05-01T10:00:00Z"';

describe('markReviewXml', () => {
  it('turns a comment reference without a range into a point marker, and leaves ranged ones', () => {
    const xml =
      '<w:p><w:r><w:t>Word</w:t></w:r><w:r><w:commentReference w:id="3"/></w:r><w:r><w:commentReference w:id="4"/></w:r></w:p>';
    const out = markReviewXml(xml, context(['4']));
    expect(out).toContain(`${MARK.commentPoint}3${MARK.endArg}`);
    expect(out).toContain('<w:commentReference w:id="4"/>');
  });

  it('writes a visible formatting change as the old run deleted and the new run inserted', () => {
    const ctx = context();
    const run = `<w:r><w:rPr><w:b/><w:rPrChange ${who}><w:rPr/></w:rPrChange></w:rPr><w:t>bold</w:t></w:r>`;
    const out = markReviewXml(`<w:p>${run}</w:p>`, ctx);
    expect(ctx.revisions.map((r) => r.kind)).toEqual(['deletion', 'insertion']);
    expect(out).toContain('<w:r><w:rPr></w:rPr><w:t>bold</w:t></w:r>');
    expect(out).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r>');
    expect(ctx.dropped.counts).toEqual({});
  });

  it('counts a formatting change it cannot show: one Concord does not keep, or on a run holding more than text', () => {
    const ctx = context();
    const colour = `<w:r><w:rPr><w:color w:val="C00000"/><w:rPrChange ${who}/></w:rPr><w:t>red</w:t></w:r>`;
    const note = `<w:r><w:rPr><w:b/><w:rPrChange ${who}/></w:rPr><w:footnoteReference w:id="2"/></w:r>`;
    const out = markReviewXml(`<w:p>${colour}${note}</w:p>`, ctx);
    expect(ctx.revisions).toEqual([]);
    expect(out.match(/w:footnoteReference/g)).toHaveLength(1);
    expect(ctx.dropped.counts).toEqual({ 'tracked formatting change': 2 });
  });

  it('takes revisions out of paragraph marks and rows (mammoth would join the paragraph or drop the row)', () => {
    const ctx = context();
    const xml =
      `<w:tbl><w:tr><w:trPr><w:del ${who}/></w:trPr><w:tc><w:p><w:del ${who}><w:r><w:delText>gone</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>` +
      `<w:p><w:pPr><w:rPr><w:ins ${who}></w:ins></w:rPr></w:pPr><w:r><w:t>Split</w:t></w:r></w:p><w:p><w:r><w:t>here</w:t></w:r></w:p>`;
    const out = markReviewXml(xml, ctx);
    expect(out).not.toMatch(/<w:(del|ins)\b/);
    expect(ctx.dropped.counts).toEqual({ 'tracked table row': 1, 'tracked paragraph break': 1 });
  });

  it('keeps a paragraph break that came with a whole inserted paragraph', () => {
    const ctx = context();
    const xml = `<w:p><w:pPr><w:rPr><w:ins ${who}/></w:rPr></w:pPr><w:r><w:t>Old</w:t></w:r></w:p><w:p><w:ins ${who}><w:r><w:t>New paragraph</w:t></w:r></w:ins></w:p>`;
    markReviewXml(xml, ctx);
    expect(ctx.dropped.counts).toEqual({});
  });

  it('gives both halves of a named move the same group', () => {
    const ctx = context();
    const xml = `<w:p><w:moveFromRangeStart w:id="9" w:name="m1"/><w:moveFrom ${who}><w:r><w:t>x</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="9"/><w:moveToRangeStart w:id="10" w:name="m1"/><w:moveTo ${who}><w:r><w:t>x</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="10"/></w:p>`;
    markReviewXml(xml, ctx);
    expect(ctx.revisions.map((r) => [r.kind, r.group])).toEqual([
      ['deletion', 'move:m1'],
      ['insertion', 'move:m1'],
    ]);
  });

  it('decodes character references beyond Unicode to nothing instead of throwing', () => {
    expect(decodeXml('a&#x110000;b&#1114111;c&#99999999;d')).toBe('ab\u{10ffff}cd');
  });
});

describe('pointRange', () => {
  it('anchors on the word before the point, skipping spaces and punctuation, or on the paragraph', () => {
    expect(pointRange('Every four years.', 17, 10)).toEqual({ from: 21, to: 26 });
    expect(pointRange('Every four', 6, 0)).toEqual({ from: 0, to: 5 });
    expect(pointRange('Whole paragraph.', 0, 3)).toEqual({ from: 3, to: 19 });
    expect(pointRange('', 0, 3)).toEqual({ from: 3, to: 3 });
  });
});
