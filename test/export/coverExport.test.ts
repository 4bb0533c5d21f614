import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { buildExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { writeCover } from '../../shared/model/documentCover.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { printPdf } from '../../server/export/printPdf.ts';
import { pdfPagesText } from './pdfTools.ts';
import { exportImagesOf } from '../../shared/export/exportFigures.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { makePng } from '../fixtures/images.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

/** A short report whose cover fields were filled in the app; the export is given today's date and a coalition. */
function coverModel(language: Locale = 'en', filled = true) {
  const doc = importedToYDoc({
    title: 'Shadow report: Ruritania 2028',
    subtitle: 'Civil society assessment of GCM implementation',
    language,
    paragraphNumbering: false,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Findings.' }] }] },
    dropped: {},
  });
  if (filled)
    writeCover(doc, {
      coalition: 'Ruritania Migrant Rights Coalition',
      date: 'March 2028',
      contact: 'Amina Diallo, amina@example.org',
      purpose: 'Prepared for the regional review of the Global Compact for Migration.',
    });
  return buildExportModel(doc, {
    coalition: 'Given coalition',
    date: '1 December 2026',
    members: ['Rights Without Borders', 'Shelter Network'],
  });
}

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-cover-'));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the cover of an export', () => {
  it("Word: the document's coalition, subtitle, statement of purpose, date and contact, before the contents", async () => {
    const model = coverModel();
    const xml = strFromU8(
      unzipSync(await renderDocx(model, resolveExportOptions(model.meta, {})))['word/document.xml']!,
    );
    const cover = xml.slice(0, xml.indexOf('>Contents<'));
    for (const text of [
      'Ruritania Migrant Rights Coalition',
      'Shadow report: Ruritania 2028',
      'Civil society assessment of GCM implementation',
      'Prepared for the regional review of the Global Compact for Migration.',
      'March 2028',
      'Contact: Amina Diallo, amina@example.org',
    ])
      expect(cover, text).toContain(text);
    expect(cover).toMatch(/Member organisations.*Rights Without Borders.*Shelter Network/s);
    expect(xml).not.toContain('Given coalition');
    expect(xml).not.toContain('1 December 2026');
  });

  it('Word: the member logos are a borderless grid, four a row when they fit and three when they are wide', async () => {
    /** The cover's logo table: each row's organisations, and the table's borders. */
    const logoRows = async (logo: Uint8Array, count: number, language: Locale = 'en') => {
      const hash = await sha256Hex(logo);
      const model = {
        ...coverModel(language),
        logos: Array.from({ length: count }, (_, i) => ({ organisation: `Member ${i + 1}`, blob: hash })),
        images: exportImagesOf([{ hash, type: 'png', bytes: logo }]),
      };
      const xml = strFromU8(
        unzipSync(await renderDocx(model, resolveExportOptions(model.meta, {})))['word/document.xml']!,
      );
      const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
      expect(xml.indexOf(table)).toBeLessThan(xml.indexOf('Shadow report: Ruritania 2028'));
      return {
        rows: [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
          [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => /descr="([^"]*)"/.exec(cell[0])?.[1] ?? ''),
        ),
        borders: /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1] ?? '',
        rtl: table.includes('<w:bidiVisual/>'),
      };
    };
    const square = await logoRows(makePng(120, 90), 5);
    expect(square.rows).toEqual([
      ['Member 1', 'Member 2', 'Member 3', 'Member 4'],
      ['Member 5', '', '', ''],
    ]);
    expect(square.borders.match(/w:val="(\w+)"/g)?.every((v) => v === 'w:val="none"' || v === 'w:val="nil"')).toBe(
      true,
    );
    expect(square.rtl).toBe(false);
    const wide = await logoRows(makePng(800, 100), 4, 'ar');
    expect(wide.rows).toEqual([
      ['Member 1', 'Member 2', 'Member 3'],
      ['Member 4', '', ''],
    ]);
    expect(wide.rtl).toBe(true);
  });

  it('PDF: the same fields on the first page', async () => {
    const model = coverModel();
    const options = resolveExportOptions(model.meta, {});
    const printed = await printPdf(renderPrintHtml(model, options, { pagedScript: pagedScript() }), options, {
      browser,
    });
    const file = path.join(dir, 'cover.pdf');
    fs.writeFileSync(file, printed.pdf);
    const first = pdfPagesText(file)[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('RURITANIA MIGRANT RIGHTS COALITION');
    expect(first).toContain('Shadow report: Ruritania 2028');
    expect(first).toContain('Civil society assessment of GCM implementation');
    expect(first).toContain('Prepared for the regional review of the Global Compact for Migration.');
    expect(first).toContain('March 2028');
    expect(first).toContain('Contact: Amina Diallo, amina@example.org');
    expect(first).toMatch(/MEMBER ORGANISATIONS.*Rights Without Borders.*Shelter Network/);
  }, 120_000);

  it('a document that leaves them empty takes the date and coalition it is given, and prints no contact line', async () => {
    const model = coverModel('fr', false);
    expect(model).toMatchObject({ coalition: 'Given coalition', date: '1 December 2026', contact: '', purpose: '' });
    const html = renderPrintHtml(model, resolveExportOptions(model.meta, {}));
    expect(html).not.toContain('class="cover-contact"');
    expect(html).not.toContain('class="cover-purpose"');
    const filled = renderPrintHtml(coverModel('fr'), resolveExportOptions(model.meta, {}));
    expect(filled).toContain('Contact : <bdi>Amina Diallo, amina@example.org</bdi>');
    expect(filled).toContain(
      '<p class="cover-label">Organisations membres</p><ul><li><bdi>Rights Without Borders</bdi>',
    );
  });
});
