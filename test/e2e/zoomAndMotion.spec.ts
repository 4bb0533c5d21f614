import { test, expect, type Page } from '@playwright/test';
import { createDocument, openLibrary } from './support/app.ts';

/** What scrolls sideways: the page, or any element wider than the window (by CSS pixels). */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`the page (${document.documentElement.scrollWidth}px)`);
    for (const el of document.querySelectorAll<HTMLElement>('main, main *, dialog, dialog *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).position === 'fixed') continue;
      if (box.right > width + 1 || box.left < -1)
        found.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.left)}–${Math.round(box.right)}px)`);
    }
    return found.slice(0, 10);
  });
}

/** Animations and transitions running now, anywhere on the page. */
function running(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) =>
        a instanceof CSSAnimation ? a.animationName : a instanceof CSSTransition ? a.transitionProperty : 'script',
      ),
  );
}

test.describe('at 200% zoom (a 1280×800 window seen as 640×400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the library, a document with its toolbars and a review panel, and a dialog need no sideways scrolling', async ({
    page,
  }) => {
    await openLibrary(page);
    expect(await sidewaysOverflow(page), 'the library').toEqual([]);
    await createDocument(page, 'Key messages');
    await page.keyboard.type('Regular pathways save lives, and they need to be open to people of every skill level.');
    expect(await sidewaysOverflow(page), 'a document').toEqual([]);
    await page.getByRole('button', { name: 'Comments', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Comments panel' })).toBeVisible();
    expect(await sidewaysOverflow(page), 'a document with its comments panel').toEqual([]);
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    expect(await sidewaysOverflow(page), 'the export dialog').toEqual([]);
  });
});

/** How long a button's hover takes to show (its transition), in seconds. */
const buttonTransition = (page: Page) =>
  page
    .getByRole('button', { name: 'New document' })
    .evaluate((el) => Math.max(...getComputedStyle(el).transitionDuration.split(',').map(parseFloat)));

test('without a preference, buttons ease their hover (what reduced motion must stop)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openLibrary(page);
  expect(await buttonTransition(page)).toBeGreaterThan(0);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates: not the views, the panels, the dialogs or the notices', async ({ page }) => {
    await openLibrary(page);
    expect(await buttonTransition(page)).toBe(0);
    await createDocument(page, 'Key messages');
    await page.keyboard.type('Regular pathways save lives.');
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    await page.getByRole('button', { name: 'Save version…' }).click();
    await page.getByRole('textbox', { name: 'Version name' }).fill('First');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Message' })).toContainText('saved');
    expect(await running(page)).toEqual([]);
    // Whatever styles may add later, the rule for reduced motion holds every element still.
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const style = getComputedStyle(el);
          return (
            style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
            style.animationDuration.split(',').some((d) => parseFloat(d) > 0)
          );
        }).length,
    );
    expect(moving).toBe(0);
  });
});
