import { expect, type Page } from '@playwright/test';

/** The app's polite live region (`renderer/src/ui/LiveRegions.tsx`): what a screen reader reads when idle. */
export const politeRegion = (page: Page) => page.locator('#live-polite');

/** The app's assertive live region: errors and refusals, read at once. */
export const assertiveRegion = (page: Page) => page.locator('#live-assertive');

/** Fails unless some element has the focus and shows it (an outline or a shadow). */
export async function expectFocusVisible(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { where: 'nowhere', shown: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      where: `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}`,
      shown: outline || style.boxShadow !== 'none',
    };
  });
  expect(focus.shown, `focus is visible on ${focus.where}`).toBe(true);
}
