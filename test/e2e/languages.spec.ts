import { test, expect } from '@playwright/test';

test.describe('a browser set to Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('meets the app in Arabic, right to left, and can switch language without a restart; the choice is remembered', async ({
    page,
  }) => {
    await page.goto('./');
    const root = page.locator('html');
    await expect(root).toHaveAttribute('lang', 'ar');
    await expect(root).toHaveAttribute('dir', 'rtl');
    const picker = page.getByRole('combobox', { name: 'اللغة' });
    await expect(picker).toHaveValue('ar');

    await picker.selectOption({ label: 'Français' });
    await expect(root).toHaveAttribute('dir', 'ltr');
    await expect(root).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await expect(root).toHaveAttribute('dir', 'ltr');
  });
});

test.describe('a browser set to a language the app does not speak', () => {
  test.use({ locale: 'de-DE' });

  test('falls back to English, left to right', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });
});
