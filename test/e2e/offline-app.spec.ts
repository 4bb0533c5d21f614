import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { documentText, editorText, joinByLink, libraryStatus, openLibrary } from './support/app.ts';
import { publishNewerBuild, serveBuildCopy, shellInstalled, type ServedBuild } from './support/webBuildCopy.ts';
import { readersOf } from './support/liveRegions.ts';

// Issue 13, "The browser version works offline too": the web build is an installable app whose
// service worker keeps the whole shell, updates itself when a newer version is served, and an
// older shell never opens data a newer one wrote.

let relay: RelayHandle;
test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

test('loaded once online, the app opens with no network and no server, edits offline, and syncs them on reconnecting', async ({
  browser,
}) => {
  test.slow(); // two relay starts, two members and a reconnection's backoff
  const workspace = newId();
  const token = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${relay.httpUrl}/#join=${token}`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Amina');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved');
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('textbox', { name: 'Document title' }).fill('Written on the road');
  await editorText(page).click();
  await page.keyboard.type('Written online.');
  const documentStatus = page.getByRole('status', { name: 'Document sync status' });
  await expect(documentStatus).toHaveText('Online: all changes saved');
  await shellInstalled(page);

  // The network goes, and the relay (which also served the app) with it.
  await context.setOffline(true);
  const port = relay.port;
  await relay.stop();
  await page.reload();
  await expect(editorText(page)).toHaveText('Written online.');
  await expect(documentStatus).toHaveText(/^Offline: .*kept on this computer$/);
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('link', { name: 'Written on the road' }).click();
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Written offline.');
  await expect(editorText(page)).toHaveText('Written online. Written offline.');

  // Back online, with the relay restarted on its data: the offline edit is uploaded and acknowledged.
  relay = await spawnRelay({ port, dataDir: relay.dataDir });
  await context.setOffline(false);
  await expect(documentStatus).toHaveText('Online: all changes saved', { timeout: 60_000 });

  // Another member, in a browser of their own, finds it on the relay.
  const invite = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
  const other = await joinByLink(browser, `${relay.httpUrl}/#join=${invite}`, 'Bruno');
  await other.getByRole('link', { name: 'Written on the road' }).click();
  await expect.poll(() => documentText(other)).toBe('Written online. Written offline.');
  await other.context().close();
  await context.close();
});

test('when a newer version is served, the app says so and reloads into it when asked', async ({ browser }) => {
  test.slow(); // the shell is installed twice
  const served: ServedBuild = await serveBuildCopy();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(served.url);
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await shellInstalled(page);
    const update = page.getByRole('region', { name: 'App update' });
    await expect(update).toHaveCount(0);

    // A new build: a changed page, so a service worker with a new revision for it.
    publishNewerBuild(served);

    // Opening the app again: the running (cached) version answers, and says a newer one is ready.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(update).toContainText('A new version of Concord is ready.');
    // Read out once, through the app's polite live region.
    await expect
      .poll(() => readersOf(page, 'A new version of Concord is ready.'))
      .toEqual(['#live-polite (live polite)']);
    await expect(page.locator('meta[name="concord-build"]')).toHaveCount(0);
    await update.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="concord-build"]')).toHaveAttribute('content', 'second');
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(update).toHaveCount(0);
  } finally {
    await context.close();
    await served.stop();
  }
});

test('an older app never opens data a newer one wrote, in a new tab or one already open', async ({ page, context }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New document' }).click();
  await expect(editorText(page)).toBeVisible();
  const notice = (p: Page) =>
    p.getByRole('region', { name: 'These documents were saved by a newer version of Concord' });

  // A newer version, in another tab, records its data format.
  const newer = await context.newPage();
  await newer.goto(page.url());
  await expect(editorText(newer)).toBeVisible();
  await newer.evaluate(() => localStorage.setItem('concord.dataFormat', '2'));

  // The tab already open closes the document and says why; a new start says the same.
  await expect(notice(page)).toContainText('in format 2; this version of Concord reads formats up to 1');
  // Read out once, through the app's assertive live region (the notice itself is no alert).
  await expect.poll(() => readersOf(page, 'in format 2')).toEqual(['#live-assertive (live assertive)']);
  await expect(editorText(page)).toHaveCount(0);
  await page.reload();
  await expect(notice(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Library' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('concord.dataFormat'))).toBe('2');
});
