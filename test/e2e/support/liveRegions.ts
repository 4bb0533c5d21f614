import type { Page } from '@playwright/test';

/**
 * Every place a screen reader would read `text` out from by itself, one entry per announcement:
 * each shown element holding it that is a live region (aria-live, or the implicit one of role
 * alert, status or log) and each role=alert (browsers also raise a system alert for it, whatever
 * its aria-live says). A message read once has exactly one entry; a live region inside another, or
 * a visible notice that is also a live region beside the app's own, gives two.
 */
export function readersOf(page: Page, text: string): Promise<string[]> {
  return page.evaluate((text) => {
    const IMPLICIT: Record<string, string> = { alert: 'assertive', status: 'polite', log: 'polite' };
    const name = (el: Element) =>
      el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}[role=${el.getAttribute('role') ?? ''}]`;
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.textContent?.includes(text) || !el.checkVisibility()) continue;
      const role = el.getAttribute('role') ?? '';
      const live = el.getAttribute('aria-live') ?? IMPLICIT[role] ?? 'off';
      if (live !== 'off') found.push(`${name(el)} (live ${live})`);
      if (role === 'alert') found.push(`${name(el)} (alert event)`);
    }
    return found;
  }, text);
}
