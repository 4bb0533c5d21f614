import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { importDocx } from '../../shared/import/importDocx.ts';
import { describeDropped } from '../../shared/import/importTypes.ts';
import { unzipSync } from 'fflate';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { listCaptions } from '../../shared/schema/captionNumbers.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { bombPng, makePng } from '../fixtures/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { nodesOf } from './treeQueries.ts';
import { pictureWidths } from '../../shared/import/docxImageSizes.ts';
import { buildExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { exportImagesOf } from '../../shared/export/exportFigures.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';

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

const corpus = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/word', name)));
const importedImages = async (bytes: Uint8Array) => {
  const imported = await importDocx(bytes, 'figures');
  const body = yXmlFragmentToProseMirrorRootNode(importedToYDoc(imported).getXmlFragment(BODY_FIELD), documentSchema());
  return nodesOf(body, 'image').map((n) => n.attrs);
};

describe('DOCX import keeps the size Word shows a picture at', () => {
  it('a large photo placed small comes in small, a small chart placed large comes in large (wp:extent, not pixels)', async () => {
    // docx-figures.docx (make-docx.ts): A4's text column at the export's margins is 163 mm, 5,868,000 EMU.
    const images = await importedImages(corpus('docx-figures.docx'));
    expect(images.map((a) => [a.alt, a.width, a.height, a.size])).toEqual([
      ['The hearing, small', 2400, 1600, 39], // 240 px = 2,286,000 EMU
      ['The hearing, floating', 2400, 1600, 78], // the same picture floating, 480 px
      ['Cases by month', 90, 60, 65], // 90 pixels placed 400 wide
    ]);
  });

  it('round trip: an image exported to Word at a size comes back at that size', async () => {
    const sizes = [5, 27, 40, 73, 100];
    const hash = await sha256Hex(chart);
    const doc = importedToYDoc({
      title: 'Sizes',
      subtitle: '',
      language: 'en',
      paragraphNumbering: false,
      dropped: {},
      doc: {
        type: 'doc',
        content: sizes.map((size) => ({
          type: 'image',
          attrs: { blob: hash, type: 'png', width: 300, height: 200, size, align: 'center', alt: `At ${size}%` },
        })),
      },
    });
    const model = { ...buildExportModel(doc), images: exportImagesOf([{ hash, type: 'png' as const, bytes: chart }]) };
    const word = await renderDocx(model, resolveExportOptions(model.meta, {}));
    expect((await importedImages(word)).map((a) => [a.alt, a.size])).toEqual(sizes.map((s) => [`At ${s}%`, s]));
  });

  it('reads the pictures mammoth reads, in its order: the fallback of mc:AlternateContent, VML sizes', () => {
    const xml = [
      '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1000" cy="10"/><wp:effectExtent l="0"/>',
      '<a:graphic><pic:pic><pic:blipFill><a:blip r:embed="rId1"/></pic:blipFill></pic:pic></a:graphic></wp:inline></w:drawing></w:r></w:p>',
      '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="7" cy="7"/>',
      '<mc:AlternateContent><mc:Choice Requires="x"><a:blip r:embed="rIdInner"/></mc:Choice></mc:AlternateContent>',
      '<a:blip r:embed="rIdChoice"/></wp:anchor></w:drawing></mc:Choice>',
      '<mc:Fallback><w:pict><v:shapetype id="t75"/><v:shape style="position:absolute;width:150pt;height:100pt">',
      '<v:imagedata r:id="rId2" o:title=""/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>',
      '<a:blip r:embed="rId3"/>',
    ].join('');
    expect(pictureWidths(xml)).toEqual([
      { id: 'rId1', emu: 1000 },
      { id: 'rId2', emu: 150 * 12700 },
      { id: 'rId3', emu: 150 * 12700 },
    ]);
  });
});

describe('DOCX import of pictures in other formats (docx-image-formats.docx)', async () => {
  const file = new Uint8Array(
    fs.readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/word/docx-image-formats.docx'),
    ),
  );
  const media = (name: string) => unzipSync(file)[`word/media/${name}`]!;
  const imagesOf = (imported: Awaited<ReturnType<typeof importDocx>>) =>
    nodesOf(
      yXmlFragmentToProseMirrorRootNode(importedToYDoc(imported).getXmlFragment(BODY_FIELD), documentSchema()),
      'image',
    ).map((n) => n.attrs);

  it('keeps the PNG Word stores beside an EMF, and names each format it leaves out', async () => {
    // The command line has no WebP decoder: its WebP is left out too, and said so.
    const imported = await importDocx(file, 'formats');
    const images = imagesOf(imported);
    expect(images.map((a) => [a.alt, a.type, a.width, a.height, Math.round(a.size)])).toEqual([
      ['Map of the border crossings', 'png', 300, 200, 100],
    ]);
    expect(images[0]!.blob).toBe(await sha256Hex(media('map.png')));
    expect(imported.dropped).toEqual({ 'WebP image': 1, 'EMF image': 1, 'WMF image': 1, 'TIFF image': 1 });
    expect(describeDropped(imported.dropped)).toBe(
      'Dropped 1 EMF image, 1 TIFF image, 1 WebP image, 1 WMF image. Images in EMF, WMF, TIFF, WebP format cannot be kept: in Word, save each one as a PNG picture, put it in its place and import again.',
    );
  });

  it('keeps a WebP as the PNG its decoder makes, at the size Word shows it, with its alt text', async () => {
    const png = makePng(120, 80);
    const seen: Uint8Array[] = [];
    const imported = await importDocx(file, 'formats', undefined, {
      webpToPng: async (webp) => {
        seen.push(webp);
        return png;
      },
    });
    expect(seen).toEqual([media('logo.webp')]);
    const images = imagesOf(imported);
    expect(images.map((a) => [a.alt, a.type, a.width, a.height, Math.round(a.size)])).toEqual([
      ['Logo of the coalition', 'png', 120, 80, 50],
      ['Map of the border crossings', 'png', 300, 200, 100],
    ]);
    expect(images[0]!.blob).toBe(await sha256Hex(png));
    expect(imported.images?.find((i) => i.hash === images[0]!.blob)?.type).toBe('png');
    expect(imported.dropped).toEqual({ 'EMF image': 1, 'WMF image': 1, 'TIFF image': 1 });
  });
});
