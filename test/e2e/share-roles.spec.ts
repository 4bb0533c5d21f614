import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { documentStatus, documentText, editorText, joinByLink, libraryStatus } from './support/app.ts';
import { inviteFromShareDialog } from './support/shareDialog.ts';

// Issue 13: the owner invites an editor, a commenter and a viewer from the Share dialog; each tries
// every control, is offered only what the relay takes, and sees "all changes saved" afterwards.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

type Invited = 'editor' | 'commenter' | 'viewer';
const ROLE_LABEL: Record<Invited, string> = { editor: 'Editor', commenter: 'Commenter', viewer: 'Viewer' };

const titleField = (page: Page) => page.getByRole('textbox', { name: 'Document title' });
const reviewButton = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Review' }).getByRole('button', { name, exact: true });

/** Someone joins with `link` in their own browser context and opens the document. */
async function joinAndOpen(browser: Browser, link: string, name: string, role: Invited): Promise<Page> {
  const page = await joinByLink(browser, link, name);
  await expect(page.locator('.relay-bar')).toContainText(` · ${role}`);
  await page.getByRole('link', { name: 'Joint statement' }).click();
  await expect.poll(() => documentText(page)).toBe('End child detention.');
  return page;
}

/** Every library, document and roadmap control: offered to an editor, refused with a reason to the others. */
async function triesEveryControl(page: Page, role: Invited): Promise<void> {
  const writes = role === 'editor';
  const reason =
    role === 'viewer'
      ? 'Viewers can read and export; ask an editor to make changes.'
      : 'Commenters can suggest and comment; ask an editor to change the document’s settings.';
  if (writes) await expect(titleField(page)).not.toHaveAttribute('readonly');
  else await expect(titleField(page)).toHaveAttribute('readonly', '');
  const settings = [
    page.getByRole('checkbox', { name: 'Numbered paragraphs' }),
    page.getByRole('combobox', { name: 'Document language' }),
    page.getByRole('combobox', { name: 'Status' }),
    page.getByRole('button', { name: 'Save as template…' }),
  ];
  for (const control of settings) {
    if (writes) await expect(control).toBeEnabled();
    else await expect(control).toBeDisabled();
  }
  if (!writes) await expect(page.getByRole('combobox', { name: 'Document language' })).toHaveAttribute('title', reason);
  await expect(editorText(page)).toHaveAttribute('contenteditable', role === 'viewer' ? 'false' : 'true');
  if (role === 'commenter') await expect(reviewButton(page, 'Suggesting')).toHaveAttribute('aria-pressed', 'true');
  if (role !== 'editor') await expect(reviewButton(page, 'Suggesting')).toBeDisabled();

  await page.getByRole('button', { name: '← Library' }).click();
  const library = [page.getByRole('button', { name: 'New document' }), page.getByRole('button', { name: /^Rename / })];
  for (const control of library) {
    if (writes) await expect(control).toBeEnabled();
    else await expect(control).toBeDisabled();
  }
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);

  // The roadmap is the workspace's too: its checklists and members are not offered to readers.
  await page.getByRole('button', { name: 'Roadmap' }).click();
  const tick = page
    .getByRole('list', { name: /^Checklist for / })
    .first()
    .getByRole('checkbox')
    .first();
  const addMember = page.getByRole('button', { name: 'Add member' });
  for (const control of [tick, addMember]) {
    if (writes) await expect(control).toBeEnabled();
    else await expect(control).toBeDisabled();
  }
  if (!writes)
    await expect(page.getByRole('note')).toContainText(role === 'viewer' ? 'Viewers can read' : 'Commenters');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved');
  await page.getByRole('link', { name: /^Joint statement/ }).click();
}

test('the owner invites an editor, a commenter and a viewer from the Share dialog; each is offered only what the relay takes', async ({
  browser,
}) => {
  // Four members in their own contexts through one relay: minutes on a loaded machine.
  test.slow();
  const ownerToken = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
  const amina = await joinByLink(browser, `${relay.httpUrl}/#join=${ownerToken}`, 'Amina');
  await expect(amina.locator('.relay-bar')).toContainText(' · owner');
  await amina.getByRole('button', { name: 'New document' }).click();
  await titleField(amina).fill('Joint statement');
  await editorText(amina).click();
  await amina.keyboard.type('End child detention.');
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await amina.getByRole('button', { name: '← Library' }).click();

  const links = {
    editor: await inviteFromShareDialog(amina, 'for PICUM', ROLE_LABEL.editor),
    commenter: await inviteFromShareDialog(amina, 'for Caritas Lebanon', ROLE_LABEL.commenter),
    viewer: await inviteFromShareDialog(amina, 'for the observers', ROLE_LABEL.viewer),
  };
  const bruno = await joinAndOpen(browser, links.editor, 'Bruno', 'editor');
  const chidi = await joinAndOpen(browser, links.commenter, 'Chidi', 'commenter');
  const dana = await joinAndOpen(browser, links.viewer, 'Dana', 'viewer');
  await amina.getByRole('link', { name: 'Joint statement' }).click();

  for (const [page, role] of [
    [bruno, 'editor'],
    [chidi, 'commenter'],
    [dana, 'viewer'],
  ] as const) {
    await triesEveryControl(page, role);
  }

  // What each may do reaches the owner; every one of them ends with nothing waiting.
  await titleField(bruno).fill('Joint statement on detention');
  await expect(titleField(amina)).toHaveValue('Joint statement on detention');
  await editorText(chidi).click();
  await chidi.keyboard.press('Control+End');
  await chidi.keyboard.type(' Now.');
  await expect(amina.locator('ins')).toHaveText(' Now.');
  for (const page of [amina, bruno, chidi, dana]) {
    await expect(documentStatus(page)).toHaveText('Online: all changes saved');
    await expect(titleField(page)).toHaveValue('Joint statement on detention');
  }

  // Final locks the metadata for the editor too, and says why.
  await amina.getByRole('combobox', { name: 'Status' }).selectOption('Final');
  await expect(editorText(bruno)).toHaveAttribute('contenteditable', 'false');
  await expect(titleField(bruno)).toHaveAttribute('readonly', '');
  await expect(bruno.locator('label.title-field')).toHaveAttribute(
    'title',
    'This document is final; an editor must reopen it before anything can change.',
  );
  await expect(bruno.getByRole('checkbox', { name: 'Numbered paragraphs' })).toBeDisabled();
  await expect(bruno.getByRole('combobox', { name: 'Document language' })).toBeDisabled();
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');
});
