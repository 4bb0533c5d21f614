import { test, expect } from '@playwright/test';
import { editorText, openLibrary } from './support/app.ts';

test('without a mouse: write, format, leave the text for the toolbar, and a dialog returns focus where it was', async ({
  page,
}) => {
  await openLibrary(page);
  const newDocument = page.getByRole('button', { name: 'New document' });
  await newDocument.focus();
  await page.keyboard.press('Enter');
  const text = editorText(page);
  await expect(text).toBeVisible();
  // The editor is a named multi-line text box that says how to leave it.
  await expect(text).toHaveAttribute('aria-multiline', 'true');
  await expect(text).toHaveAccessibleDescription('Escape or Alt+F10 moves to the formatting toolbar.');

  await page.getByRole('textbox', { name: 'Document title' }).press('Tab');
  await text.focus();
  await page.keyboard.type('Regular pathways ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('save lives');
  const bold = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' });
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await expect(text.locator('strong')).toHaveText('save lives');

  // A link dialog traps focus in its field; Escape closes it and the caret is back in the text.
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  await expect(dialog.getByRole('textbox', { name: 'Link address' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(text).toBeFocused();

  // Escape leaves the text for the toolbar; Tab goes on from there, Shift+Tab comes back.
  await page.keyboard.press('Escape');
  const firstTool = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button').first();
  await expect(firstTool).toBeFocused();
  await expect(firstTool).toHaveAccessibleName('Undo');
  const outline = await firstTool.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Tab');
  await expect(text).not.toBeFocused();
});

test('a shortcut pressed before the browser reports a keyboard selection acts on that selection', async ({ page }) => {
  // On a busy machine Chromium handles the next key press before the `selectionchange` of the last
  // one: here both happen in one task, so the editor cannot have heard of the selection by itself.
  await openLibrary(page);
  await page.getByRole('button', { name: 'New document' }).click();
  const text = editorText(page);
  await text.click();
  await page.keyboard.type('Regular pathways save lives.');
  await text.evaluate((editor) => {
    const node = editor.querySelector('p')?.firstChild;
    if (!node) throw new Error('no text');
    editor.ownerDocument.getSelection()?.setBaseAndExtent(node, 0, node, 'Regular pathways'.length);
    editor.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'm',
        code: 'KeyM',
        ctrlKey: true,
        altKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
  });
  await expect(page.getByRole('dialog', { name: 'Comment on “Regular pathways”' })).toBeVisible();
});
