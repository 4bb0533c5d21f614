import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { joinByLink, libraryStatus } from './support/app.ts';

// Sharing from the app (issue 13): the owner invites from the Share dialog, sees the member arrive,
// changes their role and revokes them; nobody needs the relay's machine.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

test('the owner invites a commenter from the Share dialog, changes their role and revokes them', async ({
  browser,
}) => {
  // Two browsers, a relay, a role change and a revocation: over a minute on a loaded machine.
  test.slow();
  const amina = await joinByLink(
    browser,
    `${relay.httpUrl}/#join=${await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url])}`,
    'Amina',
  );
  await expect(amina.locator('.relay-bar')).toContainText(' · owner');
  await amina.getByRole('button', { name: 'Share…' }).click();
  const dialog = amina.getByRole('dialog', { name: 'Share this workspace' });
  await expect(dialog.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(1);
  await expect(dialog).toContainText('No pending invitations.');

  // An invitation needs a label; then the link appears, and the invitation is pending.
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Say whom the invitation is for, for example “for Caritas Lebanon”.',
  );
  await dialog.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Commenter' });
  await dialog.getByRole('textbox', { name: 'For whom' }).fill('for Caritas Lebanon');
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/#join=/);
  const pending = dialog.getByRole('list', { name: 'Pending invitations' });
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await expect(pending).toContainText('for Caritas Lebanon: Commenter');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Bruno joins with the link as a commenter: the library is not his to change.
  const bruno = await joinByLink(browser, link, 'Bruno');
  await expect(bruno.locator('.relay-bar')).toContainText(' · commenter');
  await expect(bruno.getByRole('button', { name: 'New document' })).toBeDisabled();
  await expect(bruno.getByRole('button', { name: 'Share…' })).toHaveCount(0);

  // Amina sees him as a member by his name, makes him an editor; his app follows at once.
  await amina.getByRole('button', { name: 'Share…' }).click();
  const members = dialog.getByRole('list', { name: 'Members' });
  await expect(members.getByRole('listitem')).toHaveCount(2);
  await expect(dialog).toContainText('No pending invitations.');
  await members.getByRole('combobox', { name: 'Role of Bruno' }).selectOption({ label: 'Editor' });
  await expect(bruno.locator('.relay-bar')).toContainText(' · editor');
  await expect(bruno.getByRole('button', { name: 'New document' })).toBeEnabled();

  // Revoked, his app says so in words and what to do.
  await members.getByRole('button', { name: 'Revoke Bruno' }).click();
  await expect(members.getByRole('listitem')).toHaveCount(1);
  await expect(libraryStatus(bruno)).toHaveText(
    'Refused: your invitation is no longer valid (it expired or was revoked)',
  );
  await expect(bruno.getByRole('region', { name: 'Connection messages' })).toContainText(
    'ask the workspace’s owner for a new invitation',
  );
});
