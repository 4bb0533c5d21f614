import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createDocument, documentText, editorText, openLibrary, pasteHtml } from './support/app.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { bombPng, corruptPng, makePng } from '../fixtures/images.ts';
import { wordClipboardHtml, wordClipboardRtf, type ClipboardPicture } from '../fixtures/wordClipboard.ts';

const file = (name: string, mimeType: string, bytes: Uint8Array) => ({ name, mimeType, buffer: Buffer.from(bytes) });

/** Chooses files in the image tools' file picker. */
async function chooseImages(page: Page, files: ReturnType<typeof file>[]): Promise<void> {
  await page.getByLabel('Image file').setInputFiles(files);
}

/** The images in the editor, with what the reader of each gets. */
function editorImages(page: Page) {
  return editorText(page).locator('figure.image-block');
}

/** Whether every image in the editor has decoded (not a placeholder, not broken). */
function shownImages(page: Page): Promise<number> {
  return editorText(page)
    .locator('figure.image-block img')
    .evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth > 0).length);
}

test('an image inserted from a file asks for its alt text, takes a numbered caption, and a cross-reference follows it', async ({
  page,
}) => {
  await openLibrary(page);
  await createDocument(page, 'Shadow report');
  await page.keyboard.type('The cases we documented.');
  await chooseImages(page, [file('chart.gif', 'image/gif', imageFixture('chart.gif'))]);
  const dialog = page.getByRole('dialog', { name: 'Describe the image' });
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('Bar chart of cases by month');
  await dialog.getByRole('textbox', { name: /Caption/ }).fill('Cases documented in 2027');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(editorImages(page)).toHaveCount(1);
  await expect(editorImages(page).locator('img')).toHaveAttribute('alt', 'Bar chart of cases by month');
  await expect.poll(() => shownImages(page)).toBe(1);
  const caption = editorText(page).locator('p.caption');
  await expect(caption).toHaveAttribute('data-label', 'Figure 1');
  await expect(caption).toHaveText('Cases documented in 2027');

  // A cross-reference at the end of the first paragraph reads "Figure 1".
  await editorText(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' See ');
  await page.getByRole('button', { name: 'Insert a cross-reference to a figure or table' }).click();
  const refDialog = page.getByRole('dialog', { name: 'Refer to a figure or table' });
  await expect(refDialog.getByRole('combobox')).toHaveText('Figure 1: Cases documented in 2027');
  await refDialog.getByRole('button', { name: 'Insert' }).click();
  const ref = editorText(page).locator('.cross-ref');
  await expect(ref).toHaveAttribute('data-label', 'Figure 1');

  // A new captioned figure before it renumbers the first, and the cross-reference follows.
  await editorText(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await chooseImages(page, [file('photo.jpg', 'image/jpeg', imageFixture('photo.jpg'))]);
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('Members at the hearing');
  await dialog.getByRole('textbox', { name: /Caption/ }).fill('The hearing');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(editorImages(page)).toHaveCount(2);
  await expect(caption).toHaveCount(2);
  await expect(caption.nth(0)).toHaveAttribute('data-label', 'Figure 1');
  await expect(caption.nth(0)).toHaveText('The hearing');
  await expect(caption.nth(1)).toHaveAttribute('data-label', 'Figure 2');
  await expect(ref).toHaveAttribute('data-label', 'Figure 2');

  // The labels are document text: they follow the document's language, as its exports do.
  await page.getByRole('combobox', { name: 'Document language' }).selectOption({ label: 'Español' });
  await expect(caption.nth(1)).toHaveAttribute('data-label', 'Figura 2');
  await expect(ref).toHaveAttribute('data-label', 'Figura 2');
  await page.getByRole('combobox', { name: 'Document language' }).selectOption({ label: 'English' });
  await expect(ref).toHaveAttribute('data-label', 'Figure 2');

  // Selected, an image is aligned and resized (its proportions kept) from the image tools.
  await editorImages(page).nth(1).click();
  await page.getByRole('button', { name: 'Align to the end of the line' }).click();
  await expect(editorImages(page).nth(1)).toHaveAttribute('data-align', 'end');
  const before = await editorImages(page).nth(1).boundingBox();
  await page.getByRole('button', { name: 'Smaller (keeps the proportions)' }).click();
  await expect.poll(async () => (await editorImages(page).nth(1).boundingBox())!.width).toBeLessThan(before!.width);
  const after = (await editorImages(page).nth(1).boundingBox())!;
  expect(Math.abs(after.width / after.height - before!.width / before!.height)).toBeLessThan(0.02);
  await page.getByRole('button', { name: 'Alt text', exact: true }).click();
  const altDialog = page.getByRole('dialog', { name: 'Alt text of the image' });
  await expect(altDialog.getByRole('textbox')).toHaveValue('Bar chart of cases by month');
  await altDialog.getByRole('textbox').fill('Bar chart: cases by month, 2027');
  await altDialog.getByRole('button', { name: 'Save' }).click();
  await expect(editorImages(page).nth(1).locator('img')).toHaveAttribute('alt', 'Bar chart: cases by month, 2027');
});

test('a bomb, a damaged file and an oversize file are refused with a message and nothing is inserted', async ({
  page,
}) => {
  await openLibrary(page);
  await createDocument(page, 'Refusals');
  await page.keyboard.type('Unchanged text.');
  const notice = page.getByRole('region', { name: 'Message' });

  await chooseImages(page, [file('bomb.png', 'image/png', bombPng())]);
  await expect(notice).toContainText('bomb.png is too large to open safely (50000 × 50000 pixels');
  await chooseImages(page, [file('broken.png', 'image/png', corruptPng())]);
  await expect(notice).toContainText('broken.png is damaged and cannot be read. Nothing was inserted.');
  await page.evaluate(() => localStorage.setItem('concord.setting.imageMaxMegabytes', '1'));
  await chooseImages(page, [file('huge.png', 'image/png', new Uint8Array(1_200_000).fill(7))]);
  await expect(notice).toContainText('huge.png is too large (1.2 MB; the limit is 1 MB). Nothing was inserted.');
  await chooseImages(page, [file('notes.txt', 'text/plain', new TextEncoder().encode('not an image'))]);
  await expect(notice).toContainText('notes.txt is not an image Concord can hold');

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(editorImages(page)).toHaveCount(0);
  expect(await documentText(page)).toBe('Unchanged text.');
});

test('an image file dropped on the text asks for its alt text and lands where it was dropped', async ({ page }) => {
  await openLibrary(page);
  await createDocument(page, 'Dropped');
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');
  const first = editorText(page).locator('p', { hasText: 'First paragraph.' });
  const box = (await first.boundingBox())!;
  // A real drop event carrying the file, at the end of the first paragraph, as a file manager sends it.
  await first.evaluate(
    (el, { bytes, x, y }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'chart.gif', { type: 'image/gif' }));
      el.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data, clientX: x, clientY: y }),
      );
    },
    { bytes: [...imageFixture('chart.gif')], x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
  const dialog = page.getByRole('dialog', { name: 'Describe the image' });
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill('Cases by month');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(editorImages(page)).toHaveCount(1);
  await expect.poll(() => shownImages(page)).toBe(1);
  const order = await editorText(page).evaluate((el) =>
    [...el.querySelectorAll('p, figure.image-block')].map((n) => (n.tagName === 'FIGURE' ? 'image' : n.textContent)),
  );
  expect(order.filter((n) => n)).toEqual(['First paragraph.', 'image', 'Second paragraph.']);
});

