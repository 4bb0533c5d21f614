import { test, expect, type Page } from '@playwright/test';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { en } from '../../shared/i18n/catalogues/en.ts';
import { ar } from '../../shared/i18n/catalogues/ar.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { AUTHOR_COLOURS } from '../../renderer/src/app/authorColours.ts';
import { expectNoSeriousViolations, expectReadableInEveryColour } from './support/axe.ts';
import { publishNewerBuild, serveBuildCopy, shellInstalled } from './support/webBuildCopy.ts';

// The views and dialogs accessibility.spec.ts does not reach: images, cross-references, renaming,
// reopening, versions, a commented and suggested text, authorship, the milestone editor, the cover,
// the export dialog's figure checks, the app update banner and the notice of data from a newer version.
const LANGUAGES = [
  { browser: 'en-GB', t: createTranslator('en', en) },
  { browser: 'ar-EG', t: createTranslator('ar', ar) },
] as const;

/** A name that begins with `prefix` (an ICU message cut before its first argument). */
const startingWith = (prefix: string) => new RegExp(`^${prefix.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** A new document with one sentence typed into it; returns its text box. */
async function newDocumentWithText(page: Page, t: (typeof LANGUAGES)[number]['t']) {
  await page.goto('./');
  await page.getByRole('button', { name: t('library.newDocument'), exact: true }).click();
  const text = page.getByRole('textbox', { name: t('document.text') });
  await text.click();
  await page.keyboard.type('Regular pathways save lives.');
  return text;
}

/** Checks the dialog that `open` opens, then closes it with `close` (Escape unless given). */
async function checkDialog(page: Page, where: string, open: () => Promise<void>, close?: () => Promise<void>) {
  await open();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(page, where);
  await (close ? close() : page.keyboard.press('Escape'));
  await expect(dialog).toHaveCount(0);
}

for (const { browser, t } of LANGUAGES) {
  test.describe(`axe in ${browser}`, () => {
    test.use({ locale: browser, bypassCSP: true });
    test.slow();

    test('images, cross-references, comments, suggestions, authorship, versions and reopening have no serious violations', async ({
      page,
    }) => {
      const text = await newDocumentWithText(page, t);

      await checkDialog(
        page,
        'describe the image',
        () =>
          page.getByLabel(t('image.fileLabel')).setInputFiles({
            name: 'chart.gif',
            mimeType: 'image/gif',
            buffer: Buffer.from(imageFixture('chart.gif')),
          }),
        async () => {
          const dialog = page.getByRole('dialog');
          await dialog.getByRole('textbox', { name: t('image.altLabel') }).fill('Bar chart');
          await dialog.getByRole('textbox', { name: t('image.captionLabel') }).fill('Cases');
          await dialog.getByRole('button', { name: t('image.insertConfirm') }).click();
        },
      );
      await text.locator('figure img').click();
      await expect(page.getByRole('button', { name: t('image.smaller') })).toBeVisible();
      await expectNoSeriousViolations(page, 'a document with a selected, captioned image and its tools');
      await checkDialog(page, 'the alt text dialog', () =>
        page.getByRole('button', { name: t('image.altEdit'), exact: true }).click(),
      );
      await checkDialog(page, 'the cross-reference dialog', () =>
        page.getByRole('button', { name: t('crossRef.insert') }).click(),
      );

      // A comment in the margin, a suggestion, and who wrote what.
      await text.locator('p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.getByRole('button', { name: t('comments.comment'), exact: true }).click();
      const commentDialog = page.getByRole('dialog');
      await commentDialog.getByRole('textbox', { name: t('comments.comment') }).fill('Which pathways?');
      await commentDialog.getByRole('button', { name: t('comments.comment'), exact: true }).click();
      await expect(page.getByRole('complementary', { name: t('comments.margin') })).toContainText('Which pathways?');
      const suggesting = page.getByRole('button', { name: t('review.suggesting') });
      await suggesting.click();
      await text.locator('p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' And they are safe.');
      await page.keyboard.press('Home');
      for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Delete');
      await suggesting.click();
      await expect(text.locator('ins')).not.toHaveCount(0);
      await expect(text.locator('del')).not.toHaveCount(0);
      await page.getByRole('button', { name: t('review.authorship') }).click();
      await expectNoSeriousViolations(page, 'a document with a comment, a suggestion and authorship shown');
      await expectReadableInEveryColour(page, AUTHOR_COLOURS);

      // A version opened, compared and (nearly) restored.
      await page.getByRole('button', { name: t('review.panel', { panel: 'versions' }) }).click();
      const versions = page.getByRole('complementary', { name: t('review.panelLabel', { panel: 'versions' }) });
      await versions.getByRole('button', { name: t('versions.saveEllipsis') }).click();
      await page
        .getByRole('dialog')
        .getByRole('textbox', { name: t('versions.name') })
        .fill('First');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await checkDialog(page, 'a version', () =>
        versions.getByRole('button', { name: t('versions.open'), exact: true }).click(),
      );
      await checkDialog(page, 'a version compared with now', () =>
        versions.getByRole('button', { name: t('versions.compare') }).click(),
      );
      await checkDialog(page, 'restore a version', () =>
        versions.getByRole('button', { name: t('versions.restoreEllipsis') }).click(),
      );

      // Reopening a final document asks why.
      const status = page.getByRole('combobox', { name: t('status.label') });
      await status.selectOption('final');
      await checkDialog(page, 'reopen a final document', async () => void (await status.selectOption('draft')));
    });

    test('renaming in the library and the milestone editor have no serious violations', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: t('library.newDocument'), exact: true }).click();
      await expect(page.getByRole('textbox', { name: t('document.text') })).toBeVisible();
      await page.evaluate(() => void (location.hash = '#/'));
      await checkDialog(page, 'rename a document', () =>
        page.getByRole('button', { name: startingWith(t('library.renameNamed', { title: '' })) }).click(),
      );

      await page.getByRole('button', { name: t('library.roadmap') }).click();
      await page
        .getByRole('button', { name: startingWith(t('milestone.edit', { title: '' })) })
        .first()
        .click();
      await expect(page.getByRole('textbox', { name: t('milestone.notes') })).toBeVisible();
      await expectNoSeriousViolations(page, 'the milestone editor');
    });

    test('the cover, the export check of an image without alt text and the newer-data notice have no serious violations', async ({
      page,
    }) => {
      const text = await newDocumentWithText(page, t);
      await checkDialog(page, 'the cover dialog', () =>
        page.getByRole('button', { name: t('document.cover') }).click(),
      );

      // An image inserted without alt text: the export dialog says so before exporting.
      await page.getByLabel(t('image.fileLabel')).setInputFiles({
        name: 'chart.gif',
        mimeType: 'image/gif',
        buffer: Buffer.from(imageFixture('chart.gif')),
      });
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('image.insertConfirm') })
        .click();
      await expect(text.locator('figure img')).toHaveCount(1);
      await checkDialog(page, 'the export dialog warning of an image without alt text', async () => {
        await page.getByRole('button', { name: t('document.export') }).click();
        await expect(page.getByRole('dialog').getByRole('note')).toHaveText(t('export.missingAlt', { count: 1 }));
      });

      // A newer version of the app wrote this profile's data: the app says so instead of opening it.
      await page.evaluate(() => localStorage.setItem('concord.dataFormat', '2'));
      await page.reload();
      await expect(page.getByRole('region', { name: t('dataFormat.newerTitle') })).toBeVisible();
      await expectNoSeriousViolations(page, 'the notice of data saved by a newer version');
    });

    test('the banner of a new version of the app has no serious violations', async ({ page }) => {
      const served = await serveBuildCopy();
      try {
        await page.goto(served.url);
        await expect(page.getByRole('heading', { name: t('library.title') })).toBeVisible();
        await shellInstalled(page);
        publishNewerBuild(served);
        await page.reload();
        await expect(page.getByRole('region', { name: t('update.label') })).toContainText(t('update.ready'));
        await expectNoSeriousViolations(page, 'the app update banner');
      } finally {
        // The server ends once the page's connections (the service worker's too) are closed.
        await page.context().close();
        await served.stop();
      }
    });
  });
}
