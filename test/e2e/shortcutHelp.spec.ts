import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { en } from '../../shared/i18n/catalogues/en.ts';
import { SHORTCUTS, keysIn } from '../../shared/shortcuts/shortcuts.ts';
import { displayKeys } from '../../shared/shortcuts/keyNotation.ts';
import { createDocument, editorText, openLibrary } from './support/app.ts';

const t = createTranslator('en', en);

/** The help as a list of [action, keys] rows, read from the dialog. */
async function rows(page: Page): Promise<string[][]> {
  return page
    .getByRole('dialog', { name: 'Keyboard shortcuts' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
}

test('the shortcut help opens with Ctrl+/, F1 or its button, and lists every shortcut the browser app binds', async ({
  page,
}) => {
  await openLibrary(page);
  // Ctrl+/ anywhere; Escape closes it and focus returns where it was.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.focus();
  await page.keyboard.press('ControlOrMeta+/');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  // Its rows come from the one list the editor and the window bind from (shared/shortcuts), as shown here.
  const or = new Intl.ListFormat('en', { type: 'disjunction' });
  const expected = SHORTCUTS.filter((s) => keysIn(s, 'web').length > 0).map((s) => [
    t('shortcuts.action', { action: s.id }),
    or.format(keysIn(s, 'web').map((k) => displayKeys(k, false))),
  ]);
  expect(await rows(page)).toEqual(expected);
  // Spot checks against what a person reads on the toolbar and in the menu.
  expect(await rows(page)).toEqual(
    expect.arrayContaining([
      ['Bold', 'Ctrl+B'],
      ['Turn suggesting on or off', 'Ctrl+Shift+E'],
      ['From the text to the formatting toolbar', 'Esc or Alt+F10'],
      ['Keyboard shortcuts', 'Ctrl+/ or F1'],
    ]),
  );
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(button).toBeFocused();

  // F1 from the text; the toolbar's button too.
  await createDocument(page, 'Key messages');
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editorText(page)).toBeFocused();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
  await expect(help.getByRole('table', { name: 'Review' })).toContainText('Comment on the selection');
});

test('the shortcut help speaks the interface language', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  await page.goto('./');
  await page.getByRole('button', { name: 'Raccourcis clavier' }).click();
  const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(help.getByRole('table', { name: 'Mise en forme' })).toContainText('Gras');
  await expect(help.getByRole('table', { name: 'Fichiers et application' })).toContainText('Ctrl+/ ou F1');
});
