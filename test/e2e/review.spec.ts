import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { signWithRelayKey } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { documentText, editorText, joinByLink, notice, selectText } from './support/app.ts';

let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

/** A member joining through the browser invite link in their own browser profile. */
const join = (browser: Browser, token: string, name: string) =>
  joinByLink(browser, `${relay.httpUrl}/#join=${token}`, name);

/**
 * Amina (an editor) starts a document with some text; Bruno (an editor, or `brunoRole`) opens it.
 * This setup was most of each test's time on a loaded machine (up to 53 of 60 s: two `concord invite`
 * runs, each a cold start of the CLI from sources, 5-10 s; two app start-ups, 5-10 s each; the text
 * typed key by key, 3-11 s), so the tokens are signed in the test, Bruno joins while Amina writes,
 * and her text arrives as one input (typing is tested elsewhere).
 */
async function twoMembersOn(
  browser: Browser,
  title: string,
  text: string,
  brunoRole: 'editor' | 'commenter' = 'editor',
): Promise<[Page, Page]> {
  const workspace = newId();
  // Signed here with the relay's key, as `concord invite` would (the CLI has its own tests). His own
  // invitation: authorship is bound to the member id of the token (one token, one member).
  const token = signWithRelayKey(relay.dataDir, { ws: workspace, role: 'editor' });
  const brunoToken = signWithRelayKey(relay.dataDir, { ws: workspace, role: brunoRole });
  // Amina connects the workspace first (the first editor to connect a new workspace owns it).
  const amina = await join(browser, token, 'Amina');
  const [bruno] = await Promise.all([
    join(browser, brunoToken, 'Bruno'),
    (async () => {
      await amina.getByRole('button', { name: 'New document' }).click();
      await amina.getByRole('textbox', { name: 'Document title' }).fill(title);
      await editorText(amina).click();
      await amina.keyboard.insertText(text);
      await expect.poll(() => documentText(amina)).toBe(text);
    })(),
  ]);
  await bruno.getByRole('link', { name: title }).click();
  await expect.poll(() => documentText(bruno)).toBe(text);
  return [amina, bruno];
}

const synced = (page: Page) =>
  expect(page.getByRole('status', { name: 'Document sync status' })).toHaveText('Online: all changes saved');

/** The texts of the elements matching `selector` in the text, without caret labels or zero-width markers. */
function textsOf(page: Page, selector: string): Promise<string[]> {
  return editorText(page).evaluate((el, selector) => {
    return [...el.querySelectorAll(selector)].map((node) => {
      const clone = node.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
      return (clone.textContent ?? '').replace(/\u200B/g, '');
    });
  }, selector);
}

/** The texts of suggested insertions or deletions. */
const marked = (page: Page, tag: 'ins' | 'del') =>
  textsOf(page, tag === 'ins' ? 'ins.suggestion-insertion' : 'del.suggestion-deletion');

/** The text highlighted as a comment's anchor. */
const anchored = (page: Page) => textsOf(page, '.comment-anchor').then((texts) => texts.join(''));

const panelButton = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Review' }).getByRole('button', { name, exact: true });

