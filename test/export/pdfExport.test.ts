import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateReport, reportToYDoc } from '../fixtures/reportFixture.ts';
import type { ReportFixture } from '../fixtures/reportFixture.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { printPdf } from '../../server/export/printPdf.ts';
import { flat, pdfFonts, pdfInfo, pdfLinkTargets, pdfOutline, pdfPagesText } from './pdfTools.ts';
import { inspectLayout } from './layoutInspect.ts';

const EXTRAS = {
  coalition: 'Coalition for Migrant Rights',
  signatories: [
    { organisation: 'Endorsing Organisation One', status: 'endorsed' },
    { organisation: 'Invited Organisation Two', status: 'invited' },
  ],
  milestoneTitle: 'Second International Migration Review Forum',
  date: '4 May 2026',
};

let browser: Browser;
let dir: string;
let report: ReportFixture;
let html: string;
let pdfFile: string;
let pages: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-pdf-'));
  browser = await launchChromium();
  report = generateReport({ pages: 50 });
  const model = snapshotExportModel(reportToYDoc(report), EXTRAS);
  const options = resolveExportOptions(model.meta, {});
  html = renderPrintHtml(model, options, { pagedScript: pagedScript() });
  const phases: string[] = [];
  const printed = await printPdf(html, options, { browser, onProgress: (p) => phases.push(p.phase) });
  expect(phases).toEqual(expect.arrayContaining(['starting', 'layout', 'printing']));
  pdfFile = path.join(dir, 'report.pdf');
  fs.writeFileSync(pdfFile, printed.pdf);
  pages = pdfPagesText(pdfFile);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The first page of the body: the first page with the first heading as a line of its own. */
function bodyStart(): number {
  const first = report.headings[0]!.text;
  return pages.findIndex((p) => p.split('\n').some((l) => l.trim() === first));
}

/** Contents entries: "Heading text ..... 12" lines on the pages between the cover and the body. */
function contentsEntries(): Map<string, number> {
  const entries = new Map<string, number>();
  for (const page of pages.slice(1, bodyStart())) {
    for (const line of page.split('\n')) {
      const m = /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line);
      if (m) entries.set(m[1]!.trim(), Number(m[2]));
    }
  }
  return entries;
}

describe('PDF export of a 50-page report', () => {
  it('has a plausible page count, A4 pages, tags, a title and embedded fonts', () => {
    const info = pdfInfo(pdfFile);
    expect(Number(info.Pages)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(45);
    expect(pages.length).toBeLessThanOrEqual(70);
    expect(info['Page size']).toMatch(/^59[45](\.\d+)? x 841(\.\d+)? pts/);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(report.meta.title);
    const fonts = pdfFonts(pdfFile);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('has a cover with title, coalition, endorsing organisations, date and milestone, and no header or footer', () => {
    const cover = flat(pages[0]!);
    const expected = [
      report.meta.title!,
      report.meta.subtitle!,
      EXTRAS.coalition.toUpperCase(),
      'Endorsing Organisation One',
      EXTRAS.date,
      EXTRAS.milestoneTitle,
    ];
    expect(expected.filter((text) => !cover.includes(text))).toEqual([]);
    expect(cover.includes('Invited Organisation Two')).toBe(false);
    expect(cover).not.toMatch(/page \d+ of/);
  });

  it('lists every heading in the contents with the page the heading is really on', () => {
    const entries = contentsEntries();
    const start = bodyStart();
    expect(start).toBeGreaterThan(1);
    expect(entries.size).toBe(report.headings.length);
    const onPage = (text: string) =>
      pages.findIndex(
        (p, i) =>
          i >= start && p.split('\n').some((l) => l.trim().endsWith(text) && l.trim().length - text.length < 12),
      ) + 1;
    const wrong = report.headings.filter(
      (h) => entries.get(h.text) === undefined || entries.get(h.text) !== onPage(h.text),
    );
    expect(wrong).toEqual([]);
  });

  it('has the same entries in the PDF outline, pointing at the same pages', () => {
    const outline = pdfOutline(pdfFile);
    expect(outline.map((o) => o.title)).toEqual(report.headings.map((h) => h.text));
    const entries = contentsEntries();
    for (const item of outline) expect(item.page, item.title).toBe(entries.get(item.title));
    expect(outline.filter((o) => o.depth === 0).length).toBe(report.headings.filter((h) => h.level === 1).length);
  });

  it('prints every footnote text, numbered in order', () => {
    const all = flat(pages.join('\n'));
    const missing = report.footnotes.filter((note, i) => !all.includes(`${i + 1}. ${note}`));
    expect(missing).toEqual([]);
  });

  it('has the running header and "page X of Y" on every page after the cover', () => {
    const without = pages
      .map((p, i) => i)
      .filter(
        (i) =>
          i > 0 &&
          !(
            pages[i]!.includes(`page ${i + 1} of ${pages.length}`) &&
            pages[i]!.includes('Shadow report on the implementation')
          ),
      );
    expect(without).toEqual([]);
  });

  it('numbers body paragraphs, shows objective tags in the margin and keeps links live', () => {
    const body = pages.slice(3).join('\n');
    expect(body).toMatch(/^\s*1\.\s+\S/m);
    expect(body).toMatch(/O\d{1,2} P\d{1,2}/);
    expect(pdfLinkTargets(pdfFile)).toContain('https://migrationnetwork.un.org/hub');
  });

  it('strands no heading at a page bottom and repeats header rows of tables that break', async () => {
    const layout = await inspectLayout(browser, html);
    expect(layout.pages).toBe(pages.length);
    expect(layout.strandedHeadings).toEqual([]);
    expect(layout.continuedTables).toBeGreaterThan(0);
    expect(layout.continuedWithHeader).toBe(layout.continuedTables);
  }, 120_000);
});
