import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { editorText, openLibrary } from './support/app.ts';
import { makePng } from '../fixtures/images.ts';

/** The images in the editor. */
const editorImages = (page: Page) => editorText(page).locator('figure.image-block');

/** Writes a Markdown report with two images beside it (one in a subfolder) and one `../` image outside its folder. */
function writeReport(top: string): { md: string; folder: string } {
  const folder = path.join(top, 'report');
  fs.mkdirSync(path.join(folder, 'maps'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'chart.png'), makePng(60, 40));
  fs.writeFileSync(path.join(folder, 'maps', 'route.png'), makePng(40, 60));
  fs.writeFileSync(path.join(top, 'outside.png'), makePng(30, 30));
  const md = path.join(folder, 'findings.md');
  fs.writeFileSync(
    md,
    '---\ntitle: Findings with maps\n---\n\n![Cases by month](chart.png)\n\n![Route of the returns](maps/route.png)\n\n' +
      '![A picture outside the folder](../outside.png)\n\nThe end.\n',
  );
  return { md, folder };
}

test('Markdown: picking its folder afterwards imports the images beside it, not the ../ one, and keeps one document', async ({
  page,
}, testInfo) => {
  const { md, folder } = writeReport(testInfo.outputPath('work'));
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
  await (await chooser).setFiles(md);
  const notice = page.getByRole('region', { name: 'Message' });
  await expect(notice).toContainText('Dropped 3 linked image files.');
  await expect(editorImages(page)).toHaveCount(0);

  // The report's offer, chosen from the keyboard; the browser's folder picker gets the report's folder.
  const offer = notice.getByRole('button', { name: 'Choose the folder with its images…' });
  await offer.focus();
  const folderChooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await folderChooser).setFiles(folder);

  await expect(notice).toContainText('Imported findings.md with the images in its folder');
  await expect(notice).toContainText('Dropped 1 missing image file.');
  await expect(editorImages(page)).toHaveCount(2);
  const images = editorImages(page).locator('img');
  await expect(images.nth(0)).toHaveAttribute('alt', 'Cases by month');
  await expect(images.nth(1)).toHaveAttribute('alt', 'Route of the returns');
  await expect
    .poll(() => images.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth)))
    .toEqual([60, 40]);
  await expect(editorText(page)).toContainText('The end.');

  // One document in the library; the import without its images is in the trash.
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('link', { name: 'Findings with maps' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Restore Findings with maps' })).toHaveCount(1);
});

test('Markdown: a folder that does not hold the file says so and changes nothing', async ({ page }, testInfo) => {
  const { md } = writeReport(testInfo.outputPath('work'));
  const elsewhere = testInfo.outputPath('elsewhere');
  fs.mkdirSync(elsewhere);
  fs.writeFileSync(path.join(elsewhere, 'chart.png'), makePng(10, 10));
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
  await (await chooser).setFiles(md);
  const folderChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose the folder with its images…' }).click();
  await (await folderChooser).setFiles(elsewhere);
  await expect(page.getByRole('region', { name: 'Message' })).toContainText(
    'The folder you chose does not hold findings.md',
  );
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('link', { name: 'Findings with maps' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Restore / })).toHaveCount(0);
});
