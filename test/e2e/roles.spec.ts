import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli, signWithRelayKey } from '../relay/support/cli.ts';
import { apiPath } from '../../shared/protocol/membersApi.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { newId } from '../../shared/ids.ts';
import { documentText, editorText, joinByLink, notice } from './support/app.ts';

// Roles that fail safe (issue 13): controls a role may not use are not offered and say why, and a
// change the relay refuses anyway is set aside without locking the person out.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

const documentStatus = (page: Page) => page.getByRole('status', { name: 'Document sync status' });
const titleField = (page: Page) => page.getByRole('textbox', { name: 'Document title' });

/** A member joining through the browser invite link in their own browser profile. */
const join = (browser: Browser, token: string, name: string) =>
  joinByLink(browser, `${relay.httpUrl}/#join=${token}`, name);

/** Amina (the owner: she connected the workspace first) writes a document; Bruno joins with `role` and opens it. */
async function aminaAndBruno(browser: Browser, role: 'editor' | 'commenter') {
  const workspace = newId();
  const aminaToken = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
  const amina = await join(browser, aminaToken, 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await titleField(amina).fill('Joint statement');
  await editorText(amina).click();
  await amina.keyboard.type('End child detention.');
  const brunoToken = await inviteViaCli(relay.dataDir, workspace, role, ['--relay', relay.url]);
  const bruno = await join(browser, brunoToken, 'Bruno');
  await bruno.getByRole('link', { name: 'Joint statement' }).click();
  await expect.poll(() => documentText(bruno)).toBe('End child detention.');
  return { workspace, amina, aminaToken, bruno, brunoToken };
}

/** Bruno comments on the first word of the text. */
async function comment(page: Page, text: string): Promise<void> {
  await editorText(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Control+Alt+m');
  const dialog = page.getByRole('dialog', { name: /^Comment on/ });
  await dialog.getByRole('textbox', { name: 'Comment' }).fill(text);
  await dialog.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a commenter is not offered the title or numbering, and is told why', async ({ browser }) => {
  const { bruno } = await aminaAndBruno(browser, 'commenter');
  await expect(titleField(bruno)).toHaveAttribute('readonly', '');
  await titleField(bruno).press('End');
  await titleField(bruno).pressSequentially(' (changed)');
  await expect(titleField(bruno)).toHaveValue('Joint statement');
  await expect(bruno.locator('label.title-field')).toHaveAttribute(
    'title',
    'Commenters can suggest and comment; ask an editor to change the title.',
  );
  const numbering = bruno.getByRole('checkbox', { name: 'Numbered paragraphs' });
  await expect(numbering).toBeDisabled();
  // Nor may a commenter add documents to the library.
  await bruno.getByRole('button', { name: '← Library' }).click();
  await expect(bruno.getByRole('button', { name: 'New document' })).toBeDisabled();
});

test('a change refused after the role changed offline is set aside; the commenter is not locked out', async ({
  browser,
}) => {
  // Two browsers, a relay and reconnections after a role change: over a minute on a loaded machine.
  test.slow();
  const { workspace, amina, aminaToken, bruno, brunoToken } = await aminaAndBruno(browser, 'editor');

  // Bruno, an editor, renames the document while offline…
  await bruno.getByRole('button', { name: 'Work offline' }).click();
  await expect(documentStatus(bruno)).toHaveText('Offline: changes kept on this computer');
  await titleField(bruno).fill('Hijacked');
  // …and meanwhile the owner makes him a commenter from her app's relay (the sharing API).
  const member = decodeTokenPayload(brunoToken)!.id;
  const changed = await fetch(`${relay.httpUrl}${apiPath(workspace, 'members', member)}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${aminaToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'commenter' }),
  });
  expect(changed.status).toBe(200);

  // Back online, the relay refuses the rename: it is set aside, shown in words, and the title returns.
  await bruno.getByRole('button', { name: 'Go online' }).click();
  const setAside = bruno.getByRole('region', { name: 'Changes not shared' });
  await expect(setAside).toContainText(
    'Not shared: Commenters can suggest and comment; ask an editor to change the title.',
  );
  await expect(setAside.getByRole('listitem')).toHaveText(['Title: Hijacked']);
  await expect(titleField(bruno)).toHaveValue('Joint statement');
  await expect(titleField(bruno)).toHaveAttribute('readonly', '');
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');

  // What he does next reaches everyone: his comment arrives at Amina's.
  await comment(bruno, 'Which States?');
  await expect(amina.getByRole('article', { name: /^Comment by Bruno/ })).toContainText('Which States?');
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');
  await expect(titleField(amina)).toHaveValue('Joint statement');

  // After a reload the refused change is not sent again, and the set-aside can be dismissed.
  await bruno.reload();
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');
  await expect(titleField(bruno)).toHaveValue('Joint statement');
  await setAside.getByRole('button', { name: 'Dismiss' }).click();
  await expect(setAside).toBeHidden();
  await expect(titleField(amina)).toHaveValue('Joint statement');
});

const FINAL = 'This document is final; an editor must reopen it before anything can change.';
const VIEWER = 'Viewers can read and export; ask an editor to make changes.';
const reviewButton = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Review' }).getByRole('button', { name, exact: true });

/** Opens the document's one footnote (from the list under the text, or its number in the text): read-only, saying why. */
async function footnoteSaysWhy(page: Page, reason: string, from: 'list' | 'number'): Promise<void> {
  if (from === 'list') await page.getByRole('button', { name: 'Edit footnote 1' }).click();
  else await editorText(page).locator('sup.footnote-ref').click();
  const dialog = page.getByRole('dialog', { name: 'Footnote', exact: true });
  await expect(dialog).toContainText(reason);
  const text = dialog.getByRole('textbox', { name: 'Footnote text' });
  await expect(text).toHaveAttribute('readonly', '');
  await expect(text).toHaveAccessibleDescription(reason);
  await text.press('End');
  await text.pressSequentially(' (changed)');
  await expect(text).toHaveValue('A/RES/73/195, para 29.');
  await expect(dialog.getByRole('button')).toHaveText(['Close']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

test('in a final document nobody is offered a footnote, reply or decision the relay would refuse; each control says why', async ({
  browser,
}) => {
  // Three browsers through one relay, and a walk through every review panel: minutes on a loaded machine.
  test.slow();
  const workspace = newId();
  const amina = await join(browser, signWithRelayKey(relay.dataDir, { ws: workspace, role: 'editor' }), 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await titleField(amina).fill('Joint statement');
  await editorText(amina).click();
  await amina.keyboard.type('End child detention.');
  await amina.getByRole('button', { name: 'Insert footnote' }).click();
  await amina.getByRole('textbox', { name: 'Footnote text' }).fill('A/RES/73/195, para 29.');
  await amina.getByRole('button', { name: 'Insert footnote' }).last().click();
  await comment(amina, 'Which States?');
  await reviewButton(amina, 'Suggesting').click();
  await editorText(amina).press('Control+End');
  await amina.keyboard.type(' Now.');
  await reviewButton(amina, 'Suggesting').click();
  await expect(amina.locator('ins')).toHaveText(' Now.');

  const opens = async (role: 'editor' | 'viewer', name: string) => {
    const page = await join(browser, signWithRelayKey(relay.dataDir, { ws: workspace, role }), name);
    await page.getByRole('link', { name: 'Joint statement' }).click();
    await expect(page.locator('ins')).toHaveText(' Now.');
    return page;
  };
  const [bruno, dana] = await Promise.all([opens('editor', 'Bruno'), opens('viewer', 'Dana')]);
  await amina.getByRole('combobox', { name: 'Status' }).selectOption('Final');
  await expect(editorText(bruno)).toHaveAttribute('contenteditable', 'false');
  await expect(editorText(dana)).toHaveAttribute('contenteditable', 'false');

  // Bruno, an editor: the footnote opens to be read, the thread takes no reply, the suggestion no decision.
  await footnoteSaysWhy(bruno, FINAL, 'list');
  await footnoteSaysWhy(bruno, FINAL, 'number');
  await reviewButton(bruno, 'Comments').click();
  const thread = bruno.getByRole('article', { name: /^Comment by Amina/ });
  await thread.click();
  await expect(thread.getByRole('note')).toHaveText(FINAL);
  await expect(thread.getByRole('textbox', { name: 'Reply' })).toHaveCount(0);
  await expect(thread.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  await reviewButton(bruno, 'Suggestions').click();
  const suggestions = bruno.getByRole('complementary', { name: 'Suggestions panel' });
  await expect(suggestions.getByRole('listitem', { name: 'Suggestion by Amina' })).toBeVisible();
  await expect(suggestions.getByRole('note')).toHaveText(FINAL);
  await expect(suggestions.getByRole('button', { name: /^(Accept|Reject)/ })).toHaveCount(0);
  await expect(reviewButton(bruno, 'Comment')).toBeDisabled();
  await expect(reviewButton(bruno, 'Comment')).toHaveAttribute('title', FINAL);
  await expect(reviewButton(bruno, 'Suggesting')).toHaveAttribute('title', FINAL);
  const bold = bruno.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' });
  await expect(bold).toBeDisabled();
  await expect(bold).toHaveAttribute('title', `Bold: ${FINAL}`);
  // The status stays his to change: that is how a final text is reopened.
  await expect(bruno.getByRole('combobox', { name: 'Status' })).toBeEnabled();

  // Dana, a viewer: the footnote too, and the controls an editor would have say whom to ask.
  await footnoteSaysWhy(dana, VIEWER, 'list');
  await expect(dana.getByRole('combobox', { name: 'Status' })).toHaveAttribute('title', VIEWER);
  await reviewButton(dana, 'Versions').click();
  const save = dana.getByRole('button', { name: 'Save version…' });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute('title', VIEWER);

  // Nothing was set aside or refused; the footnote, the thread and the suggestion are as Amina left them.
  for (const page of [bruno, dana]) {
    await expect(documentStatus(page)).toHaveText('Online: all changes saved');
    await expect(page.getByRole('region', { name: 'Changes not shared' })).toHaveCount(0);
    await expect(notice(page, 'Connection messages')).toHaveCount(0);
  }
  await expect(amina.getByRole('region', { name: 'Footnotes' }).getByRole('listitem')).toHaveText(
    /^A\/RES\/73\/195, para 29\./,
  );
  await expect(amina.locator('ins')).toHaveText(' Now.');
  await expect(amina.getByRole('article', { name: /^Comment by Amina/ }).locator('.messages > li')).toHaveCount(1);
});
