import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { formatInviteLink } from '../../shared/protocol/invite.ts';

// Issue 12, finding 6: an invite link names its workspace in a token the app cannot verify, so a
// link to another relay with a known workspace id must never move that workspace silently.
let home: RelayHandle;
let elsewhere: RelayHandle;

test.beforeAll(async () => {
  home = await spawnRelay();
  // The second relay accepts pages of the first's origin: the app the member uses is served there.
  elsewhere = await spawnRelay({ args: ['--allowed-origins', home.httpUrl] });
});
test.afterAll(async () => cleanupRelays());

test('an invite to another relay for a workspace connected here shows both relays and moves it only when confirmed', async ({
  page,
}) => {
  const workspace = newId();
  const homeToken = await inviteViaCli(home.dataDir, workspace, 'editor', ['--relay', home.url]);
  await page.goto(`${home.httpUrl}/#join=${homeToken}`);
  const dialog = page.getByRole('dialog', { name: 'Join a coalition relay' });
  const target = dialog.getByRole('region', { name: 'Where this invite leads' });
  await expect(target).toContainText(`Relay: ${home.url}`);
  await expect(target).toContainText(`Workspace: ${workspace} (editor)`);
  // The name follows the settings' rule: required, at most 80 characters, trimmed.
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter your name: collaborators see it beside your cursor.');
  await page.getByRole('textbox', { name: 'Your name' }).fill('A'.repeat(81));
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Your name can have at most 80 characters.');
  await page.getByRole('textbox', { name: 'Your name' }).fill('  Amina ');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Library sync status' })).toHaveText('Online: all changes saved');
  await expect(page.getByRole('button', { name: 'You: Amina' })).toBeVisible();

  // Amina works in another workspace on this computer (joined, then left: local only now).
  const other = await inviteViaCli(home.dataDir, newId(), 'editor', ['--relay', home.url]);
  await page.goto('about:blank'); // a new page load: the app reads #join= when it starts
  await page.goto(`${home.httpUrl}/#join=${other}`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Amina');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status', { name: 'Library sync status' })).toHaveText('Online: all changes saved');
  await page.getByRole('button', { name: 'Leave relay' }).click();

  // A link to the other relay, naming the first workspace.
  const movedToken = await inviteViaCli(elsewhere.dataDir, workspace, 'editor', ['--relay', elsewhere.url]);
  await page.getByRole('button', { name: 'Join a relay…' }).click();
  await page.getByRole('textbox', { name: 'Invite link or token' }).fill(formatInviteLink(elsewhere.url, movedToken));
  await expect(target).toContainText(`Relay: ${elsewhere.url}`);
  await expect(target).toContainText(`Workspace: ${workspace}`);
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText(`already connected to the relay at ${home.url}`);
  await expect(warning).toContainText(`Joining moves it to ${elsewhere.url}`);
  const join = page.getByRole('button', { name: 'Join', exact: true });
  await expect(join).toBeDisabled();

  // Cancelled: nothing changed.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Join a relay…' }).click();
  await page.getByRole('textbox', { name: 'Invite link or token' }).fill(formatInviteLink(elsewhere.url, movedToken));
  await expect(join).toBeDisabled();
  await page.getByRole('checkbox', { name: `Move this workspace to ${elsewhere.url}` }).check();
  await expect(join).toBeEnabled();
  await join.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Relay', { exact: true })).toContainText(elsewhere.url);
  await expect(page.getByRole('status', { name: 'Library sync status' })).toHaveText('Online: all changes saved');
});
