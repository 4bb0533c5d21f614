import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { createDocument, editorText, openLibrary, pasteText, selectText } from './support/app.ts';

async function comment(page: Page, on: string, text: string): Promise<void> {
  await selectText(page, on);
  await page.keyboard.press('Control+Alt+m');
  const dialog = page.getByRole('dialog', { name: `Comment on “${on}”` });
  await dialog.getByRole('textbox', { name: 'Comment' }).fill(text);
  await dialog.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** How far a thread's card stands from the top of the paragraph it comments on, in pixels. */
async function offset(page: Page, paragraph: string, note: string): Promise<number> {
  const card = page.locator('[data-thread-card]').filter({ hasText: note });
  await expect(card).toBeInViewport();
  const cardTop = (await card.boundingBox())!.y;
  const textTop = await editorText(page).evaluate(
    (el, start) =>
      [...el.querySelectorAll('p')].find((p) => p.textContent!.startsWith(start))!.getBoundingClientRect().top,
    paragraph,
  );
  return Math.abs(cardTop - textTop);
}

test('in a long report, a thread far down stands beside its paragraph once the reader gets there', async ({ page }) => {
  await openLibrary(page);
  await createDocument(page, 'Shadow report');
  // Long enough that the browser lays out only the paragraphs near the screen (content-visibility).
  const paragraphs = Array.from(
    { length: 150 },
    (_, i) =>
      `Paragraph ${i + 1}: States should report on objective ${(i % 23) + 1}, with data by sex, age and migration status, as the Compact asks of every review.`,
  );
  await pasteText(page, paragraphs.join('\n\n'));
  await comment(page, 'Paragraph 140', 'Far below: which States?');
  await comment(page, 'Paragraph 2', 'Near the top: source?');

  await editorText(page).press('ControlOrMeta+Home');
  await expect.poll(() => offset(page, 'Paragraph 2:', 'Near the top')).toBeLessThan(4);
  // The reader goes down to the far paragraph: its thread is beside it, not where an estimate put it.
  await selectText(page, 'Paragraph 140');
  await editorText(page).press('End');
  await expect.poll(() => offset(page, 'Paragraph 140:', 'Far below')).toBeLessThan(4);
});
