import { describe, expect, it } from 'vitest';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { listCaptions } from '../../shared/schema/captionNumbers.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { bombPng, makePng } from '../fixtures/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { nodesOf } from './treeQueries.ts';

const chart = makePng(300, 200);
const photo = imageFixture('photo.jpg');

/** A Word report with two figures (one shown twice), captions in Word's Caption style, and an image bomb. */
async function wordReport(): Promise<Uint8Array> {
  const image = (data: Uint8Array, type: 'png' | 'jpg', description: string) =>
    new Paragraph({
      children: [
        new ImageRun({ type, data, transformation: { width: 300, height: 200 }, altText: { name: 'x', description } }),
      ],
    });
  const caption = (text: string) => new Paragraph({ style: 'Caption', children: [new TextRun(text)] });
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph('Our findings.'),
          image(chart, 'png', 'Bar chart of cases by month'),
          caption('Figure 1: Cases by month'),
          image(photo, 'jpg', 'Members at the hearing'),
          caption('Figure 2. The hearing'),
          image(chart, 'png', 'The same chart again'),
          image(bombPng(), 'png', 'A bomb'),
          caption('Table 1: Responses by country'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX import keeps images', async () => {
  const imported = await importDocx(await wordReport(), 'report');
  const body = yXmlFragmentToProseMirrorRootNode(importedToYDoc(imported).getXmlFragment(BODY_FIELD), documentSchema());

  it('keeps each image with its alt text and pixel size, its bytes carried once', async () => {
    const images = nodesOf(body, 'image').map((n) => n.attrs);
    expect(images.map((a) => [a.alt, a.width, a.height, a.type])).toEqual([
      ['Bar chart of cases by month', 300, 200, 'png'],
      ['Members at the hearing', 640, 427, 'jpeg'],
      ['The same chart again', 300, 200, 'png'],
    ]);
    expect(images[0]!.blob).toBe(await sha256Hex(chart));
    expect(images[2]!.blob).toBe(images[0]!.blob);
    expect(imported.images?.map((i) => i.hash).sort()).toEqual([await sha256Hex(chart), await sha256Hex(photo)].sort());
    expect(imported.images?.find((i) => i.type === 'jpeg')?.bytes).toEqual(photo);
  });

  it('refuses the image bomb without decoding it, and reports it', () => {
    expect(imported.dropped).toEqual({ image: 1 });
  });

  it('makes Word captions Concord captions, numbered in document order, their own numbers taken off', () => {
    expect(listCaptions(body).map((c) => [c.label, c.text])).toEqual([
      ['Figure 1', 'Cases by month'],
      ['Figure 2', 'The hearing'],
      ['Table 1', 'Responses by country'],
    ]);
  });
});
