import { test, expect } from '@playwright/test';
import { strFromU8 } from 'fflate';
import { createDocument, editorText, openLibrary } from './support/app.ts';
import { imageShown, insertImage } from './support/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { exportWordFiles, savePrintedPdf } from './support/exportedFiles.ts';
import { pdfPagesText } from '../export/pdfTools.ts';

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

  const files = await exportWordFiles(page, testInfo.outputPath('cover.docx'));
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

test('a document from a template starts with the cover of its kind, in the dialog and on the PDF’s first page', async ({
  page,
}, testInfo) => {
  const subtitle =
    'Civil society key messages for the Progress Declaration of the International Migration Review Forum';
  const purpose =
    'What we ask Member States to agree in the Progress Declaration, the intergovernmentally agreed outcome of each International Migration Review Forum.';
  await openLibrary(page);
  await page.getByRole('button', { name: 'New from template…' }).click();
  const templates = page.getByRole('dialog', { name: 'New document from a template' });
  await templates
    .getByRole('radio', { name: /^Progress Declaration key messages/ })
    .first()
    .check();
  // Left empty, the subtitle is the template's, shown as the field's placeholder.
  await expect(templates.getByRole('textbox', { name: 'Subtitle' })).toHaveAttribute('placeholder', subtitle);
  await templates.getByRole('textbox', { name: 'Title', exact: true }).fill('Key messages of the Ruritania coalition');
  await templates.getByRole('button', { name: 'Create document' }).click();
  await expect(editorText(page)).toBeVisible();

  await page.getByRole('button', { name: 'Cover…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cover page' });
  await expect(dialog.getByRole('textbox', { name: 'Subtitle' })).toHaveValue(subtitle);
  await expect(dialog.getByRole('textbox', { name: /Statement of purpose/ })).toHaveValue(purpose);
  // Made for the milestone the dialog proposed: the cover is dated the month it is due.
  await expect(dialog.getByRole('textbox', { name: /Date on the cover/ })).toHaveValue(/^[A-Z][a-z]+ 20\d\d$/);
  const date = await dialog.getByRole('textbox', { name: /Date on the cover/ }).inputValue();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'PDF' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('key-messages.pdf');
  await savePrintedPdf(page, file);
  // The first page's words, lines joined (a word hyphenated at a line's end made whole again).
  const first = (pdfPagesText(file)[0] ?? '').replace(/-\n\s*/g, '').replace(/\s+/g, ' ');
  for (const text of ['Key messages of the Ruritania coalition', subtitle, purpose, date])
    expect(first, text).toContain(text);
});
