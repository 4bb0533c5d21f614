import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateReport, reportToYDoc } from '../fixtures/reportFixture.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { printPdf } from '../../server/export/printPdf.ts';

// "HTML and PDF export made no outside request" held up in the adversarial review (issue 12): a page
// to print that names remote images, style sheets, fonts and frames makes the printer fetch none of
// them. A local HTTP server stands for the outside and counts what reaches it.
let browser: Browser;
let server: http.Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** The printed page of a one-page report with `remote` before its end; without its CSP when `csp` is false. */
function pageNaming(remote: string, csp: boolean) {
  const model = snapshotExportModel(reportToYDoc(generateReport({ pages: 1 })), {});
  const options = resolveExportOptions(model.meta, {});
  let html = renderPrintHtml(model, options, { pagedScript: pagedScript() });
  expect(html).toContain('</body>');
  if (!csp) {
    const without = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(without).not.toBe(html);
    html = without;
  }
  return { html: html.replace('</body>', `${remote}</body>`), options };
}

describe('PDF export', () => {
  // The page's own CSP (img-src data: only) is one guard; the printer (offline, every request
  // aborted) is the other, tested alone by removing the CSP.
  it.each([
    ['as rendered', true],
    ['even without its CSP', false],
  ])(
    'fetches nothing a page names (%s): images, CSS urls, style sheets, fonts, frames',
    async (_, csp) => {
      // Control: the server counts a request when one is made.
      requests.length = 0;
      await fetch(`${base}/control`);
      expect(requests).toEqual(['/control']);
      requests.length = 0;
      const remote =
        `<link rel="stylesheet" href="${base}/sheet.css">` +
        `<style>@import url("${base}/import.css"); @font-face { font-family: T; src: url("${base}/font.woff2"); }` +
        ` body { background-image: url("${base}/background.png"); font-family: T; }</style>` +
        `<img src="${base}/track.png" alt=""><img srcset="${base}/srcset.png 2x" alt="">` +
        `<iframe src="${base}/frame.html"></iframe><p style="background: url('${base}/inline.png')">x</p>`;
      const { html, options } = pageNaming(remote, csp);
      const printed = await printPdf(html, options, { browser });
      expect(printed.pages).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
    },
    120_000,
  );
});
