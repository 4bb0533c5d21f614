import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { createDocument, editorText, openLibrary, pasteHtml, pasteText } from './support/app.ts';

const ARABIC_HEADING = 'الهجرة الآمنة';
const ARABIC_TEXT = 'اعتمدت الجمعية العامة القرار A/RES/73/195 في عام 2018 بشأن 23 هدفًا.';
const ENGLISH_TEXT = 'Quoted in English by the coalition.';

/** Exports the open document in `format` (its radio's name) and returns the downloaded file's path. */
async function exportAs(page: Page, format: string, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(path);
  return path;
}

test('a document written in Arabic is right to left in the editor and in its Word, Markdown and PDF exports', async ({
  page,
}, testInfo) => {
  await openLibrary(page);
  await createDocument(page, 'تقرير موازٍ');
  const editor = editorText(page);
  await expect(editor).toHaveAttribute('dir', 'ltr');

  // The document's language, not the interface's: the editor turns right to left at once.
  await page.getByRole('combobox', { name: 'Document language' }).selectOption({ label: 'العربية' });
  await expect(editor).toHaveAttribute('lang', 'ar');
  await expect(editor).toHaveAttribute('dir', 'rtl');

  await editor.click();
  await page.keyboard.type(`## ${ARABIC_HEADING}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(ARABIC_TEXT);
  await page.keyboard.press('Enter');
  await page.keyboard.type(ENGLISH_TEXT);

  // Arabic blocks follow the document; the English paragraph takes its own direction and language.
  await expect(editor.locator('h2')).toHaveText(ARABIC_HEADING);
  const arabic = editor.locator('p', { hasText: 'A/RES/73/195' });
  await expect(arabic).toHaveText(ARABIC_TEXT);
  await expect(arabic).not.toHaveAttribute('dir', 'ltr');
  expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  // In the Arabic font the PDF uses, as the document's language says.
  expect(await arabic.evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);
  const english = editor.locator('p', { hasText: ENGLISH_TEXT });
  await expect(english).toHaveAttribute('dir', 'ltr');
  await expect(english).toHaveAttribute('lang', 'en');
  expect(await english.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');

  // Word: Arabic language tags, right-to-left section, paragraphs and runs; the English one left to right.
  const docx = unzipSync(
    new Uint8Array(fs.readFileSync(await exportAs(page, 'Word (.docx)', testInfo.outputPath('ar.docx')))),
  );
  const document = strFromU8(docx['word/document.xml']!);
  expect(strFromU8(docx['word/styles.xml']!)).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);
  expect(document).toMatch(/<w:sectPr\b[\s\S]*?<w:bidi\/>[\s\S]*?<\/w:sectPr>/);
  const paragraph = (text: string) =>
    document.match(/<w:p\b[\s\S]*?<\/w:p>/g)!.find((p) => p.includes(text.slice(0, 12)))!;
  expect(paragraph(ARABIC_HEADING)).toContain('<w:bidi/>');
  expect(paragraph('اعتمدت')).toContain('<w:bidi/>');
  expect(paragraph('اعتمدت')).toContain('<w:rtl/>');
  expect(paragraph(ENGLISH_TEXT)).not.toContain('<w:bidi/>');
  expect(paragraph(ENGLISH_TEXT)).not.toContain('<w:rtl/>');

  // Markdown: the language and direction in the front matter, the text unchanged.
  const md = fs.readFileSync(await exportAs(page, 'Markdown', testInfo.outputPath('ar.md')), 'utf8');
  expect(md).toMatch(/^---\n[\s\S]*lang: ar\n[\s\S]*dir: rtl\n[\s\S]*---\n/);
  expect(md).toContain(`## ${ARABIC_HEADING}`);
  expect(md).toContain(ARABIC_TEXT);

  // PDF in a browser goes through the print frame, which carries the language and direction.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'PDF' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const frame = page.frameLocator('iframe[data-print-frame][title="تقرير موازٍ"]');
  await expect(frame.getByText('A/RES/73/195').first()).toBeAttached();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('a document from a template in Arabic: Arabic headings and guidance, right to left, the unofficial-title notes as footnotes', async ({
  page,
}) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New from template…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Language of the document' }).selectOption({ label: 'العربية' });
  await dialog
    .getByRole('radio', { name: /تقرير موازٍ عن التنفيذ/ })
    .first()
    .check();
  await expect(dialog.getByRole('note').filter({ hasText: 'not the Compact’s official wording' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Create document' }).click();

  const editor = editorText(page);
  await expect(editor).toHaveAttribute('lang', 'ar');
  await expect(editor).toHaveAttribute('dir', 'rtl');
  await expect(editor.getByRole('heading', { name: 'المبادئ التوجيهية الشاملة' })).toBeVisible();
  await expect(editor.getByRole('heading', { name: /^الهدف 13: / })).toBeAttached();
  await expect(page.getByRole('region', { name: 'Footnotes' }).getByRole('listitem').first()).toContainText(
    'ترجمة غير رسمية',
  );
});

/** What is selected in the page, as a reader would copy it. */
const selected = (page: Page) => page.evaluate(() => getSelection()?.toString() ?? '');

test('in an Arabic sentence with an English name and a year, the caret and Shift+Arrow selection follow the reading order', async ({
  page,
}) => {
  await openLibrary(page);
  await createDocument(page, 'Mixed text');
  await page.keyboard.type('The introduction, in English.');
  await page.keyboard.press('Enter');
  // "We read the Amnesty report of 2026 carefully."
  await page.keyboard.type('قرأنا تقرير Amnesty لعام 2026 بعناية');
  const arabic = editorText(page).locator('p').nth(1);
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');

  // Home and End go to where the sentence begins and ends as it is read (right and left in Arabic).
  await page.keyboard.press('Home');
  await page.keyboard.type('لقد ');
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await expect(arabic).toHaveText('لقد قرأنا تقرير Amnesty لعام 2026 بعناية.');

  // Right to left, Shift+ArrowRight selects backwards from the end: the last word with its full stop.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await selected(page)).toBe(' بعناية.');
  await page.keyboard.type(' بدقة.'); // "closely."
  await expect(arabic).toHaveText('لقد قرأنا تقرير Amnesty لعام 2026 بدقة.');

  // ArrowLeft from the start walks on through the Arabic words into the English name, which Shift+ArrowLeft selects whole.
  await page.keyboard.press('Home');
  for (let i = 0; i < 'لقد قرأنا تقرير '.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'Amnesty'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  expect(await selected(page)).toBe('Amnesty');
  await page.keyboard.type('UNHCR');
  await expect(arabic).toHaveText('لقد قرأنا تقرير UNHCR لعام 2026 بدقة.');

  // The year, reached from the end, is selected and corrected; the last word deleted.
  await page.keyboard.press('End');
  for (let i = 0; i < ' بدقة.'.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await selected(page)).toBe('2026');
  await page.keyboard.type('2027');
  await page.keyboard.press('Shift+End');
  expect(await selected(page)).toBe(' بدقة.');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('.');
  await expect(arabic).toHaveText('لقد قرأنا تقرير UNHCR لعام 2027.');

  // Still one right-to-left Arabic paragraph after its English intro, which is untouched.
  await expect(editorText(page).locator('p')).toHaveText([
    'The introduction, in English.',
    'لقد قرأنا تقرير UNHCR لعام 2027.',
  ]);
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
});

test('Arabic pasted into an English document, from a web page or as plain text, is right to left at once', async ({
  page,
}) => {
  await openLibrary(page);
  await createDocument(page, 'Pasted');
  await page.keyboard.type('Our English introduction.');
  await page.keyboard.press('Enter');
  const editor = editorText(page);

  // From a web page: two paragraphs, one starting with a Latin acronym, with an inline link.
  await pasteHtml(
    page,
    '<meta charset="utf-8"><p>تؤكد الدول الأعضاء التزامها بالاتفاق العالمي من أجل الهجرة.</p>' +
      '<p>UNHCR تقرير <a href="https://example.org">المفوضية</a> لعام 2026 يصف 23 هدفًا.</p>',
  );
  const first = editor.locator('p', { hasText: 'تؤكد الدول' });
  const second = editor.locator('p', { hasText: 'المفوضية' });
  await expect(second).toHaveText('UNHCR تقرير المفوضية لعام 2026 يصف 23 هدفًا.');
  for (const p of [first, second]) {
    await expect(p).toHaveAttribute('dir', 'rtl');
    await expect(p).toHaveAttribute('lang', 'ar');
    expect(await p.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The block's own language picks the Arabic font, for the link inside it too.
    expect(await p.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);
  }
  expect(await second.locator('a').evaluate((a) => getComputedStyle(a).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);

  // Plain text (a text editor, a PDF): each line a paragraph, each right to left.
  await page.keyboard.press('Enter');
  await pasteText(page, 'السطر الأول من البيان.\n\nالسطر الثاني: 45 مشاركًا من Caritas.');
  const pasted = editor.locator('p', { hasText: 'السطر' });
  await expect(pasted).toHaveText(['السطر الأول من البيان.', 'السطر الثاني: 45 مشاركًا من Caritas.']);
  for (const p of await pasted.all()) {
    await expect(p).toHaveAttribute('dir', 'rtl');
    await expect(p).toHaveAttribute('lang', 'ar');
  }
  // The English introduction keeps the document's direction.
  const english = editor.locator('p').first();
  await expect(english).toHaveText('Our English introduction.');
  await expect(english).not.toHaveAttribute('dir', 'rtl');
  expect(await english.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Serif"/);
});
