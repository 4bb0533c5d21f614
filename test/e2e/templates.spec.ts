import { test, expect, type Page } from '@playwright/test';
import { editorText, openLibrary } from './support/app.ts';

async function newFromTemplate(page: Page, template: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page
    .getByRole('radio', { name: new RegExp(`^${template}`) })
    .first()
    .check();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(editorText(page)).toBeVisible();
}

test('a shadow report from its template: one section per objective under its cluster, tagging, coverage and budgets', async ({
  page,
}) => {
  await openLibrary(page);
  await newFromTemplate(page, 'Shadow implementation report', 'Shadow report 2026');
  const text = editorText(page);
  await expect(text.locator('h3')).toHaveCount(23);
  // Objective 13 sits under round table 2's heading, the next h2 before it.
  const under = await text.evaluate((el) => {
    const headings = [...el.querySelectorAll('h2, h3')];
    const i = headings.findIndex((h) => h.tagName === 'H3' && /^Objective 13\b/.test(h.textContent ?? ''));
    const cluster = headings
      .slice(0, i)
      .reverse()
      .find((h) => h.tagName === 'H2');
    return cluster?.textContent ?? '';
  });
  expect(under).toMatch(/^Round table 2/);
  await expect(text.locator('aside.guidance').first()).toBeVisible();

  // Write a paragraph in the "Who we are" section and tag it with objective 13.
  await text.locator('h1', { hasText: 'Who we are' }).locator('xpath=following-sibling::p[1]').click();
  await page.keyboard.type('Our members run community alternatives to detention in three cities.');
  await page.getByRole('button', { name: 'Tag objectives and principles' }).click();
  await page.getByRole('textbox', { name: 'Search objectives and principles' }).fill('detention');
  await page.getByRole('checkbox', { name: /O13/ }).check();
  await page.getByRole('button', { name: 'Apply tags' }).click();
  await expect(text.locator('p.has-margin-tags[data-margin-tags~="O13"]')).toHaveCount(1);

  // Type past a section's budget (objective sections have 600 words) and see the warning.
  await text
    .locator('h3', { hasText: /^Objective 2\b/ })
    .locator('xpath=following-sibling::p[1]')
    .click();
  await page.keyboard.insertText('word '.repeat(620));
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByText(/Over budget by \d+ words/)).toBeVisible();

  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Coverage' }).click();
  const row = page.getByRole('row', { name: /^13\. Alternatives to detention/ });
  await expect(row.getByRole('link', { name: /words on objective 13 in Shadow report 2026/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^9\. Counter smuggling/ })).toContainText('gap');
  await row.getByRole('link').click();
  await expect(editorText(page)).toBeVisible();
});

test('a pledge description under 300 characters is flagged', async ({ page }) => {
  await openLibrary(page);
  await newFromTemplate(page, 'Pledge', 'Pledge on safe pathways');
  await editorText(page).locator('h1', { hasText: 'Description' }).locator('xpath=following-sibling::p[1]').click();
  await page.keyboard.type('We will fund legal aid.');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByText(/Too short: \d+ more characters needed/)).toBeVisible();
  await page.keyboard.insertText(' More detail.'.repeat(25));
  await expect(sections.getByText(/Too short/)).toHaveCount(0);
});

test('the roadmap marks today, lists linked documents and keeps a shared checklist', async ({ page }) => {
  await openLibrary(page);
  await newFromTemplate(page, 'Multi-stakeholder hearing statement', 'Hearing statement');
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Roadmap' }).click();
  await expect(page.getByRole('separator', { name: /^Today/ })).toBeVisible();
  const checklists = page.getByRole('list', { name: /^Checklist for / });
  const first = checklists.first().getByRole('checkbox').first();
  await first.check();
  await expect(first).toBeChecked();
  await page.getByRole('textbox', { name: 'New member organisation' }).fill('Migrant Rights Network');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('region', { name: 'Member organisations' })).toContainText('Migrant Rights Network');
});

test('any document can be saved as a workspace template and used for a new document', async ({ page }) => {
  await openLibrary(page);
  await newFromTemplate(page, 'Op-ed or blog post', 'Op-ed for Migrants Day');
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByRole('textbox', { name: 'Template name' }).fill('Our op-ed format');
  await page.getByRole('button', { name: 'Save template' }).click();
  await page.getByRole('button', { name: '← Library' }).click();
  await newFromTemplate(page, 'Our op-ed format', 'Second op-ed');
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Second op-ed');
  await expect(editorText(page).locator('h1, h2').first()).toBeVisible();
});

test('unconfirmed templates and milestones carry a badge, and a projected date is recorded as announced', async ({
  page,
}) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New from template…' }).click();
  const vnr = page.locator('label.template-option', { hasText: 'Input to a voluntary national review' }).first();
  await expect(vnr.locator('.badge')).toHaveText('unconfirmed');
  const opEd = page.locator('label.template-option', { hasText: 'Op-ed or blog post' }).first();
  await expect(opEd.locator('.badge')).toHaveCount(0);
  await vnr.getByRole('radio').check();
  await expect(page.getByRole('note', { name: 'About this template' })).toContainText('reporting structure');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Roadmap' }).click();
  // A milestone's heading reads "<dates> <title> <badge> Edit", the dates ending with the year (written by Intl
  // for the browser's language): match the title exactly after them.
  const milestone = (title: string) => {
    const name = new RegExp(`^.*?\\d{4} ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: |$)`);
    return page
      .getByRole('list', { name: 'Milestones' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name }) });
  };
  const forum = milestone('International Migration Review Forum 2030');
  await expect(forum.locator('.badge')).toHaveText('projected');
  await expect(forum.locator('time')).toHaveText('May 7 – 10, 2030');

  await forum.getByRole('button', { name: 'Edit International Migration Review Forum 2030' }).click();
  const form = page.getByRole('form', { name: 'Edit International Migration Review Forum 2030' });
  await form.getByLabel('Start date').fill('2030-05-14');
  await form.getByLabel('End date').fill('2030-05-17');
  await form.getByLabel('Source').fill('PGA letter of 2 December 2029');
  await form.getByRole('checkbox', { name: /Confirmed/ }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(forum.locator('time')).toHaveText('May 14 – 17, 2030');
  await expect(forum.locator('.badge')).toHaveCount(0);
  await expect(milestone('Multi-stakeholder hearing').locator('.badge')).toHaveText('projected');

  // The correction is stored in the workspace: it is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Roadmap', level: 1 })).toBeVisible();
  await expect(milestone('International Migration Review Forum 2030').locator('time')).toHaveText('May 14 – 17, 2030');

  await page.getByRole('combobox', { name: 'Cycle' }).selectOption({ label: 'Second review cycle (2024-2026)' });
  await expect(milestone('Progress Declaration').locator('.badge')).toHaveText('unconfirmed');
  await expect(milestone('Progress Declaration').locator('.confidence-note')).toContainText('placeholder');
});
