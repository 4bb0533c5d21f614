import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, tempDataDir } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { SmallDisk } from '../relay/support/smallDisk.ts';
import { newId } from '../../shared/ids.ts';
import { createDocument, editorText, joinByLink, libraryStatus } from './support/app.ts';
import { politeRegion } from './support/keyboard.ts';

// A relay whose data folder is a small disk of its own, so the test can fill it. Mounting needs root
// (CAP_SYS_ADMIN): CI runs as root; elsewhere the test is skipped.
const disk = SmallDisk.mount(tempDataDir('concord-e2e-disk-'), 16);

test.afterAll(async () => {
  disk?.unmount(); // lazily: the relay lets go when it is killed
  await cleanupRelays();
});

test('when the relay cannot save, the app says so and keeps the edits; they are saved once it can', async ({
  browser,
}) => {
  test.skip(!disk, 'cannot mount a small disk here (needs root)');
  const relay = await spawnRelay({ dataDir: disk!.dir });
  const token = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
  const page = await joinByLink(browser, `${relay.httpUrl}/#join=${token}`, 'Amina');
  await createDocument(page, 'Shadow report');
  await editorText(page).click();
  await page.keyboard.type('Before the disk filled.');
  const status = page.getByRole('status', { name: 'Document sync status' });
  await expect(status).toHaveText('Online: all changes saved');

  disk!.fill();
  await page.keyboard.type(' Written while the relay could not save.');
  const cannotSave = 'Online, but the relay cannot save right now: your changes stay on this computer until it can';
  await expect(status).toHaveText(cannotSave, { timeout: 30_000 });
  await expect(politeRegion(page), 'a screen reader hears it too').toContainText(cannotSave);
  await page.getByRole('button', { name: /^(← )?Library$/ }).click();
  await expect(libraryStatus(page)).toHaveText(cannotSave);

  disk!.free();
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved', { timeout: 30_000 });
  await page.getByRole('link', { name: 'Shadow report' }).click();
  await expect(status).toHaveText('Online: all changes saved');
  await expect(editorText(page)).toHaveText('Before the disk filled. Written while the relay could not save.');
  await page.context().close();
});
