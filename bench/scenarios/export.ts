import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../test/relay/support/relayProcess.ts';
import { reportDoc } from '../lib/report.ts';
import { nowMs } from '../lib/clock.ts';
import { addRatio, addTarget, emptyResult } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';

/** Size of the export scenario. */
export interface ExportBenchOptions {
  pages: number;
  repetitions: number;
}

export const EXPORT_FULL: ExportBenchOptions = { pages: 100, repetitions: 3 };
export const EXPORT_QUICK: ExportBenchOptions = { pages: 5, repetitions: 1 };

/** The export pipeline's files this scenario drives; without them it reports itself skipped. */
const PIPELINE = [
  'shared/export/exportModel.ts',
  'shared/export/html/renderPrintHtml.ts',
  'shared/export/docx/renderDocx.ts',
  'server/export/printPdf.ts',
  'server/export/pagedScript.ts',
];

const LAID_OUT = 'Chromium printing the laid-out pages';
const NATIVE = 'Chromium printing the HTML without Paged.js';

/** Pages in a PDF file (page objects). */
function pdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}

/** A page in a fresh offline context, as printPdf makes one. */
async function offlinePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ offline: true });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  return context.newPage();
}

/** Scenario 5: the report to PDF (our pipeline against Chromium printing pre-rendered HTML) and to DOCX. */
export async function runExport(o: ExportBenchOptions): Promise<ScenarioResult[]> {
  const result = emptyResult(`Export, ${o.pages}-page report`, {
    pages: o.pages,
    repetitions: o.repetitions,
    paper: 'a4',
  });
  const missing = PIPELINE.filter((f) => !fs.existsSync(path.join(REPO_ROOT, f)));
  if (missing.length > 0) {
    result.skipped = `skipped: export pipeline not present (${missing.join(', ')})`;
    return [result];
  }
  const { snapshotExportModel } = await import('../../shared/export/exportModel.ts');
  const { resolveExportOptions } = await import('../../shared/export/exportOptions.ts');
  const { renderPrintHtml } = await import('../../shared/export/html/renderPrintHtml.ts');
  const { renderDocx } = await import('../../shared/export/docx/renderDocx.ts');
  const { toPlaywrightPdfOptions } = await import('../../shared/export/pdfOptions.ts');
  const { printPdf } = await import('../../server/export/printPdf.ts');
  const { pagedScript } = await import('../../server/export/pagedScript.ts');
  const { launchChromium } = await import('../../server/browser/launchChromium.ts');

  const doc = reportDoc(o.pages);
  const model = snapshotExportModel(doc);
  const options = resolveExportOptions(model.meta, {});
  const pdfOptions = toPlaywrightPdfOptions(options);
  const browser = await launchChromium();
  try {
    // Pre-rendered inputs of the baselines, made outside the timings.
    const plainHtml = renderPrintHtml(model, options);
    const layoutPage = await offlinePage(browser);
    await layoutPage.setContent(renderPrintHtml(model, options, { pagedScript: pagedScript() }), { waitUntil: 'load' });
    await layoutPage.waitForFunction(() => document.documentElement.getAttribute('data-layout') === 'done', null, {
      timeout: 600_000,
      polling: 100,
    });
    const laidOutHtml = (await layoutPage.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    await layoutPage.context().close();

    const times: Record<string, number[]> = { ours: [], [LAID_OUT]: [], [NATIVE]: [], docx: [] };
    const sizes: Record<string, { bytes: number; pages: number }> = {};
    const printStatic = async (name: string, html: string) => {
      const start = nowMs();
      const page = await offlinePage(browser);
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf(pdfOptions);
      await page.context().close();
      times[name]!.push(nowMs() - start);
      sizes[name] = { bytes: pdf.length, pages: pdfPages(pdf) };
    };
    const variants: (() => Promise<void>)[] = [
      async () => {
        // Ours, from the document's Y.Doc: snapshot, print HTML with Paged.js, lay out, print.
        const start = nowMs();
        const snapshot = snapshotExportModel(doc);
        const printed = await printPdf(renderPrintHtml(snapshot, options, { pagedScript: pagedScript() }), options, {
          browser,
        });
        times.ours!.push(nowMs() - start);
        sizes.ours = { bytes: printed.pdf.length, pages: pdfPages(printed.pdf) };
      },
      () => printStatic(LAID_OUT, laidOutHtml),
      () => printStatic(NATIVE, plainHtml),
      async () => {
        const start = nowMs();
        const docx = await renderDocx(snapshotExportModel(doc), options);
        times.docx!.push(nowMs() - start);
        sizes.docx = { bytes: docx.length, pages: Number.NaN };
      },
    ];
    for (let rep = 0; rep < o.repetitions; rep++) {
      for (const variant of rep % 2 === 0 ? variants : [...variants].reverse()) await variant();
    }
    result.figures = {
      'PDF export': medianFigure(times.ours!, 'ms'),
      'PDF pages': exact(sizes.ours!.pages, 'pages'),
      'PDF size': exact(sizes.ours!.bytes, 'B'),
      'DOCX export': medianFigure(times.docx!, 'ms'),
      'DOCX size': exact(sizes.docx!.bytes, 'B'),
    };
    for (const name of [LAID_OUT, NATIVE]) {
      result.baseline[name] = {
        'PDF export': medianFigure(times[name]!, 'ms'),
        'PDF pages': exact(sizes[name]!.pages, 'pages'),
        'PDF size': exact(sizes[name]!.bytes, 'B'),
      };
      addRatio(result, 'PDF export', name);
    }
    addTarget(
      result,
      `PDF of ${o.pages} pages within 1.5 × raw Chromium print`,
      result.ratios[`PDF export vs ${LAID_OUT}`] ?? Number.NaN,
      1.5,
      '×',
    );
    result.notes.push(
      "Ours: from the document's Y.Doc, snapshotExportModel, renderPrintHtml with the Paged.js runtime, printPdf (fresh offline context in a running Chromium: load, Paged.js layout of pages, contents, notes, then page.pdf). Chromium start-up is not included.",
      `${LAID_OUT}: the same pages as laid out by Paged.js, saved as static HTML (scripts removed) before timing, then setContent + page.pdf with the same options. ${NATIVE}: renderPrintHtml without the runtime (Chromium paginates by itself; no running header, contents page numbers or footnotes at the foot of pages).`,
      'DOCX: snapshotExportModel + renderDocx (docx library), no baseline.',
    );
  } finally {
    await browser.close();
  }
  return [result];
}
