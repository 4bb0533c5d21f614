import { test, expect } from '@playwright/test';
import { editorText, openLibrary } from './support/app.ts';

test('“who wrote what” names each author beside their colour and says in words who wrote the text at the cursor', async ({
  page,
}) => {
  await openLibrary(page);
  await page
    .getByRole('region', { name: 'Tell your coalition who you are' })
    .getByRole('button', { name: 'Add my name' })
    .click();
  const profile = page.getByRole('dialog', { name: 'Your name and organisation' });
  await profile.getByRole('textbox', { name: 'Your name' }).fill('Ana Reyes');
  await profile.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'New document', exact: true }).click();
  await editorText(page).click();
  await page.keyboard.type('Regular pathways save lives.');

  const key = page.getByRole('group', { name: 'Authors and their colours' });
  await expect(key).toHaveCount(0);
  await page.getByRole('button', { name: 'Who wrote what' }).click();
  await expect(key.getByRole('listitem')).toHaveText(['Ana Reyes']);
  await expect(key).toContainText('At the cursor: text by Ana Reyes');
  // The colour the name stands beside is the one its text is highlighted in.
  const colourOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--author-colour').trim());
  expect(await colourOf('.authorship-key .dot')).toBe(await colourOf('.ProseMirror .author-run'));

  await page.getByRole('button', { name: 'Who wrote what' }).click();
  await expect(key).toHaveCount(0);
});
