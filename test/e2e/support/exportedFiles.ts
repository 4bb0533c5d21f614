import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, type Page } from '@playwright/test';

/** Exports the open document to Word through the export dialog, saves it as `file`, and returns its parts. */
export async function exportWordFiles(page: Page, file: string): Promise<Record<string, Uint8Array>> {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(file);
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

/**
 * Saves what the PDF export laid out as a PDF file, as the browser's print dialog would ("Save as
 * PDF"): the laid-out pages of the print frame, printed by Chromium at the pages' own size. The web
 * shell hands PDFs to that dialog, which a test cannot press.
 */
export async function savePrintedPdf(page: Page, file: string): Promise<void> {
  const html = page.frameLocator('iframe[data-print-frame]').locator('html');
  await expect(html).toHaveAttribute('data-layout', 'done');
  // The pages are laid out already: their scripts are not needed again.
  const laidOut = (await html.evaluate((el) => el.outerHTML)).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const printer = await page.context().newPage();
  try {
    await printer.setContent(laidOut);
    fs.writeFileSync(file, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await printer.close();
  }
}
