import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays } from '../relay/support/relayProcess.ts';
import { connectPrivateWorkspace } from './support/privateWorkspace.ts';
import { inviteFromShareDialog } from './support/shareDialog.ts';
import { documentStatus, documentText, joinByLink, typeAtEnd } from './support/app.ts';

// Private workspaces (issue 20) offline: a member of a private workspace loses the network, keeps
// writing, and what both members wrote meanwhile merges when it returns, through a relay that
// holds only ciphertext, exactly as in an ordinary workspace.
test.afterAll(async () => cleanupRelays());

test('a member of a private workspace writes offline and both members’ writing merges when the network returns', async ({
  browser,
}) => {
  // Two browsers, a private workspace and an invitation through a real relay: slow on a loaded machine.
  test.slow();
  const relay = await spawnRelay();
  const { page: amina } = await connectPrivateWorkspace(browser, relay, 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill('Regional review notes');
  await typeAtEnd(amina, 'Agreed in Cairo.');
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await amina.getByRole('button', { name: '← Library' }).click();
  const bruno = await joinByLink(browser, await inviteFromShareDialog(amina, 'for Bruno'), 'Bruno');
  await bruno.getByRole('link', { name: 'Regional review notes' }).click();
  await amina.getByRole('link', { name: 'Regional review notes' }).click();
  await expect.poll(() => documentText(bruno), { timeout: 30_000 }).toBe('Agreed in Cairo.');

  await bruno.context().setOffline(true);
  await expect(documentStatus(bruno)).toHaveText('Offline: changes kept on this computer');
  await typeAtEnd(bruno, ' Bruno, offline: add the Santiago dates.');
  await expect(documentStatus(bruno)).toHaveText(/^Offline: \d+ changes? kept on this computer$/);
  await typeAtEnd(amina, ' Amina, online: send to the Secretariat.');
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  expect(await documentText(amina)).not.toContain('Santiago');

  await bruno.context().setOffline(false);
  for (const page of [amina, bruno]) {
    await expect
      .poll(() => documentText(page), { timeout: 30_000 })
      .toContain('Bruno, offline: add the Santiago dates.');
    await expect.poll(() => documentText(page)).toContain('Amina, online: send to the Secretariat.');
    await expect(documentStatus(page)).toHaveText('Online: all changes saved');
  }
  expect(await documentText(bruno)).toBe(await documentText(amina));
  // What Bruno wrote offline is kept on his computer too: a reload reads it back, and the relay had it.
  await bruno.reload();
  await expect.poll(() => documentText(bruno), { timeout: 30_000 }).toBe(await documentText(amina));
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');
});
