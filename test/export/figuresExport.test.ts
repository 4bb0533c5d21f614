import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { buildExportModel, type ExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { exportImagesOf } from '../../shared/export/exportFigures.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { printPdf } from '../../server/export/printPdf.ts';
import { pdfFigureAlts, pdfPagesText } from './pdfTools.ts';
import { makePng } from '../fixtures/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import type { DocJson } from '../../shared/import/importTypes.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

const chart = makePng(400, 300);
const photo = imageFixture('photo.jpg');
const text = (t: string): DocJson => ({ type: 'text', text: t });

/** A report with two captioned figures, a table caption, a cross-reference and an image not on this computer. */
async function reportModel(language: Locale = 'en', photoAlt = 'Members at the hearing'): Promise<ExportModel> {
  const [chartHash, photoHash] = [await sha256Hex(chart), await sha256Hex(photo)];
  const image = (blob: string, type: string, width: number, height: number, alt: string, size = 80) => ({
    type: 'image',
    attrs: { blob, type, width, height, alt, size, align: 'center' },
  });
  const body: DocJson = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Findings')] },
      {
        type: 'paragraph',
        content: [text('As '), { type: 'crossRef', attrs: { target: 'cap-photo' } }, text(' shows.')],
      },
      image(chartHash, 'png', 400, 300, 'Bar chart of cases by month'),
      { type: 'caption', attrs: { id: 'cap-chart', kind: 'figure' }, content: [text('Cases by month')] },
      image(photoHash, 'jpeg', 640, 427, photoAlt, 50),
      { type: 'caption', attrs: { id: 'cap-photo', kind: 'figure' }, content: [text('The hearing')] },
      image('f'.repeat(64), 'png', 100, 100, 'A map still on its way'),
      { type: 'caption', attrs: { id: 'cap-table', kind: 'table' }, content: [text('Responses')] },
    ],
  };
  const doc = importedToYDoc({
    title: 'Figures report',
    subtitle: '',
    language,
    paragraphNumbering: false,
    doc: body,
    dropped: {},
  });
  const model = buildExportModel(doc, {
    coalition: 'Coalition for Migrant Rights',
    date: '4 May 2026',
    logos: [{ organisation: 'Rights Without Borders', blob: chartHash }],
  });
  return {
    ...model,
    images: exportImagesOf([
      { hash: chartHash, type: 'png', bytes: chart },
      { hash: photoHash, type: 'jpeg', bytes: photo },
    ]),
  };
}