test('one member suggests, the other accepts and rejects; offline suggestions merge; both end identical', async ({
  browser,
}) => {
  const [amina, bruno] = await twoMembersOn(browser, 'Joint statement', 'We call on States to end child detention.');

  await panelButton(bruno, 'Suggesting').click();
  await expect(panelButton(bruno, 'Suggesting')).toHaveAttribute('aria-pressed', 'true');
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.type(' Now.');
  await selectText(bruno, 'child');
  await bruno.keyboard.press('Backspace');

  // Everyone sees the suggestions live, in the text and attributed in the list.
  await expect.poll(() => marked(amina, 'ins')).toEqual([' Now.']);
  await expect.poll(() => marked(amina, 'del')).toEqual(['child']);
  await panelButton(amina, 'Suggestions').click();
  const list = amina.getByRole('complementary', { name: 'Suggestions panel' });
  await expect(list.getByRole('listitem', { name: 'Suggestion by Bruno' })).toHaveCount(2);

  // Working apart, both suggest in the same paragraph; after reconnecting both see both.
  await bruno.getByRole('button', { name: 'Work offline' }).click();
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+Home');
  await bruno.keyboard.type('Bruno: ');
  await panelButton(amina, 'Suggesting').click();
  await editorText(amina).click();
  await amina.keyboard.press('Control+End');
  await amina.keyboard.type(' Amina.');
  await bruno.getByRole('button', { name: 'Go online' }).click();
  for (const page of [amina, bruno])
    await expect.poll(() => marked(page, 'ins')).toEqual(['Bruno: ', ' Now.', ' Amina.']);

  await list.getByRole('button', { name: 'Accept all by Amina' }).click();
  // Pressed right after, released once the list has settled: the press still rejects what it was on
  // (the list used to re-render a moment after each decision and move under the pointer, losing the click;
  // the notice shown on joining going by itself 8 s later moved the whole page up under a pressed pointer).
  // It is gone before measuring: going between the measuring and the press would move the target first.
  await expect(notice(amina)).toBeHidden();
  const prefix = list.getByRole('listitem').filter({ hasText: 'Bruno:' });
  const box = await prefix.getByRole('button', { name: 'Reject', exact: true }).boundingBox();
  await amina.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await amina.mouse.down();
  await expect(list.getByRole('button', { name: /^Accept all by/ })).toHaveCount(0);
  await amina.mouse.up();
  await expect(prefix).toHaveCount(0);
  // A double click on a Reject: the first click rejects; the list moves up, and the second lands on the
  // next suggestion's Reject, which must not be rejected (the person never aimed at it).
  const child = list.getByRole('listitem').filter({ hasText: 'Delete “child”' });
  const now = list.getByRole('listitem').filter({ hasText: 'Now.' });
  await child.getByRole('button', { name: 'Reject', exact: true }).dblclick();
  await expect(child).toHaveCount(0);
  await expect(now).toHaveCount(1);
  await now.getByRole('button', { name: 'Accept', exact: true }).click();

  const expected = 'We call on States to end child detention. Now. Amina.';
  await expect.poll(() => documentText(amina).then((t) => t.replace(/\u200B/g, ''))).toBe(expected);
  await expect.poll(() => documentText(bruno).then((t) => t.replace(/\u200B/g, ''))).toBe(expected);
  for (const page of [amina, bruno])
    await expect(page.locator('ins.suggestion-insertion, del.suggestion-deletion')).toHaveCount(0);
  await expect
    .poll(async () => (await editorText(amina).innerHTML()) === (await editorText(bruno).innerHTML()))
    .toBe(true);
  await synced(amina);
  await synced(bruno);
});

