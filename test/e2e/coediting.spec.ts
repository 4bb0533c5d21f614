import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli, runCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { documentText, editorText, joinByLink } from './support/app.ts';

let relay: RelayHandle;
let token: string;

test.beforeAll(async () => {
  relay = await spawnRelay();
  token = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
});
test.afterAll(async () => cleanupRelays());

/** A member opening the browser invite link in their own browser profile and joining with their name. */
const join = (browser: Browser, name: string) => joinByLink(browser, `${relay.httpUrl}/#join=${token}`, name);

test('two members joined by an invite co-write live, see each other, and merge after working apart', async ({
  browser,
}) => {
  const amina = await join(browser, 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill('Joint statement');
  await editorText(amina).click();
  await amina.keyboard.type('We call on States to end child detention.');

  const bruno = await join(browser, 'Bruno');
  await bruno.getByRole('link', { name: 'Joint statement' }).click();
  await expect.poll(() => documentText(bruno)).toBe('We call on States to end child detention.');
  await expect(bruno.getByRole('list', { name: 'People in this document' })).toContainText('Amina');

  // Both type at the same time, in different places.
  await editorText(bruno)
    .locator('p')
    .first()
    .click({ position: { x: 1, y: 8 } });
  await bruno.keyboard.press('Home');
  await Promise.all([amina.keyboard.type(' Now.', { delay: 15 }), bruno.keyboard.type('Urgently: ', { delay: 15 })]);
  const expected = 'Urgently: We call on States to end child detention. Now.';
  await expect.poll(() => documentText(amina)).toBe(expected);
  await expect.poll(() => documentText(bruno)).toBe(expected);
  await expect(amina.locator('.collaboration-carets__label', { hasText: 'Bruno' })).toBeVisible();
  await expect(bruno.locator('.collaboration-carets__label', { hasText: 'Amina' })).toBeVisible();
  await expect(amina.getByRole('status', { name: 'Document sync status' })).toHaveText('Online: all changes saved');

  // Amina loses the connection; both keep writing in the same paragraph.
  await amina.getByRole('button', { name: 'Work offline' }).click();
  await editorText(amina).click();
  await amina.keyboard.press('End');
  await amina.keyboard.type(' Amina offline.');
  await expect(amina.getByRole('status', { name: 'Document sync status' })).toHaveText(
    /^Offline: \d+ changes? kept on this computer$/,
  );
  await bruno.keyboard.press('End');
  await bruno.keyboard.type(' Bruno online.');
  await expect(editorText(amina)).not.toContainText('Bruno online.');

  await amina.getByRole('button', { name: 'Go online' }).click();
  await expect(editorText(amina)).toContainText('Amina offline.');
  await expect(editorText(amina)).toContainText('Bruno online.');
  await expect(editorText(bruno)).toContainText('Amina offline.');
  await expect.poll(async () => (await documentText(amina)) === (await documentText(bruno))).toBe(true);
  await expect(amina.getByRole('status', { name: 'Document sync status' })).toHaveText('Online: all changes saved');
});

test('with a colleague’s caret at the start of a line, Shift+End and Shift+Home still select that line', async ({
  browser,
}) => {
  const amina = await join(browser, 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill('Caret at the margin');
  await editorText(amina).click();
  await amina.keyboard.type('Regular pathways save lives.');
  await amina.keyboard.press('Enter');
  await amina.keyboard.type('A second line.');
  await amina.keyboard.press('ControlOrMeta+Home');

  const bruno = await join(browser, 'Bruno');
  await bruno.getByRole('link', { name: 'Caret at the margin' }).click();
  await expect.poll(() => documentText(bruno)).toContain('A second line.');
  await editorText(bruno).locator('p').last().click();
  const aminaCaret = editorText(bruno).locator('p').first().locator('.collaboration-carets__caret');
  await expect(aminaCaret).toHaveCount(1);

  const commentOnFirstLine = bruno.getByRole('dialog', { name: 'Comment on “Regular pathways save lives.”' });
  for (const keys of [
    ['ControlOrMeta+Home', 'Shift+End'],
    ['ControlOrMeta+Home', 'End', 'Shift+Home'],
  ]) {
    for (const key of keys) await bruno.keyboard.press(key);
    await bruno.keyboard.press('ControlOrMeta+Alt+m');
    await expect(commentOnFirstLine, keys.join(', ')).toBeVisible();
    await bruno.keyboard.press('Escape');
    await expect(commentOnFirstLine).toHaveCount(0);
    await expect(aminaCaret, 'Amina’s caret is still at the start of the line').toHaveCount(1);
  }
});

for (const kind of ['forged', 'revoked'] as const) {
  test(`a ${kind} invite is refused with the reason, and the app stops retrying`, async ({ browser }) => {
    let bad: string;
    if (kind === 'forged') bad = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    else {
      bad = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
      const revoked = await runCli(['revoke', '--data', relay.dataDir, bad]);
      expect(revoked.code).toBe(0);
    }
    const page = await browser.newPage();
    let sockets = 0;
    page.on('websocket', () => sockets++);
    await page.goto(`${relay.httpUrl}/#join=${bad}`);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Mallory');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const status = page.getByRole('status', { name: 'Library sync status' });
    await expect(status).toHaveText('Refused: your invitation is no longer valid (it expired or was revoked)');
    // y-websocket would retry within a second if it were going to; a refused app opens no new socket.
    const seen = sockets;
    await page.waitForTimeout(2500);
    expect(sockets).toBe(seen);
    await page.context().close();
  });
}

test('a document opened while the background sync uploads it keeps one connection to the relay', async ({
  browser,
}) => {
  const page = await join(browser, 'Esi');
  // Sockets opened and closed, in order, by path (`/sync/<workspace>/<document>` for a document).
  const events: { path: string; opened: boolean }[] = [];
  page.on('websocket', (ws) => {
    const path = new URL(ws.url()).pathname;
    events.push({ path, opened: true });
    ws.on('close', () => events.push({ path, opened: false }));
  });
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('textbox', { name: 'Document title' }).fill('One connection');
  const docId = /^#\/doc\/([\w-]+)/.exec(new URL(page.url()).hash)![1];
  await editorText(page).click();
  await page.keyboard.type('Sent once.');
  await expect(page.getByRole('status', { name: 'Document sync status' })).toHaveText('Online: all changes saved');
  // The background pass started for the new library entry hands its connection to the editor: a
  // second one open beside it would upload the whole document again and receive it back from the
  // relay. (On a busy machine the pass may finish before the editor connects: then it has closed
  // its own, and the editor's is the only one open.)
  await page.waitForTimeout(1000);
  let open = 0;
  let most = 0;
  for (const e of events.filter((e) => e.path.endsWith(`/${docId}`)))
    most = Math.max(most, (open += e.opened ? 1 : -1));
  expect(most).toBe(1);
  expect(open).toBe(1);
  await page.context().close();
});

test('a workspace drafted offline uploads its documents when it is connected to a relay later', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${relay.httpUrl}/`);
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('textbox', { name: 'Document title' }).fill('Drafted on the plane');
  await editorText(page).click();
  await page.keyboard.type('Written with no connection at all.');
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('status', { name: 'Library sync status' })).toHaveText(
    'Saved on this computer (not connected to a relay)',
  );

  // The coalition's organiser invites this very workspace (its id is shown in the join dialog).
  await page.getByRole('button', { name: 'Join a relay…' }).click();
  const workspaceId = (await page.getByRole('dialog').locator('code').innerText()).trim();
  const ownToken = await inviteViaCli(relay.dataDir, workspaceId, 'editor', ['--relay', relay.url]);
  await page.getByRole('textbox', { name: 'Invite link or token' }).fill(`${relay.httpUrl}/#join=${ownToken}`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Chidi');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Library sync status' })).toHaveText('Online: all changes saved');
  await expect(page.getByRole('link', { name: 'Drafted on the plane' })).toBeVisible();

  // Another member, on another computer, finds it there.
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${relay.httpUrl}/#join=${ownToken}`);
  await other.getByRole('textbox', { name: 'Your name' }).fill('Dana');
  await other.getByRole('button', { name: 'Join', exact: true }).click();
  await other.getByRole('link', { name: 'Drafted on the plane' }).click();
  await expect.poll(() => documentText(other)).toBe('Written with no connection at all.');
  await context.close();
  await other.context().close();
});

test('objective tags show in the margin for both members and stay there while the other types', async ({ browser }) => {
  const amina = await join(browser, 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill('Tagged statement');
  await editorText(amina).click();
  await amina.keyboard.type('Alternatives to detention work.');
  await amina.keyboard.press('Enter');
  await amina.keyboard.type('Second paragraph.');
  await editorText(amina).locator('p').first().click();
  await amina.getByRole('button', { name: 'Tag objectives and principles' }).click();
  await amina.getByRole('checkbox', { name: /O13/ }).check();
  await amina.getByRole('button', { name: 'Apply tags' }).click();
  const tagged = (page: Page) => editorText(page).locator('p.has-margin-tags[data-margin-tags="O13"]');
  await expect(tagged(amina)).toHaveCount(1);

  const bruno = await join(browser, 'Bruno');
  await bruno.getByRole('link', { name: 'Tagged statement' }).click();
  await expect(tagged(bruno)).toHaveCount(1);
  await editorText(bruno).locator('p').nth(1).click();
  await bruno.keyboard.press('End');
  await bruno.keyboard.type(' Bruno adds a sentence.');
  await expect(editorText(amina)).toContainText('Bruno adds a sentence.');
  await expect(tagged(amina)).toHaveCount(1);
  await amina.context().close();
  await bruno.context().close();
});