test('pasted HTML keeps embedded images and leaves out web images with a notice, fetching nothing', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().includes('tracker.example.org') && fetched.push(r.url()));
  await openLibrary(page);
  await createDocument(page, 'Pasted');
  const png = Buffer.from(makePng(60, 40)).toString('base64');
  await pasteHtml(
    page,
    `<p>Before</p><img src="data:image/png;base64,${png}" alt="A gradient"><p>Middle</p><img src="https://tracker.example.org/pixel.gif" alt=""><p>After</p>`,
  );
  await expect(editorImages(page)).toHaveCount(1);
  await expect(editorImages(page).locator('img')).toHaveAttribute('alt', 'A gradient');
  await expect.poll(() => shownImages(page)).toBe(1);
  await expect(page.getByRole('region', { name: 'Message' })).toContainText(
    '1 image from the web was left out: Concord never loads images from web addresses by itself',
  );
  await expect.poll(() => documentText(page)).toContain('After');
  expect(fetched).toEqual([]);
});

/** A paste of what desktop Word puts on the clipboard: HTML whose images are temporary files, and RTF with their bytes. */
async function pasteFromWord(
  page: Page,
  pictures: ClipboardPicture[],
  texts: string[],
  bytesIn: 'rtf' | 'files' | 'nothing' = 'rtf',
): Promise<void> {
  const clipboard = {
    html: wordClipboardHtml(pictures, texts),
    rtf: bytesIn === 'rtf' ? wordClipboardRtf(pictures) : '',
    files:
      bytesIn === 'files'
        ? pictures.map((p) => ({ type: `image/${p.type}`, base64: Buffer.from(p.bytes).toString('base64') }))
        : [],
    text: texts.join('\n'),
  };
  await editorText(page).evaluate((el, c) => {
    const data = new DataTransfer();
    data.setData('text/html', c.html);
    if (c.rtf) data.setData('text/rtf', c.rtf);
    for (const f of c.files)
      data.items.add(new File([Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0))], 'image', { type: f.type }));
    data.setData('text/plain', c.text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
}

test('pasted from desktop Word: the pictures its HTML points at as temporary files are taken from its RTF, at the size shown in Word', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => r.url().startsWith('file:') && requests.push(r.url()));
  await openLibrary(page);
  await createDocument(page, 'From Word');
  const chart = {
    type: 'png',
    bytes: makePng(600, 400),
    widthTwips: 4500,
    heightTwips: 3000,
    alt: 'Cases by month',
  } as const;
  const photo = {
    type: 'jpeg',
    bytes: imageFixture('photo.jpg'),
    widthTwips: 3630,
    heightTwips: 2422,
    floating: true,
  } as const;
  await pasteFromWord(page, [chart, photo], ['Our findings.', 'The hearing.', 'After the pictures.']);
  await expect.poll(() => documentText(page)).toContain('After the pictures.');
  await expect(editorImages(page)).toHaveCount(2);
  await expect.poll(() => shownImages(page)).toBe(2);
  await expect(editorImages(page).first().locator('img')).toHaveAttribute('alt', 'Cases by month');
  // Shown as wide as in Word (300 and 242 CSS pixels), not at their pixels' width (600, 640).
  const widths = await editorImages(page).evaluateAll((figures) => figures.map((f) => (f as HTMLElement).style.width));
  expect(widths).toEqual(['50%', '40%']);
  const order = await editorText(page).evaluate((el) =>
    [...el.children].map((c) => (c.matches('figure.image-block') ? 'image' : (c.textContent ?? '').trim())),
  );
  expect(order.filter((n) => n)).toEqual(['Our findings.', 'image', 'The hearing.', 'image', 'After the pictures.']);
  await expect(page.getByRole('region', { name: 'Message' })).toHaveCount(0);
  expect(requests).toEqual([]);

  // A picture given as a clipboard file (Word on some systems) is taken from it.
  await pasteFromWord(page, [{ ...chart, alt: 'From the file' }], ['From a file.', 'End of file.'], 'files');
  await expect(editorImages(page)).toHaveCount(3);
  await expect(editorImages(page).locator('img[alt="From the file"]')).toHaveCount(1);
  await expect.poll(() => shownImages(page)).toBe(3);

  // Without either (another program's clipboard), the pictures cannot be taken: the notice says why.
  await pasteFromWord(page, [chart], ['Pasted again.', 'End.'], 'nothing');
  await expect.poll(() => documentText(page)).toContain('Pasted again.');
  await expect(page.getByRole('region', { name: 'Message' })).toContainText(
    '1 image was left out: the program it was copied from (Word, for example) gave only the location of a temporary file',
  );
  await expect(editorImages(page)).toHaveCount(3);

  // Word's floating photo had no alt text: the export dialog says so before anything is exported.
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog').getByRole('note')).toContainText(
    '1 image has no alt text: readers who use a screen reader will not know what it shows.',
  );
});