test('one member comments, the other replies and resolves; the thread stays on its text', async ({ browser }) => {
  const [amina, bruno] = await twoMembersOn(browser, 'Key messages', 'States should end child detention.');

  await selectText(amina, 'child detention');
  await amina.keyboard.press('Control+Alt+m');
  const dialog = amina.getByRole('dialog', { name: 'Comment on “child detention”' });
  await dialog.getByRole('textbox', { name: 'Comment' }).fill('Which States? ');
  await dialog.getByRole('combobox', { name: 'Mention' }).selectOption({ label: 'Bruno' });
  await dialog.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Bruno sees it beside the text, highlighted on its anchor; he types before the range meanwhile.
  const thread = bruno.getByRole('article', { name: 'Comment by Amina on “child detention”' });
  await expect(thread).toContainText('Which States? @Bruno');
  await expect(thread).toContainText('Mentions: Bruno');
  await expect.poll(() => anchored(bruno)).toBe('child detention');
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+Home');
  await bruno.keyboard.type('All ');
  await expect.poll(() => anchored(amina)).toBe('child detention');
  await expect.poll(() => documentText(amina)).toBe('All States should end child detention.');

  await thread.click();
  await thread.getByRole('textbox', { name: 'Reply' }).fill('All of them, as the Compact says.');
  await thread.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(thread).toContainText('All of them, as the Compact says.');
  await thread.getByRole('button', { name: 'Resolve' }).click();

  // Amina finds it among the resolved threads, with the reply and who resolved it.
  await panelButton(amina, 'Comments').click();
  const panel = amina.getByRole('complementary', { name: 'Comments panel' });
  await panel.getByRole('radio', { name: /Resolved/ }).check();
  const resolved = panel.getByRole('article', { name: 'Comment by Amina on “child detention”' });
  await expect(resolved).toContainText('All of them, as the Compact says.');
  await expect(resolved).toContainText('Resolved by Bruno');
  await panel.getByRole('radio', { name: /Open/ }).check();
  await expect(panel.getByRole('article')).toHaveCount(0);

  // Amina edits her own message; Bruno cannot edit it.
  await panel.getByRole('radio', { name: /All/ }).check();
  await resolved.click();
  await resolved.getByRole('button', { name: 'Edit' }).click();
  await resolved.getByRole('textbox', { name: 'Edit comment' }).fill('Which States exactly?');
  await resolved.getByRole('button', { name: 'Save' }).click();
  await expect(thread).toContainText('Which States exactly?');
  await expect(thread.getByRole('button', { name: 'Edit' })).toHaveCount(1);
});

test('versions: save, compare, open read-only and restore, converging on a second member', async ({ browser }) => {
  const [amina, bruno] = await twoMembersOn(browser, 'Shadow report', 'First draft text.');

  await panelButton(amina, 'Versions').click();
  const panel = amina.getByRole('complementary', { name: 'Versions panel' });
  await panel.getByRole('button', { name: 'Save version…' }).click();
  await amina.getByRole('textbox', { name: 'Version name' }).fill('sent to co-facilitators 12 May');
  await amina.getByRole('button', { name: 'Save version', exact: true }).click();
  const version = panel.getByRole('listitem', { name: 'Version sent to co-facilitators 12 May' });
  await expect(version).toContainText('Amina');

  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.type(' Added later.');
  await expect.poll(() => documentText(amina)).toBe('First draft text. Added later.');

  await version.getByRole('button', { name: 'Compare with now' }).click();
  const compare = amina.getByRole('dialog', { name: 'Changes since “sent to co-facilitators 12 May”' });
  await expect(compare.getByRole('list', { name: 'Changes' })).toHaveText('Bruno added “ Added later.”');
  await expect(compare.locator('ins.review-added')).toHaveText(' Added later.');
  await compare.getByRole('button', { name: 'Close' }).click();

  await version.getByRole('button', { name: 'Open' }).click();
  const opened = amina.getByRole('dialog', { name: 'Version “sent to co-facilitators 12 May”' });
  await expect(opened.getByRole('document', { name: 'Version text' })).toHaveText('First draft text.');
  await expect(opened.getByRole('document', { name: 'Version text' })).toHaveAttribute('contenteditable', 'false');
  await opened.getByRole('button', { name: 'Restore this version…' }).click();
  await amina
    .getByRole('dialog', { name: 'Restore “sent to co-facilitators 12 May”?' })
    .getByRole('button', { name: 'Restore' })
    .click();

  await expect.poll(() => documentText(amina)).toBe('First draft text.');
  await expect.poll(() => documentText(bruno)).toBe('First draft text.');
  await expect(
    panel.getByRole('listitem', { name: 'Version Before restoring “sent to co-facilitators 12 May”' }),
  ).toBeVisible();
  await synced(amina);
  await synced(bruno);
});

