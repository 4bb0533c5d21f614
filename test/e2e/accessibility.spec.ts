import { test, expect, type Page } from '@playwright/test';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';
import { en } from '../../shared/i18n/catalogues/en.ts';
import { ar } from '../../shared/i18n/catalogues/ar.ts';
import { expectNoSeriousViolations } from './support/axe.ts';

// axe is injected as a script, which the app's Content-Security-Policy refuses: these tests alone bypass it.
const LANGUAGES = [
  { browser: 'en-GB', t: createTranslator('en', en), rtl: false },
  { browser: 'ar-EG', t: createTranslator('ar', ar), rtl: true },
] as const;

/** A title as the interface interpolates it: isolated in a right-to-left interface (`renderer/src/i18n/isolate.ts`). */
const asShown = (text: string, rtl: boolean) => (rtl ? `\u2068${text}\u2069` : text);

/** Back to the library through the address, as a bookmark would. */
async function backToLibrary(page: Page, t: Translator): Promise<void> {
  await page.evaluate(() => void (location.hash = '#/'));
  await expect(page.getByRole('heading', { name: t('library.title'), level: 1 })).toBeVisible();
}

/** Opens a dialog with `open`, checks it, closes it with Escape and checks focus came back to `opener`. */
async function checkDialog(page: Page, where: string, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(page, where);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

async function openLibrary(page: Page, t: Translator): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: t('library.title'), level: 1 })).toBeVisible();
}

for (const { browser, t, rtl } of LANGUAGES) {
  test.describe(`axe in ${browser}`, () => {
    test.use({ locale: browser, bypassCSP: true });
    // Each axe pass reads the whole page; a dozen of them take a while on a shared machine.
    test.slow();

    test('the library, its dialogs, the roadmap, coverage, trash and notices have no serious violations', async ({
      page,
    }) => {
      await openLibrary(page, t);
      await expectNoSeriousViolations(page, 'the empty library and settings');
      await checkDialog(page, 'new from template', () =>
        page.getByRole('button', { name: t('library.newFromTemplate') }).click(),
      );
      await checkDialog(page, 'join a relay', () => page.getByRole('button', { name: t('relay.join') }).click());
      await checkDialog(page, 'the keyboard shortcut help', () =>
        page.getByRole('button', { name: t('shortcuts.title') }).click(),
      );
      await checkDialog(page, 'your name and organisation', () =>
        page.getByRole('button', { name: t('settings.profileUnset') }).click(),
      );

      await page.getByRole('button', { name: t('library.roadmap') }).click();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page).toHaveURL(/#\/roadmap$/);
      await expectNoSeriousViolations(page, 'the roadmap');
      await backToLibrary(page, t);
      await page.getByRole('button', { name: t('library.coverage') }).click();
      await expect(page).toHaveURL(/#\/coverage$/);
      await expectNoSeriousViolations(page, 'coverage');
      await backToLibrary(page, t);

      await page.getByRole('button', { name: t('library.newDocument'), exact: true }).click();
      await expect(page.getByRole('textbox', { name: t('document.text') })).toBeVisible();
      await backToLibrary(page, t);
      await expect(page.getByRole('table', { name: t('library.documents') })).toBeVisible();
      await expectNoSeriousViolations(page, 'the library with a document');
      await page
        .getByRole('button', { name: t('library.trashNamed', { title: asShown(t('library.untitled'), rtl) }) })
        .click();
      await expect(page.getByRole('region', { name: t('notice.label') })).not.toBeEmpty();
      await expectNoSeriousViolations(page, 'the library with a notice');
      await page.getByRole('button', { name: t('library.trash') }).click();
      await expect(
        page.getByRole('button', { name: t('trash.restoreNamed', { title: asShown(t('library.untitled'), rtl) }) }),
      ).toBeVisible();
      await expectNoSeriousViolations(page, 'the trash');
      await checkDialog(page, 'empty the trash', () => page.getByRole('button', { name: t('trash.empty') }).click());
    });

    test('a document, its dialogs and every side panel have no serious violations', async ({ page }) => {
      await openLibrary(page, t);
      await page.getByRole('button', { name: t('library.newDocument'), exact: true }).click();
      const text = page.getByRole('textbox', { name: t('document.text') });
      await expect(text).toBeVisible();
      await text.click();
      await page.keyboard.type('Regular pathways save lives.');
      await expectNoSeriousViolations(page, 'a document');

      await checkDialog(page, 'the footnote dialog', () =>
        page.getByRole('button', { name: t('toolbar.footnote') }).click(),
      );
      await checkDialog(page, 'the link dialog', () => page.getByRole('button', { name: t('toolbar.link') }).click());
      await checkDialog(page, 'the tag picker', () => page.getByRole('button', { name: t('toolbar.tag') }).click());
      await checkDialog(page, 'the keyboard shortcut help in a document', () =>
        page.getByRole('button', { name: t('shortcuts.title') }).click(),
      );
      await checkDialog(page, 'the export dialog', () =>
        page.getByRole('button', { name: t('document.export') }).click(),
      );
      await checkDialog(page, 'save as template', () =>
        page.getByRole('button', { name: t('document.saveAsTemplate') }).click(),
      );
      await checkDialog(page, 'the comment dialog', async () => {
        await text.click();
        await page.keyboard.press('ControlOrMeta+a');
        await page.getByRole('button', { name: t('comments.comment'), exact: true }).click();
      });

      for (const panel of ['comments', 'suggestions', 'versions', 'sign-off'] as const) {
        await page.getByRole('button', { name: t('review.panel', { panel }) }).click();
        await expect(page.getByRole('complementary', { name: t('review.panelLabel', { panel }) })).toBeVisible();
        await expectNoSeriousViolations(page, `the ${panel} panel`);
      }
      await page.getByRole('button', { name: t('review.panel', { panel: 'versions' }) }).click();
      const versions = page.getByRole('complementary', { name: t('review.panelLabel', { panel: 'versions' }) });
      await checkDialog(page, 'save a version', () =>
        versions.getByRole('button', { name: t('versions.saveEllipsis') }).click(),
      );
    });
  });
}
