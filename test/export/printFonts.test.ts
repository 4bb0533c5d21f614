import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { reportToYDoc } from '../fixtures/reportFixture.ts';
import { sampleReportDoc } from '../fixtures/languages/sampleReport.ts';
import { ARABIC_REPORT } from '../fixtures/languages/arabicReport.ts';
import { CHINESE_REPORT } from '../fixtures/languages/chineseReport.ts';
import { RUSSIAN_REPORT } from '../fixtures/languages/russianReport.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';

// The print page's fonts by language, as Chromium computes them (the PDF test sees only the fonts
// used, and every stack ends with the others' fonts, so a wrong first font can go unnoticed there).
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The print page of a sample report (without Paged.js: the styles, not the pagination, are tested). */
async function printPage(report: typeof ARABIC_REPORT): Promise<Page> {
  const model = snapshotExportModel(reportToYDoc(sampleReportDoc(report)), {
    coalition: report.coalition,
    milestoneTitle: 'IMRF 2026',
    date: '2026-05-04',
  });
  const page = await browser.newPage();
  await page.setContent(renderPrintHtml(model, resolveExportOptions(model.meta, {}), {}));
  return page;
}

/** The first font of the serif stack at `selector`, and inside a block in `other` added to the body. */
function firstSerif(
  page: Page,
  selector: string,
  other: string,
): Promise<{ at: string; foreign: string; inside: string }> {
  return page.evaluate(
    ([sel, lang]) => {
      const first = (el: Element) => getComputedStyle(el).getPropertyValue('--serif').split(',')[0]!.trim();
      const block = document.createElement('p');
      block.lang = lang;
      const span = block.appendChild(document.createElement('span'));
      span.textContent = 'text';
      document.querySelector('main, body')!.appendChild(block);
      return { at: first(document.querySelector(sel)!), foreign: first(block), inside: first(span) };
    },
    [selector, other] as const,
  );
}

describe('the print page sets each language in its fonts', () => {
  it.each([
    ['ar', ARABIC_REPORT, '"Noto Naskh Arabic"', 'en', '"Liberation Serif"'],
    ['zh', CHINESE_REPORT, '"Noto Serif CJK SC"', 'ar', '"Noto Naskh Arabic"'],
    ['ru', RUSSIAN_REPORT, '"Liberation Serif"', 'zh', '"Noto Serif CJK SC"'],
  ])(
    '%s: the page in its language first, a block marked in another language in that one',
    async (_, report, own, other, theirs) => {
      const page = await printPage(report);
      try {
        for (const selector of ['body', 'h2', 'p']) {
          const fonts = await firstSerif(page, selector, other);
          expect(fonts.at, `${report.language} ${selector}`).toBe(own);
          expect(fonts.foreign).toBe(theirs);
          expect(fonts.inside).toBe(theirs);
        }
      } finally {
        await page.close();
      }
    },
  );
});
