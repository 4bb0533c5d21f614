import type { Browser } from 'playwright-core';
import type { ExportOptions } from '../../shared/export/exportOptions.ts';
import { toPlaywrightPdfOptions } from '../../shared/export/pdfOptions.ts';
import { launchChromium } from '../browser/launchChromium.ts';

/** Where a print is: starting Chromium, laying out pages (with the count so far), writing the PDF. */
export type PrintProgress =
  { phase: 'starting' } | { phase: 'layout'; pages: number } | { phase: 'printing'; pages: number };

export interface PrintPdfRun {
  onProgress?: (progress: PrintProgress) => void;
  /** A running browser to reuse (tests, batch exports); otherwise one is started and closed. */
  browser?: Browser;
  /** How long layout may take before giving up; default 10 minutes (a 400-page report takes about 1). */
  layoutTimeoutMs?: number;
}

export interface PrintedPdf {
  pdf: Uint8Array;
  pages: number;
}

/**
 * The page's globals as the functions below use them. Those functions run inside the page
 * (Playwright serialises them, so each must be self-contained); server/ has no DOM types, and the
 * page's CSP forbids eval, so string expressions cannot replace them.
 */
type PageGlobals = { document: { documentElement: { getAttribute(name: string): string | null } } };

/** Raised when the page could not be laid out (script error or time-out). */
class PrintError extends Error {
  override name = 'PrintError';
}

/**
 * Prints a page made by renderPrintHtml (with the Paged.js runtime) to PDF in headless Chromium:
 * loads it offline, waits for the page to report `data-layout="done"`, then prints with the shared
 * options (explicit zero margins, CSS page size, tagged PDF, outline).
 */
export async function printPdf(html: string, options: ExportOptions, run: PrintPdfRun = {}): Promise<PrintedPdf> {
  run.onProgress?.({ phase: 'starting' });
  const browser = run.browser ?? (await launchChromium());
  const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
  try {
    // Nothing may be fetched: the page is self-contained, and a document's links must never be followed.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.exposeFunction('concordLayoutProgress', (pages: number) => run.onProgress?.({ phase: 'layout', pages }));
    run.onProgress?.({ phase: 'layout', pages: 0 });
    // Loading is part of the layout's time: a report with many images inlines tens of megabytes,
    // which a busy machine takes longer than Playwright's default 30 s to load.
    await page.setContent(html, { waitUntil: 'load', timeout: run.layoutTimeoutMs ?? 600_000 });
    const state = await page
      .waitForFunction(
        () => {
          const s = (globalThis as unknown as PageGlobals).document.documentElement.getAttribute('data-layout');
          return s === 'done' || s === 'error' ? s : null;
        },
        null,
        { timeout: run.layoutTimeoutMs ?? 600_000, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch((err: unknown) => {
        throw new PrintError(
          `Page layout did not finish: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
        );
      });
    if (state === 'error') {
      const reason = await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).document.documentElement.getAttribute('data-layout-error'),
      );
      throw new PrintError(`Page layout failed: ${reason ?? 'unknown error'}`);
    }
    const pages =
      Number(
        await page.evaluate(() =>
          (globalThis as unknown as PageGlobals).document.documentElement.getAttribute('data-pages'),
        ),
      ) || 0;
    run.onProgress?.({ phase: 'printing', pages });
    const pdf = await page.pdf(toPlaywrightPdfOptions(options));
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages };
  } finally {
    await context.close().catch(() => undefined);
    if (!run.browser) await browser.close().catch(() => undefined);
  }
}
