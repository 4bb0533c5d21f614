import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { CHROMIUM_ARGS, findChromium } from '../../server/browser/findChromium.ts';
import { encodeConcordFile } from '../../shared/file/concordFile.ts';
import type { FileBlob } from '../../shared/file/fileBlobs.ts';
import { exportImagesOf } from '../../shared/export/exportFigures.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { newId } from '../../shared/ids.ts';
import { printPdf } from '../../server/export/printPdf.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { reportToYDoc } from '../../test/fixtures/reportFixture.ts';
import type { DocJson } from '../../shared/import/importTypes.ts';
import { makePng } from '../../test/fixtures/images.ts';
import { spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { openFileToEditable, prepareContext } from '../editor/appSession.ts';
import { nowMs } from '../lib/clock.ts';
import { report } from '../lib/report.ts';
import { addRatio, emptyResult } from '../lib/result.ts';
import type { Figure, ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { buildWebApp } from './editor.ts';

/** Size of the figures scenario: a report of `pages` pages with `images` captioned figures spread through it. */
export interface FiguresBenchOptions {
  pages: number;
  images: number;
  repetitions: number;
}

export const FIGURES_FULL: FiguresBenchOptions = { pages: 100, images: 60, repetitions: 3 };
export const FIGURES_QUICK: FiguresBenchOptions = { pages: 5, images: 4, repetitions: 1 };

const WITHOUT = 'the same report without images';

/** A report and its images: `count` distinct 1200 x 800 PNG charts, each after an evenly spaced block, captioned. */
async function reportWithImages(pages: number, count: number): Promise<{ doc: Y.Doc; blobs: FileBlob[] }> {
  const base = report(pages);
  const content = [...(base.doc.content ?? [])] as DocJson[];
  const blobs: FileBlob[] = [];
  for (let i = count - 1; i >= 0; i--) {
    // A bar chart's look: flat bars of a few colours on white (a few tens of kilobytes, as charts are).
    const bar = (x: number, y: number) => y > 800 - ((Math.floor(x / 100) * 37 + i * 53) % 700) - 50;
    const bytes = makePng(1200, 800, (x, y) =>
      bar(x, y) ? [(x / 100) * 20 + i, 90 + ((i * 13) % 120), 160, 255] : [255, 255, 255, 255],
    );
    const hash = await sha256Hex(bytes);
    blobs.push({ hash, type: 'png', bytes });
    const at = Math.round(((i + 1) * content.length) / (count + 1));
    content.splice(
      at,
      0,
      { type: 'image', attrs: { blob: hash, type: 'png', width: 1200, height: 800, alt: `Chart ${i + 1}`, size: 80 } },
      {
        type: 'caption',
        attrs: { id: `fig-${String(i).padStart(4, '0')}`, kind: 'figure' },
        content: [{ type: 'text', text: `Cases, chart ${i + 1}` }],
      },
    );
  }
  return { doc: reportToYDoc({ doc: { ...base.doc, content }, meta: base.meta }), blobs };
}

/** Ms from choosing the file to every image of the editor decoded, measured from the same start as editable. */
async function imagesShownAfter(page: Page, count: number): Promise<number> {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll<HTMLImageElement>('.ProseMirror figure img')].filter((img) => img.naturalWidth > 0)
        .length >= n,
    count,
    { polling: 'raf', timeout: 300_000 },
  );
  return page.evaluate(() => performance.now() - window.__bench.openedAt);
}

/** One open of a .concord file in a fresh browser context: ms to editable, and to every image shown. */
async function openOnce(browser: Browser, url: string, file: string, blocks: number, images: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await prepareContext(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Open file…' }).waitFor();
    const editable = await openFileToEditable(page, file, blocks);
    const shown = images > 0 ? await imagesShownAfter(page, images) : editable;
    return { editable, shown };
  } finally {
    await context.close();
  }
}

/**
 * Issue 15's benchmark: a report with images against the same report without, opened from a
 * .concord file to editable (and to every image decoded) in the web app, and exported to PDF.
 */
export async function runFigures(o: FiguresBenchOptions): Promise<ScenarioResult[]> {
  const result = emptyResult(`Figures, ${o.pages}-page report with ${o.images} images`, {
    ...o,
    imagePixels: '1200x800',
  });
  const withImages = await reportWithImages(o.pages, o.images);
  const plain = reportToYDoc(report(o.pages));
  const dir = tempDir('figures');
  const variants = [
    { name: 'ours', doc: withImages.doc, blobs: withImages.blobs },
    { name: WITHOUT, doc: plain, blobs: [] as FileBlob[] },
  ].map((v) => {
    const file = path.join(dir, `${v.name === 'ours' ? 'images' : 'plain'}.concord`);
    const header = {
      docId: newId(),
      title: report(o.pages).meta.title ?? 'Report',
      savedAt: new Date().toISOString(),
      app: 'concord-bench',
    };
    fs.writeFileSync(file, encodeConcordFile(header, Y.encodeStateAsUpdate(v.doc), v.blobs));
    return { ...v, file, blocks: v.doc.getXmlFragment(BODY_FIELD).length, bytes: fs.statSync(file).size };
  });
  const relay = await spawnRelay({ args: ['--web', buildWebApp()] });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const times: Record<string, Record<string, number[]>> = {};
  const sizes: Record<string, number> = {};
  try {
    const options = resolveExportOptions(snapshotExportModel(plain).meta, {});
    for (let rep = 0; rep < o.repetitions; rep++) {
      for (const v of rep % 2 === 0 ? variants : [...variants].reverse()) {
        const t = (times[v.name] ??= { open: [], shown: [], pdf: [] });
        const opened = await openOnce(browser, relay.httpUrl, v.file, v.blocks, v.blobs.length);
        t.open!.push(opened.editable);
        t.shown!.push(opened.shown);
        const start = nowMs();
        const model = { ...snapshotExportModel(v.doc), images: exportImagesOf(v.blobs) };
        const printed = await printPdf(renderPrintHtml(model, options, { pagedScript: pagedScript() }), options, {
          browser,
        });
        t.pdf!.push(nowMs() - start);
        sizes[v.name] = printed.pdf.length;
      }
    }
  } finally {
    await browser.close();
    await relay.stop('SIGKILL');
    fs.rmSync(relay.dataDir, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const figures = (name: string, fileBytes: number): Record<string, Figure> => ({
    'open to editable': medianFigure(times[name]!.open!, 'ms'),
    'open to every image shown': medianFigure(times[name]!.shown!, 'ms'),
    'PDF export': medianFigure(times[name]!.pdf!, 'ms'),
    'PDF size': exact(sizes[name]!, 'B'),
    '.concord size': exact(fileBytes, 'B'),
  });
  result.figures = figures('ours', variants[0]!.bytes);
  result.baseline[WITHOUT] = figures(WITHOUT, variants[1]!.bytes);
  for (const figure of ['open to editable', 'PDF export']) addRatio(result, figure, WITHOUT);
  result.notes.push(
    `Open: the web app (built from this checkout, served by a relay, no relay joined) opens the .concord file through "Open file…" in a fresh browser context; ms from choosing the file to the editor editable with every block painted, and to every image decoded. The file carries the images (format 2), which the app stores in IndexedDB first.`,
    'PDF: snapshotExportModel + renderPrintHtml with Paged.js + printPdf in a running Chromium (start-up excluded), the images inline at their own bytes.',
  );
  return [result];
}