test('final is read-only for everyone until reopened with a reason; sign-on and authorship are shared', async ({
  browser,
}) => {
  const [amina, bruno] = await twoMembersOn(browser, 'Pledge', 'We pledge to act.');
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.type(' Together.');

  await panelButton(amina, 'Who wrote what').click();
  await expect(amina.locator('.author-run[title="Written by Bruno"]')).toHaveText(' Together.');
  await expect(amina.locator('.author-run[title="Written by Amina"]')).toHaveText('We pledge to act.');

  await amina.getByRole('combobox', { name: 'Status' }).selectOption('Final');
  await expect(editorText(bruno)).toHaveAttribute('contenteditable', 'false');
  await expect(editorText(amina)).toHaveAttribute('contenteditable', 'false');

  await bruno.getByRole('combobox', { name: 'Status' }).selectOption('In review');
  await bruno.getByRole('textbox', { name: 'Why is it being reopened?' }).fill('Co-facilitators reopened paragraph 2');
  await bruno.getByRole('button', { name: 'Reopen' }).click();
  await expect(editorText(amina)).toHaveAttribute('contenteditable', 'true');

  await panelButton(amina, 'Sign-off').click();
  const signOff = amina.getByRole('complementary', { name: 'Sign-off panel' });
  await expect(signOff).toContainText('Co-facilitators reopened paragraph 2');
  await signOff.getByRole('textbox', { name: 'Member organisation' }).fill('PICUM');
  await signOff.getByRole('button', { name: 'Add and invite' }).click();
  await signOff.getByRole('combobox', { name: 'Sign-on of PICUM' }).selectOption('Endorsed');
  await panelButton(bruno, 'Sign-off').click();
  const brunoSignOff = bruno.getByRole('complementary', { name: 'Sign-off panel' });
  await expect(brunoSignOff.getByRole('combobox', { name: 'Sign-on of PICUM' })).toHaveValue('endorsed');
  await expect(brunoSignOff).toContainText('by Amina');
});

test('on opening a document others changed, a summary says what changed and by whom, with jumps', async ({
  browser,
}) => {
  const [amina, bruno] = await twoMembersOn(browser, 'Background note', 'Opening line.');
  await synced(bruno);
  await bruno.getByRole('button', { name: '← Library' }).click();

  await editorText(amina).click();
  await amina.keyboard.press('Control+End');
  await amina.keyboard.type(' Second line by Amina.');
  await synced(amina);

  await bruno.getByRole('link', { name: 'Background note' }).click();
  const summary = bruno.getByRole('region', { name: 'Changes since you last looked' });
  await expect(summary).toContainText('Amina (1 change)');
  await summary.getByRole('button', { name: 'Show changes' }).click();
  await summary.getByRole('button', { name: 'Amina added “ Second line by Amina.”' }).click();
  await expect.poll(() => bruno.evaluate(() => document.getSelection()?.toString())).toBe(' Second line by Amina.');
});

test('a commenter can only suggest and comment; the relay takes it and an editor accepts', async ({ browser }) => {
  const [amina, bruno] = await twoMembersOn(browser, 'Statement', 'Protect migrants.', 'commenter');
  await expect(panelButton(bruno, 'Suggesting')).toHaveAttribute('aria-pressed', 'true');
  await expect(panelButton(bruno, 'Suggesting')).toBeDisabled();
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.press('ArrowLeft');
  await bruno.keyboard.type(' in vulnerable situations');
  await expect.poll(() => marked(amina, 'ins')).toEqual([' in vulnerable situations']);
  await synced(bruno);

  await panelButton(amina, 'Suggestions').click();
  const list = amina.getByRole('complementary', { name: 'Suggestions panel' });
  await list
    .getByRole('listitem', { name: 'Suggestion by Bruno' })
    .getByRole('button', { name: 'Accept', exact: true })
    .click();
  await expect
    .poll(() => documentText(bruno).then((t) => t.replace(/\u200B/g, '')))
    .toBe('Protect migrants in vulnerable situations.');
  await panelButton(bruno, 'Suggestions').click();
  await expect(
    bruno.getByRole('complementary', { name: 'Suggestions panel' }).getByRole('button', { name: 'Accept all' }),
  ).toHaveCount(0);
});
