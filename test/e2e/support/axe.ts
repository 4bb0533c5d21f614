import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0/2.1/2.2 A and AA rules: the level Concord guarantees. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: rule, impact, what is wrong and where, so a failure says what to fix. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `[${v.impact}] ${v.id}: ${v.help} — ${n.target.join(' ')}\n    ${n.failureSummary ?? ''}`),
  );
}

/** Runs axe over the page as it is now (`where` names the view or dialog) and fails on a serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(describe(serious), `serious or critical accessibility violations in ${where}`).toEqual([]);
}

/**
 * Gives every author-coloured part of the text (suggestions, "who wrote what") each of `colours` in
 * turn and fails on text below the contrast WCAG AA asks (4.5:1), naming the colour.
 */
export async function expectReadableInEveryColour(page: Page, colours: readonly string[]): Promise<void> {
  // Suggestions take their colour from SuggestionStyles' rules, authorship from an inline style.
  const coloured = page.locator('.ProseMirror :is(ins, del, [style*="--author-colour"])');
  expect(await coloured.count(), 'author-coloured text to check').toBeGreaterThan(0);
  for (const colour of colours) {
    await coloured.evaluateAll((els, c) => {
      for (const el of els) (el as HTMLElement).style.setProperty('--author-colour', c);
    }, colour);
    const result = await new AxeBuilder({ page }).include('.ProseMirror').withRules(['color-contrast']).analyze();
    expect(describe(result.violations), `text in the author colour ${colour}`).toEqual([]);
  }
}
