import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createDocument, editorText, openLibrary } from './support/app.ts';
import { imageShown, insertImage } from './support/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';

test('the cover filled in the app and an image reach the Word file and the laid-out PDF', async ({
  page,
}, testInfo) => {
  await openLibrary(page);
  await createDocument(page, 'Shadow report: Ruritania 2028');
  await page.keyboard.type('Our findings.');
  await insertImage(page, 'photo.jpg', 'Members at the hearing');
  await expect.poll(() => imageShown(page, 'Members at the hearing')).toBe(true);

  await page.getByRole('button', { name: 'Cover…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cover page' });
  await dialog.getByRole('textbox', { name: 'Subtitle' }).fill('Civil society assessment');
  await dialog.getByRole('textbox', { name: 'Coalition’s name' }).fill('Ruritania Migrant Rights Coalition');
  await dialog.getByRole('textbox', { name: /Statement of purpose/ }).fill('For the regional review of 2028.');
  await dialog.getByRole('textbox', { name: /Date on the cover/ }).fill('March 2028');
  await dialog.getByRole('textbox', { name: 'Contact' }).fill('amina@example.org');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  // Opened again, the dialog shows what the document now holds.
  await page.getByRole('button', { name: 'Cover…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Contact' })).toHaveValue('amina@example.org');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const docxPath = testInfo.outputPath('cover.docx');
  await (await download).saveAs(docxPath);
  const files = unzipSync(new Uint8Array(fs.readFileSync(docxPath)));
  const xml = strFromU8(files['word/document.xml']!);
  const cover = xml.slice(0, xml.indexOf('>Contents<'));
  for (const text of [
    'Ruritania Migrant Rights Coalition',
    'Shadow report: Ruritania 2028',
    'Civil society assessment',
    'For the regional review of 2028.',
    'March 2028',
    'Contact: amina@example.org',
  ])
    expect(cover, text).toContain(text);
  // The photo is a real picture: its own bytes, its alt text, its proportions.
  const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
  expect(media.map((f) => Buffer.from(files[f]!).equals(Buffer.from(imageFixture('photo.jpg'))))).toEqual([true]);
  const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>.*?descr="Members at the hearing"/.exec(xml);
  expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(640 / 427, 2);

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'PDF' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const printed = page.frameLocator('iframe[data-print-frame]');
  await expect(printed.locator('html')).toHaveAttribute('data-layout', 'done');
  const first = printed.locator('.pagedjs_page').first();
  await expect(first.locator('.cover-coalition')).toHaveText('Ruritania Migrant Rights Coalition');
  await expect(first.locator('.cover-subtitle')).toHaveText('Civil society assessment');
  await expect(first.locator('.cover-purpose')).toHaveText('For the regional review of 2028.');
  await expect(first.locator('.cover-date')).toHaveText('March 2028');
  await expect(first.locator('.cover-contact')).toHaveText('Contact: amina@example.org');
  const photo = printed.locator('img[alt="Members at the hearing"]');
  await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(640);
  expect(await editorText(page).textContent()).toContain('Our findings.');

  // The workspace remembers the coalition's name and contact: the next document's cover starts with them.
  await page.getByRole('button', { name: '← Library' }).click();
  await createDocument(page, 'Key messages 2028');
  await page.getByRole('button', { name: 'Cover…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Coalition’s name' })).toHaveValue(
    'Ruritania Migrant Rights Coalition',
  );
  await expect(dialog.getByRole('textbox', { name: 'Contact' })).toHaveValue('amina@example.org');
  await expect(dialog.getByRole('textbox', { name: /Statement of purpose/ })).toHaveValue('');
});