test('a pasted web image is fetched only when the member chooses “Download and embed”, and a site that forbids it is named', async ({
  page,
}) => {
  // A real web server on this machine: one image whose site lets web pages read it (CORS), one that does not.
  const requests: string[] = [];
  const png = makePng(80, 50);
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'image/png', 'content-length': png.length };
    if (req.url === '/open.png') headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers).end(Buffer.from(png));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await openLibrary(page);
    await createDocument(page, 'Web images');
    await pasteHtml(
      page,
      `<p>Before</p><img src="${origin}/open.png" alt="Open chart"><img src="${origin}/closed.png" alt="Closed"><p>After</p>`,
    );
    const notice = page.getByRole('region', { name: 'Message' });
    await expect(notice).toContainText('2 images from the web were left out');
    await expect.poll(() => documentText(page)).toContain('After');
    await expect(editorImages(page)).toHaveCount(0);
    expect(requests).toEqual([]);

    await notice.getByRole('button', { name: 'Download and embed' }).click();
    await expect(notice).toContainText('Could not download the image from 127.0.0.1');
    await expect(editorImages(page)).toHaveCount(1);
    await expect(editorImages(page).locator('img')).toHaveAttribute('alt', 'Open chart');
    await expect.poll(() => shownImages(page)).toBe(1);
    expect(requests.sort()).toEqual(['/closed.png', '/open.png']);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('Markdown: a file picked alone says its linked image files were not read; the export is a zip of the .md and its images', async ({
  page,
}, testInfo) => {
  const png = makePng(60, 40);
  const md = testInfo.outputPath('findings.md');
  fs.writeFileSync(
    md,
    `---\ntitle: Findings with charts\n---\n\n![Linked chart](img/chart.png)\n\n![Embedded chart](data:image/png;base64,${Buffer.from(png).toString('base64')})\n\nThe end.\n`,
  );
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
  await (await chooser).setFiles(md);
  const notice = page.getByRole('region', { name: 'Message' });
  await expect(notice).toContainText('Dropped 1 linked image file.');
  await expect(notice).toContainText('The app opens only the file you picked');
  await expect(notice.getByRole('button', { name: 'Choose the folder with its images…' })).toBeVisible();
  await expect(editorImages(page)).toHaveCount(1);
  await expect(editorImages(page).locator('img')).toHaveAttribute('alt', 'Embedded chart');

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'Markdown' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toBe('Findings with charts.zip');
  const files = unzipSync(new Uint8Array(fs.readFileSync(await zip.path())));
  expect(Object.keys(files).sort()).toEqual(['Findings with charts-images/image-1.png', 'Findings with charts.md']);
  expect(files['Findings with charts-images/image-1.png']).toEqual(png);
  expect(strFromU8(files['Findings with charts.md']!)).toContain(
    '![Embedded chart](Findings%20with%20charts-images/image-1.png)',
  );
});
