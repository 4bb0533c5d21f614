import { test, expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import { editorText, openLibrary } from './support/app.ts';
import { expectFocusVisible, politeRegion } from './support/keyboard.ts';

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus; focus must be visible at every stop. */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await target.count()) === 1 && (await target.evaluate((el) => el === document.activeElement))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
  }
  await expect(target, 'reached by Tab').toBeFocused({ timeout: 1 });
}

/** Presses an arrow key in a toolbar until `target` has the focus. */
async function arrowTo(page: Page, target: Locator, key = 'ArrowRight'): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
    await expectFocusVisible(page);
  }
  await expect(target, `reached by ${key}`).toBeFocused({ timeout: 1 });
}

test('without a mouse: from a template to an export, through a tag, a comment, an accepted suggestion and a version', async ({
  page,
}) => {
  // A long journey of single key presses, each followed by a look at the focus.
  test.slow();
  await openLibrary(page);
  const text = editorText(page);
  const formatting = page.getByRole('toolbar', { name: 'Formatting' });
  const reviewBar = page.getByRole('toolbar', { name: 'Review' });

  // Create a document from a template: Tab to the button, Enter, name it, Enter.
  await tabTo(page, page.getByRole('button', { name: 'New from template…' }));
  await page.keyboard.press('Enter');
  const templates = page.getByRole('dialog', { name: 'New document from a template' });
  await expect(templates).toBeVisible();
  await tabTo(page, templates.getByRole('textbox', { name: 'Title', exact: true }));
  await page.keyboard.type('Keyboard journey');
  await page.keyboard.press('Enter');
  await expect(templates).toHaveCount(0);
  // The new document's text has the keyboard.
  await expect(text).toBeFocused();
  await expectFocusVisible(page);
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Keyboard journey');

  // Type at the end of the first section's heading line, then a paragraph of our own.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Regular pathways save lives.');
  await expect(text).toContainText('Regular pathways save lives.');

  // Tag the section with objective 5: Escape to the toolbar, arrows to the tag button, Enter.
  await page.keyboard.press('Escape');
  await expect(formatting.getByRole('button', { name: 'Undo' })).toBeFocused();
  const tagButton = formatting.getByRole('button', { name: 'Tag objectives and principles' });
  await arrowTo(page, tagButton);
  await page.keyboard.press('Enter');
  const tags = page.getByRole('dialog', { name: /^Tag/ });
  await expect(tags.getByRole('textbox', { name: 'Search objectives and principles' })).toBeFocused();
  await page.keyboard.type('O5');
  const objective5 = tags.getByRole('checkbox').first();
  await tabTo(page, objective5);
  await page.keyboard.press('Space');
  await expect(objective5).toBeChecked();
  await tabTo(page, tags.getByRole('button', { name: 'Apply tags' }));
  await page.keyboard.press('Enter');
  await expect(tags).toHaveCount(0);
  await expect(tagButton, 'focus returns to the button that opened the dialog').toBeFocused();
  await expectFocusVisible(page);
  await expect(text.locator('p.has-margin-tags[data-margin-tags~="O5"]', { hasText: 'Regular pathways' })).toHaveCount(
    1,
  );
  // Escape from a toolbar goes back to the text, where the caret was.
  await page.keyboard.press('Escape');
  await expect(text).toBeFocused();

  // Comment on the sentence: select it with Shift+Home, Ctrl+Alt+M, write, Ctrl+Enter.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('ControlOrMeta+Alt+m');
  const commentDialog = page.getByRole('dialog', { name: /^Comment on/ });
  await expect(commentDialog).toBeVisible();
  await expect(commentDialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Cite the Progress Declaration here.');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(commentDialog).toHaveCount(0);
  await expect(text, 'focus returns to the text').toBeFocused();
  await expect(politeRegion(page)).toContainText('1 open comment');

  // Suggest a change: Ctrl+Shift+E turns suggesting on, type, Ctrl+Shift+E turns it off.
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+Shift+e');
  await expect(reviewBar.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type(' Now.');
  // The count is announced once typing settles; turning suggesting off is announced after it (the
  // polite region holds the latest message, so each is awaited before the next can replace it).
  await expect(politeRegion(page)).toContainText('1 suggestion');
  await page.keyboard.press('ControlOrMeta+Shift+e');
  await expect(reviewBar.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'false');
  await expect(politeRegion(page)).toContainText('Suggesting off');

  // Accept it: to the review toolbar (Escape, then Tab past the formatting toolbar), the suggestions panel.
  await page.keyboard.press('Escape');
  const suggestionsButton = reviewBar.getByRole('button', { name: 'Suggestions' });
  await tabTo(page, reviewBar.getByRole('button').and(page.locator('[tabindex="0"]')));
  await arrowTo(page, suggestionsButton);
  await page.keyboard.press('Enter');
  const suggestions = page.getByRole('complementary', { name: 'Suggestions panel' });
  await expect(suggestions).toBeFocused();
  await tabTo(page, suggestions.getByRole('button', { name: 'Accept', exact: true }));
  await page.keyboard.press('Enter');
  await expect(suggestions.getByText('No suggestions.', { exact: false })).toBeVisible();
  await expect(suggestions.locator(':focus'), 'focus stays in the panel').toHaveCount(1);
  await expectFocusVisible(page);
  await expect(text).toContainText('Regular pathways save lives. Now.');
  await expect(text.locator('ins, del')).toHaveCount(0);

  // Save a version: Escape back to the panel's button in the review toolbar, the versions panel, its button, a name, Enter.
  await page.keyboard.press('Escape');
  await expect(suggestionsButton).toBeFocused();
  await arrowTo(page, reviewBar.getByRole('button', { name: 'Versions' }));
  await page.keyboard.press('Enter');
  const versions = page.getByRole('complementary', { name: 'Versions panel' });
  await expect(versions).toBeFocused();
  const saveVersion = versions.getByRole('button', { name: 'Save version…' });
  await tabTo(page, saveVersion);
  await page.keyboard.press('Enter');
  const nameDialog = page.getByRole('dialog', { name: 'Save version' });
  await expect(nameDialog.getByRole('textbox', { name: 'Version name' })).toBeFocused();
  await page.keyboard.type('Before the forum');
  await page.keyboard.press('Enter');
  await expect(nameDialog).toHaveCount(0);
  await expect(saveVersion, 'focus returns to the button that opened the dialog').toBeFocused();
  await expect(versions.getByRole('listitem', { name: 'Version Before the forum' })).toBeVisible();
  await expect(politeRegion(page)).toContainText('Version “Before the forum” saved.');

  // Export as Markdown: Ctrl+E, arrow keys to the format, Tab to Export, Enter.
  await page.keyboard.press('ControlOrMeta+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  await tabTo(page, exportDialog.getByRole('radio', { name: 'PDF' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(exportDialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await tabTo(page, exportDialog.getByRole('button', { name: 'Export', exact: true }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const markdown = fs.readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(markdown).toContain('Regular pathways save lives. Now.');
  await expect(exportDialog).toHaveCount(0);
  await expect(saveVersion, 'focus returns where it was before Ctrl+E').toBeFocused();
  await expect(politeRegion(page)).toContainText('Exported to Keyboard journey.md.');
});