let model: ExportModel;
let browser: Browser;
let dir: string;
beforeAll(async () => {
  model = await reportModel();
  browser = await launchChromium();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-figures-'));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('exports with figures', () => {
  it('Word: the images are real pictures with their bytes and alt text, captions Word recognises', async () => {
    const options = resolveExportOptions(model.meta, { listOfFigures: true });
    const files = unzipSync(await renderDocx(model, options));
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const stored = media.map((f) => files[f]!);
    expect(stored).toContainEqual(chart);
    expect(stored).toContainEqual(photo);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('descr="Bar chart of cases by month"');
    expect(xml).toContain('descr="Members at the hearing"');
    // The cover carries the member organisation's logo, described by its name.
    expect(xml.indexOf('descr="Rights Without Borders"')).toBeLessThan(xml.indexOf('Contents'));
    expect(xml.match(/w:pStyle w:val="Caption"/g)).toHaveLength(3);
    expect(xml).toContain('SEQ Figure');
    expect(xml).toContain('SEQ Table');
    // The cross-reference is a REF field to the caption's bookmark (label and SEQ field), showing its label until Word updates it.
    expect(xml).toMatch(
      /<w:bookmarkStart w:name="caption_2" w:id="\d+"\/><w:r><w:t xml:space="preserve">Figure <\/w:t><\/w:r><w:fldSimple w:instr="SEQ Figure \\\* ARABIC"><w:r><w:t[^>]*>2<\/w:t><\/w:r><\/w:fldSimple><w:bookmarkEnd w:id="\d+"\/>/,
    );
    expect(xml).toMatch(/As <\/w:t><\/w:r><w:fldSimple w:instr="REF caption_2 \\h"><w:r><w:t[^>]*>Figure 2<\/w:t>/);
    expect(xml).toContain('TOC \\c &quot;Figure&quot;');
    expect(xml).toContain('TOC \\c &quot;Table&quot;');
    expect(xml).toContain('A map still on its way: not available on this computer when exported');
    // The chart at 80% of A4's text column (163 mm): about 493 CSS pixels, in EMU (9525 a pixel).
    const chartExtent =
      /<wp:extent cx="(\d+)" cy="(\d+)"\/><wp:effectExtent[^>]*\/><wp:docPr id="\d+" name="Picture 1" descr="Bar chart/.exec(
        xml,
      );
    const [cx, cy] = [Number(chartExtent?.[1]), Number(chartExtent?.[2])];
    expect(cx / 9525).toBeCloseTo(((210 - 27 - 20) / 25.4) * 96 * 0.8, -1);
    expect(cx / cy).toBeCloseTo(400 / 300, 2);
  });

  it('Word and HTML: the list of figures, labels and notes are in the document language', async () => {
    const expected = {
      fr: ['Liste des figures et des tableaux', 'Figure 2', 'Tableau ', 'non disponible sur cet ordinateur'],
      es: ['Índice de figuras y tablas', 'Figura 2', 'Tabla ', 'no disponible en este ordenador'],
    };
    for (const [language, [heading, reference, table, missing]] of Object.entries(expected)) {
      const localized = await reportModel(language as Locale);
      const options = resolveExportOptions(localized.meta, { listOfFigures: true });
      const xml = strFromU8(unzipSync(await renderDocx(localized, options))['word/document.xml']!);
      expect(xml).toContain(`<w:t xml:space="preserve">${heading}</w:t>`);
      expect(xml).toMatch(new RegExp(`REF caption_2 \\\\h"><w:r><w:t[^>]*>${reference}</w:t>`));
      expect(xml).toContain(`<w:t xml:space="preserve">${table}</w:t></w:r><w:fldSimple w:instr="SEQ Table`);
      expect(xml).toContain(missing);
      const html = renderPrintHtml(localized, options);
      expect(html).toContain(`id="lof-title">${heading}</p>`);
      expect(html).toContain(`href="#caption-2">${reference}</a>`);
      for (const english of ['List of figures', 'not available on this computer', '>Table 1']) {
        expect(xml).not.toContain(english);
        expect(html).not.toContain(english);
      }
    }
  });

  it('PDF: the images at their own resolution, captions numbered, the list of figures with pages', async () => {
    const options = resolveExportOptions(model.meta, { listOfFigures: true });
    const html = renderPrintHtml(model, options, { pagedScript: pagedScript() });
    const printed = await printPdf(html, options, { browser });
    const file = path.join(dir, 'figures.pdf');
    fs.writeFileSync(file, printed.pdf);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const sizes = list.map((line) => line.trim().split(/\s+/).slice(3, 5).map(Number));
    expect(sizes).toEqual(
      expect.arrayContaining([
        [400, 300],
        [640, 427],
      ]),
    );
    const all = pdfPagesText(file).join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Figure 1. Cases by month');
    expect(all).toContain('Figure 2. The hearing');
    expect(all).toContain('Table 1. Responses');
    expect(all).toContain('As Figure 2 shows.');
    expect(all).toMatch(/List of figures and tables.*Figure 1\. Cases by month \.* ?\d+/);
  }, 120_000);

  it('PDF: the alt text of each image is the /Alt of its Figure in the tagged structure tree, which screen readers read', async () => {
    const described = await reportModel('fr', 'Membres à l’audience de Genève');
    const options = resolveExportOptions(described.meta, {});
    const html = renderPrintHtml(described, options, { pagedScript: pagedScript() });
    const file = path.join(dir, 'alt.pdf');
    fs.writeFileSync(file, (await printPdf(html, options, { browser })).pdf);
    expect(pdfFigureAlts(file).sort()).toEqual(
      ['Bar chart of cases by month', 'Membres à l’audience de Genève', 'Rights Without Borders'].sort(),
    );
  }, 120_000);
});
