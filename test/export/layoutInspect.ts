import type { Browser } from 'playwright-core';

/** What the laid-out print page looks like, measured in Chromium after Paged.js is done. */
export interface LayoutReport {
  pages: number;
  /** Headings that end a page's content, with nothing of their section after them. */
  strandedHeadings: string[];
  /** Table fragments that continue a table on a later page, and how many of them repeat its header row. */
  continuedTables: number;
  continuedWithHeader: number;
}

/** Lays out a print page (renderPrintHtml with Paged.js) and reports on its pagination. */
export async function inspectLayout(browser: Browser, html: string): Promise<LayoutReport> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-layout') === 'done', null, {
      timeout: 300_000,
    });
    return await page.evaluate(() => {
      const pages = [...document.querySelectorAll('.pagedjs_page')];
      const strandedHeadings: string[] = [];
      let continuedTables = 0;
      let continuedWithHeader = 0;
      for (const pg of pages) {
        const area = pg.querySelector('.pagedjs_page_content');
        if (!area) continue;
        const blocks = [...area.querySelectorAll('p, li, tr, h1, h2, h3')].filter(
          (el) => !el.closest('.toc, .pagedjs_footnote_area'),
        );
        const last = blocks[blocks.length - 1];
        if (last && /^H[1-3]$/.test(last.tagName)) strandedHeadings.push(last.textContent ?? '');
        for (const table of area.querySelectorAll('table[data-split-from]')) {
          continuedTables += 1;
          if (table.querySelector(':scope > thead')) continuedWithHeader += 1;
        }
      }
      return { pages: pages.length, strandedHeadings, continuedTables, continuedWithHeader };
    });
  } finally {
    await page.close();
  }
}
