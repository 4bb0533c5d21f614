import { test, expect } from './support/test.ts';
import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { createDocument, editorText, openLibrary } from './support/app.ts';
import { exportWordFiles } from './support/exportedFiles.ts';

const SAMPLE_DOCX = 'test/fixtures/docx/libreoffice-sample.docx';

test('exporting from the browser downloads Word and Markdown files of the document', async ({ page }, testInfo) => {
  await openLibrary(page);
  await createDocument(page, 'Key messages');
  await page.keyboard.type('## Message one');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Regular pathways save lives.');
  await page.getByRole('button', { name: 'Insert footnote' }).click();
  await page.getByRole('textbox', { name: 'Footnote text' }).fill('A/RES/73/195, objective 5.');
  await page.getByRole('button', { name: 'Insert footnote' }).last().click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'Word (.docx)' }).check();
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('Key messages.docx');
  const docxPath = testInfo.outputPath('key.docx');
  await docx.saveAs(docxPath);
  const files = unzipSync(new Uint8Array(fs.readFileSync(docxPath)));
  expect(strFromU8(files['word/document.xml']!)).toContain('Regular pathways save lives.');
  expect(strFromU8(files['word/footnotes.xml']!)).toContain('A/RES/73/195, objective 5.');

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'Markdown' }).check();
  const mdDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const md = fs.readFileSync(await (await mdDownload).path(), 'utf8');
  expect(md).toContain('## Message one');
  expect(md).toMatch(/\[\^1\]: A\/RES\/73\/195, objective 5\./);

  // PDF in a browser: the print frame lays the document out with Paged.js (loaded from the app's own
  // origin under its CSP), as the desktop and `concord export` do, and only then opens the print dialog.
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'PDF' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Message' })).toContainText('The pages are laid out');
  await expect(page.locator('iframe[data-print-frame]')).toHaveAttribute('title', 'Key messages');
  const printed = page.frameLocator('iframe[data-print-frame]');
  await expect(printed.locator('html')).toHaveAttribute('data-layout', 'done');
  expect(await printed.locator('.pagedjs_page').count()).toBeGreaterThanOrEqual(3); // cover, contents, text
  await expect(printed.locator('.pagedjs_page').first().locator('.cover-title')).toHaveText('Key messages');
  await expect(printed.locator('.pagedjs_footnote_area .footnote')).toHaveText(/A\/RES\/73\/195, objective 5\./);
  // The contents give the page the heading was laid out on.
  const tocEntry = printed.locator('.toc a', { hasText: 'Message one' });
  // Paged.js shows it as a CSS counter: `content: counter(target-counter-…)`, reset to the page number.
  const [content, reset] = await tocEntry.evaluate((a) => {
    const after = getComputedStyle(a, '::after');
    return [after.content, after.counterReset];
  });
  const counter = /^counter\((target-counter-[\w-]+)\)$/.exec(content)?.[1];
  expect(counter, content).toBeDefined();
  const headingPage = printed.locator('.pagedjs_page', { has: printed.locator('h2', { hasText: 'Message one' }) });
  expect(reset).toBe(`${counter} ${await headingPage.getAttribute('data-page-number')}`);
  await expect(printed.locator('.endnotes')).toHaveCount(0);
});

test('importing a Word file made by LibreOffice keeps its structure and reports what was dropped; a corrupt one creates nothing', async ({
  page,
}, testInfo) => {
  await openLibrary(page);
  const importIt = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
    await (await chooser).setFiles(file);
  };
  await importIt(SAMPLE_DOCX);
  await expect(page.getByRole('region', { name: 'Message' })).toContainText('Nothing was dropped');
  await expect(editorText(page).locator('figure.image-block img')).toHaveCount(1);
  await expect(editorText(page).locator('h1, h2').first()).toBeVisible();
  await expect(editorText(page).locator('table')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Footnotes' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: '← Library' }).click();
  // The library's own rows (counted on the whole page at once, the document view's tables could still be there).
  const documents = page.getByRole('table', { name: 'Documents' }).getByRole('row');
  await expect(documents).toHaveCount(2); // the header and the imported document

  const corrupt = testInfo.outputPath('broken.docx');
  const bytes = fs.readFileSync(SAMPLE_DOCX);
  fs.writeFileSync(corrupt, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await importIt(corrupt);
  await expect(page.getByRole('region', { name: 'Message' })).toContainText('Could not import the file');
  await expect(documents).toHaveCount(2);
});

test('a LibreOffice comment made without a selection arrives as a thread on the word before it', async ({ page }) => {
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
  await (await chooser).setFiles('test/fixtures/word/lo-point-comments.docx');
  await expect(page.getByRole('region', { name: 'Message' })).toContainText('Nothing was dropped');
  await expect(page.getByRole('article', { name: 'Comment by Ana Ortiz on “reviews”' })).toContainText(
    'Which forum? Name it.',
  );
  await expect(
    page.getByRole('article', { name: 'Comment by Ana Ortiz on “States should report before the Forum.”' }),
  ).toContainText('Whole paragraph: keep?');
});

test('a PDF that cannot be laid out says why in the export dialog and opens no print dialog', async ({ browser }) => {
  // The app's service worker would answer from its cache: this test's network is what fails.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/assets/paged-runtime-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openLibrary(page);
  await createDocument(page, 'Unprintable');
  await page.keyboard.type('Regular pathways save lives.');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'PDF' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The export failed: The page layout script could not be loaded. Reload Concord and try again.',
  );
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await expect(page.locator('iframe[data-print-frame]')).toHaveCount(0);
  await context.close();
});

test('a Word file’s WebP picture and the PNG beside an EMF come in; EMF, WMF and TIFF are named with what to do', async ({
  page,
}, testInfo) => {
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
  await (await chooser).setFiles('test/fixtures/word/docx-image-formats.docx');
  const message = page.getByRole('region', { name: 'Message' });
  await expect(message).toContainText(
    'Dropped 1 image in EMF format, 1 image in WMF format, and 1 image in TIFF format.',
  );
  await expect(message).toContainText(
    'Concord cannot show images in EMF, WMF, and TIFF format: in Word, right-click each one, choose Save as Picture… and save it as PNG',
  );
  const text = editorText(page);
  await expect(text).toContainText('End of the report.');
  for (const [alt, width] of [
    ['Logo of the coalition', 120],
    ['Map of the border crossings', 300],
  ] as const) {
    const image = text.getByRole('img', { name: alt });
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(width);
  }
  // The Word export carries both as PNG pictures with their alt text (Word cannot show WebP).
  const files = await exportWordFiles(page, testInfo.outputPath('formats.docx'));
  const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
  expect(media.map((f) => Buffer.from(files[f]!.subarray(1, 4)).toString('latin1'))).toEqual(['PNG', 'PNG']);
  const xml = strFromU8(files['word/document.xml']!);
  expect(xml).toContain('descr="Logo of the coalition"');
  expect(xml).toContain('descr="Map of the border crossings"');
});
