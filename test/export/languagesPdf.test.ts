import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { reportToYDoc } from '../fixtures/reportFixture.ts';
import { sampleNotes, sampleReportDoc } from '../fixtures/languages/sampleReport.ts';
import type { SampleReport } from '../fixtures/languages/sampleReport.ts';
import { ARABIC_REPORT } from '../fixtures/languages/arabicReport.ts';
import { CHINESE_REPORT } from '../fixtures/languages/chineseReport.ts';
import { RUSSIAN_REPORT } from '../fixtures/languages/russianReport.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { printPdf } from '../../server/export/printPdf.ts';
import { letters, pdfFonts, pdfInfo, pdfPagesText, pdfReadingText, pdfWords } from './pdfTools.ts';
import type { PdfWord } from './pdfTools.ts';

// Fonts come from Debian (.ci/run): fonts-liberation, fonts-noto-core (Arabic), fonts-noto-cjk (Chinese).
const REPORTS = [ARABIC_REPORT, CHINESE_REPORT, RUSSIAN_REPORT];

/**
 * Every piece of the report's text a reader must find in the PDF: headings, paragraphs, items, cells,
 * notes. A paragraph that cites a note is checked up to its last word, and that word alone: the note's
 * number sits at its end, and pdftotext may put it on either side of that word in a right-to-left line.
 */
function allTexts(report: SampleReport): string[] {
  const split = (p: string) => [p.slice(0, p.lastIndexOf(' ')), p.slice(p.lastIndexOf(' '))];
  return report.sections
    .flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) => {
        if ('p' in b) return b.note ? split(b.p) : [b.p];
        if ('bullets' in b) return b.bullets;
        if ('ordered' in b) return b.ordered;
        if ('quote' in b) return [b.quote];
        return b.table.flat();
      }),
    ])
    .concat(sampleNotes(report));
}

let browser: Browser;
let dir: string;
const pdfs = new Map<string, string>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-languages-pdf-'));
  browser = await launchChromium();
  for (const report of REPORTS) {
    const model = snapshotExportModel(reportToYDoc(sampleReportDoc(report)), {
      coalition: report.coalition,
      milestoneTitle: 'IMRF 2026',
      date: '2026-05-04',
    });
    const options = resolveExportOptions(model.meta, {});
    const html = renderPrintHtml(model, options, { pagedScript: pagedScript() });
    const file = path.join(dir, `${report.language}.pdf`);
    fs.writeFileSync(file, (await printPdf(html, options, { browser })).pdf);
    pdfs.set(report.language, file);
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The expected fonts of each script; Chromium embeds Noto CJK (CFF outlines) as Type 3 fonts, unnamed. */
const FONTS: Record<string, RegExp> = {
  ar: /^[A-Z]{6}\+(NotoNaskhArabic-(Regular|Bold)|Liberation(Serif|Sans)(-Bold|-Italic)?)$/,
  zh: /^([A-Z]{6}\+Liberation(Serif|Sans)(-Bold|-Italic)?|\[none\])$/,
  ru: /^[A-Z]{6}\+Liberation(Serif|Sans)(-Bold|-Italic)?$/,
};

describe.each(REPORTS)('the $language sample report printed to PDF', (report) => {
  const file = () => pdfs.get(report.language)!;

  it('gives back every heading, paragraph, list item, table cell and note (pdftotext)', () => {
    const text = letters(pdfReadingText(file()));
    for (const piece of allTexts(report)) expect(text, piece).toContain(letters(piece));
    expect(text).toContain(letters(report.title));
    expect(pdfInfo(file()).Tagged).toBe('yes');
  });

  it('is set in the fonts of its script, all embedded, with no fallback font', () => {
    const fonts = pdfFonts(file());
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(FONTS[report.language]!);
    }
    if (report.language === 'ar') expect(fonts.map((f) => f.name).join(' ')).toMatch(/NotoNaskhArabic-Bold/);
    if (report.language === 'zh') expect(fonts.some((f) => f.name === '[none]')).toBe(true);
  });

  it('numbers its pages in its own language', () => {
    const pages = pdfPagesText(file());
    const footer = { ar: 'الصفحة 3 من', zh: '第 3 页，共', ru: 'стр. 3 из' }[report.language as 'ar' | 'zh' | 'ru'];
    expect(letters(pages[2]!)).toContain(letters(`${footer} ${pages.length}`));
    const contents = { ar: 'المحتويات', zh: '目录', ru: 'Содержание' }[report.language as 'ar' | 'zh' | 'ru'];
    expect(letters(pages[1]!)).toContain(letters(contents));
  });
});

describe('the Arabic report lays out right to left', () => {
  const words = (page: number) => pdfWords(pdfs.get('ar')!, page);
  const right = 595 - 27 * 2.835; // A4 width minus the wider (start) margin, mirrored to the right
  const left = 20 * 2.835;
  const digits = (w: PdfWord) => /^\d+$/.test(w.text);

  it('puts the contents titles on the right and their page numbers on the left', () => {
    const contents = words(2).filter((w) => w.yMin > 90 && w.yMax < 760);
    const numbers = contents.filter(digits);
    expect(numbers.length).toBe(ARABIC_REPORT.sections.length);
    for (const n of numbers) expect(n.xMin).toBeLessThan(left + 10);
    const titles = contents.filter((w) => /\p{Script=Arabic}/u.test(w.text));
    expect(Math.max(...titles.map((w) => w.xMax))).toBeGreaterThan(right - 2);
    expect(Math.min(...titles.map((w) => w.xMin))).toBeGreaterThan(left + 40);
  });

  it('puts paragraph numbers, list bullets and objective labels on the right', () => {
    const page = words(3);
    // Right-to-left words come in visual order: the paragraph number "1." reads ".1" (a year "2021." is text).
    const numbers = page.filter((w) => /^\.\d{1,2}$/.test(w.text));
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    for (const n of numbers) expect(n.xMax).toBeGreaterThan(right - 2);
    const labels = page.filter((w) => /^O\d+$/.test(w.text));
    expect(labels.map((l) => l.text)).toContain('O13');
    for (const l of labels) expect(l.xMin).toBeGreaterThan(right);
  });

  it('runs the title at the head of each page and centres the page number', () => {
    const page = words(3);
    // Visual order, right to left: the last word on the line is the first of the title.
    const head = page.filter((w) => w.yMax < 70).sort((a, b) => b.xMin - a.xMin);
    const read = letters(head.map((w) => [...w.text].reverse().join('')).join(''));
    expect(read.length).toBeGreaterThan(20);
    expect(letters(ARABIC_REPORT.title).startsWith(read)).toBe(true);
    const footer = page.filter((w) => w.yMin > 780);
    const centre = (Math.min(...footer.map((w) => w.xMin)) + Math.max(...footer.map((w) => w.xMax))) / 2;
    expect(Math.abs(centre - 595 / 2)).toBeLessThan(20);
  });
});
