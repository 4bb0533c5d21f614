import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import type { RelayHandle } from '../../relay/support/relayProcess.ts';
import { inviteViaCli } from '../../relay/support/cli.ts';
import { libraryStatus } from './app.ts';

/**
 * A new browser whose person connects the workspace it starts with to `relay` as its first editor
 * (so its owner), choosing Private in the Join dialog; resolves once the library is saved online.
 */
export function connectPrivateWorkspace(
  browser: Browser,
  relay: RelayHandle,
  name: string,
  context: BrowserContextOptions = {},
): Promise<{ page: Page; workspace: string }> {
  return connectOwnWorkspace(browser, relay, name, true, context);
}

/**
 * `connectPrivateWorkspace`, or with `isPrivate` false an ordinary (shared) workspace; the browser
 * context takes `context` (`bypassCSP` for axe, for example).
 */
export async function connectOwnWorkspace(
  browser: Browser,
  relay: RelayHandle,
  name: string,
  isPrivate: boolean,
  context: BrowserContextOptions = {},
): Promise<{ page: Page; workspace: string }> {
  const page = await (await browser.newContext(context)).newPage();
  await page.goto(`${relay.httpUrl}/`);
  await page.getByRole('button', { name: 'Join a relay…' }).click();
  const join = page.getByRole('dialog', { name: 'Join a coalition relay' });
  const workspace = (await join.locator('.hint code').textContent())!;
  const token = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
  await join.getByRole('textbox', { name: 'Invite link or token' }).fill(`${relay.httpUrl}/#join=${token}`);
  if (isPrivate) await join.getByRole('checkbox', { name: 'Private: the relay cannot read this workspace' }).check();
  await join.getByRole('textbox', { name: 'Your name' }).fill(name);
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved');
  return { page, workspace };
}
