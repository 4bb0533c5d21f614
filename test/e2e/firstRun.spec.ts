import { test, expect } from '@playwright/test';
import { openLibrary } from './support/app.ts';

test('on first run the library asks for a name and organisation, until given or put off', async ({ page }) => {
  await openLibrary(page);
  const prompt = page.getByRole('region', { name: 'Tell your coalition who you are' });
  await expect(prompt).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add your name' })).toBeVisible();

  await prompt.getByRole('button', { name: 'Add my name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name and organisation' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ana Reyes');
  await dialog.getByRole('textbox', { name: 'Your organisation' }).fill('Caritas Lebanon');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'You: Ana Reyes (Caritas Lebanon)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'You: Ana Reyes (Caritas Lebanon)' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
});

test('“Not now” stops the question, and the settings still offer it', async ({ page }) => {
  await openLibrary(page);
  const prompt = page.getByRole('region', { name: 'Tell your coalition who you are' });
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Add your name' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
});
