import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateReport, reportToYDoc } from '../fixtures/reportFixture.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { exportDocument } from '../../server/export/exportDocument.ts';
import { flat, pdfInfo, pdfOutline, pdfPagesText } from './pdfTools.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-pdfopt-'));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('PDF options', () => {
  it('prints on Letter with endnotes, without tags or paragraph numbers', async () => {
    const report = generateReport({ pages: 8, seed: 7 });
    const model = snapshotExportModel(reportToYDoc(report));
    const options = resolveExportOptions(model.meta, {
      paper: 'letter',
      notes: 'endnotes',
      tags: 'hidden',
      paragraphNumbers: false,
    });
    const file = path.join(dir, 'letter.pdf');
    fs.writeFileSync(file, await exportDocument(model, 'pdf', options, { browser }));
    const pages = pdfPagesText(file);
    expect(pdfInfo(file)['Page size']).toMatch(/^612(\.\d+)? x 792(\.\d+)? pts/);
    const notesPage = pages.findIndex((p, i) => i > 2 && /^\s*Notes\s*$/m.test(p));
    expect(notesPage).toBeGreaterThan(2);
    const notes = flat(pages.slice(notesPage).join('\n'));
    expect(report.footnotes.filter((n, i) => !notes.includes(`${i + 1}. ${n}`))).toEqual([]);
    const outline = pdfOutline(file).map((o) => o.title);
    expect(outline).toEqual([...report.headings.map((h) => h.text), 'Notes']);
    const body = pages.slice(2, notesPage).join('\n');
    expect(body).not.toMatch(/O\d{1,2} P\d{1,2}/);
    expect(body).not.toMatch(/^\s*1\.\s{2,}\S/m);
    expect(pages.slice(1).every((p, i) => p.includes(`page ${i + 2} of ${pages.length}`))).toBe(true);
  }, 120_000);

  it('shows objective tags as margin labels when asked', async () => {
    const report = generateReport({ pages: 8, seed: 7 });
    const model = snapshotExportModel(reportToYDoc(report));
    const file = path.join(dir, 'tags.pdf');
    fs.writeFileSync(
      file,
      await exportDocument(model, 'pdf', resolveExportOptions(model.meta, { tags: 'margin' }), { browser }),
    );
    expect(pdfPagesText(file).join('\n')).toMatch(/^\s{0,8}O\d{1,2} P\d{1,2}\s/m);
  }, 120_000);
});
