import { test, expect } from '@playwright/test';

/** What a person sees first, in each of the six languages: the library's heading and its first button. */
const FIRST_START = [
  { browser: 'ar-EG', lang: 'ar', dir: 'rtl', library: 'المكتبة', newDocument: 'وثيقة جديدة' },
  { browser: 'zh-CN', lang: 'zh', dir: 'ltr', library: '文库', newDocument: '新建文件' },
  { browser: 'en-GB', lang: 'en', dir: 'ltr', library: 'Library', newDocument: 'New document' },
  { browser: 'fr-CA', lang: 'fr', dir: 'ltr', library: 'Bibliothèque', newDocument: 'Nouveau document' },
  { browser: 'ru-RU', lang: 'ru', dir: 'ltr', library: 'Библиотека', newDocument: 'Новый документ' },
  { browser: 'es-MX', lang: 'es', dir: 'ltr', library: 'Biblioteca', newDocument: 'Nuevo documento' },
] as const;

for (const first of FIRST_START) {
  test.describe(`a browser set to ${first.browser}`, () => {
    test.use({ locale: first.browser });

    test('meets the app in its language at first start', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { name: first.library, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: first.newDocument, exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', first.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', first.dir);
    });
  });
}

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
    // The whole interface switched in place, without a reload.
    await expect(page.getByRole('heading', { name: 'Bibliothèque', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nouveau document', exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await expect(root).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { name: 'Bibliothèque', level: 1 })).toBeVisible();
  });

  test('mirrors the interface: the back button and undo on the right, comments on the left, an English text left to right', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'وثيقة جديدة', exact: true }).click();
    const text = page.getByRole('textbox', { name: 'نص الوثيقة' });
    await expect(text).toBeVisible();
    await text.click();
    await page.keyboard.type('Migrants are rights holders.');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('toolbar', { name: 'المراجعة' }).getByRole('button', { name: 'تعليق', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'تعليق' }).fill('Which rights?');
    await dialog.getByRole('button', { name: 'تعليق', exact: true }).click();
    const margin = page.getByRole('complementary', { name: 'التعليقات بجانب النص' });
    await expect(margin).toContainText('Which rights?');

    const box = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())!;
    const back = await box(page.getByRole('button', { name: '→ المكتبة' }));
    const title = await box(page.getByRole('textbox', { name: 'عنوان الوثيقة' }));
    const pageBox = await box(page.locator('.page'));
    const marginBox = await box(margin);
    expect(back.x).toBeGreaterThan(title.x);
    expect(marginBox.x + marginBox.width).toBeLessThanOrEqual(pageBox.x);
    // Toolbar buttons are named by their action, in Arabic; the first one (undo) sits at the right.
    const bold = await box(page.getByRole('button', { name: 'غامق' }));
    const undo = await box(page.getByRole('button', { name: 'تراجع' }));
    expect(undo.x).toBeGreaterThan(bold.x);
    // The document's own text keeps its direction: English reads left to right in an Arabic interface.
    expect(await text.evaluate((el) => getComputedStyle(el.querySelector('p')!).direction)).toBe('ltr');
    await expect(page.getByLabel('إحصاءات الوثيقة')).toContainText('4 كلمات');
  });
});

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' });

  test('writes the roadmap’s dates the French way, and its milestones in the UN’s French terms', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Feuille de route' }).click();
    await expect(page.getByRole('combobox', { name: 'Cycle' })).toHaveValue('imrf-2030');
    await expect(page.getByRole('option', { name: 'Troisième cycle d’examen (2026-2030)' })).toBeAttached();
    // The roadmap opens on the latest cycle, whose forum is projected for 7 to 10 May 2030.
    const forum = page
      .getByRole('list', { name: 'Jalons' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /Forum d’examen des migrations internationales 2030/ }) });
    await expect(forum.locator('time')).toHaveText('7–10 mai 2030');
    await expect(page.getByRole('separator', { name: /^Aujourd’hui · \d{1,2} \p{L}+ \d{4}$/u })).toBeVisible();
  });
});

test.describe('a browser set to Arabic, on the roadmap', () => {
  test.use({ locale: 'ar-EG' });

  test('names the milestones in the UN’s Arabic terms', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'خريطة الطريق' }).click();
    const milestones = page.getByRole('list', { name: 'المحطات' });
    await expect(milestones.getByRole('heading', { name: /منتدى استعراض الهجرة الدولية 2030/ })).toBeVisible();
    await expect(milestones.getByRole('heading', { name: /المسودة الصفرية لإعلان التقدم المحرز/ })).toBeVisible();
    await expect(milestones.getByRole('heading', { name: /Forum|Declaration|review/ })).toHaveCount(0);
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
