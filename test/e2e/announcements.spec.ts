import fs from 'node:fs';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays } from '../relay/support/relayProcess.ts';
import { inviteViaCli, runCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { createDocument, joinByLink, libraryStatus, notice, openLibrary } from './support/app.ts';
import { assertiveRegion, politeRegion } from './support/keyboard.ts';
import { readersOf } from './support/liveRegions.ts';

// Status changes reach screen readers through the app's two live regions (renderer/src/ui/LiveRegions.tsx).
test.afterAll(async () => cleanupRelays());

test('a finished export is announced politely, once', async ({ page }) => {
  await openLibrary(page);
  await createDocument(page, 'Key messages');
  await page.keyboard.type('Regular pathways save lives.');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: 'Markdown' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await download;
  await expect(politeRegion(page)).toHaveText('Exported to Key messages.md.');
  // The visible notice says it too, without being a second live region.
  await expect(notice(page)).toContainText('Exported to Key messages.md.');
  expect(await readersOf(page, 'Exported to Key messages.md.')).toEqual(['#live-polite (live polite)']);
  await expect(assertiveRegion(page)).toBeEmpty();
});

test('an error notice is read out once, at once: the visible notice is no alert of its own', async ({
  page,
}, testInfo) => {
  await openLibrary(page);
  const broken = testInfo.outputPath('broken.docx');
  fs.writeFileSync(broken, 'PK\u0003\u0004 not really a Word file');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
  await (await chooser).setFiles(broken);
  await expect(notice(page)).toContainText('Could not import the file');
  await expect(assertiveRegion(page)).toContainText('Could not import the file');
  expect(await readersOf(page, 'Could not import the file')).toEqual(['#live-assertive (live assertive)']);
});

test('a refusal by the relay is announced at once, with what to do', async ({ browser }) => {
  // A relay process, a second browser context joining it, a revocation the relay notices on its recheck.
  test.slow();
  const relay = await spawnRelay({ args: ['--token-recheck-ms', '200'] });
  const invite = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
  const page = await joinByLink(browser, `${relay.httpUrl}/#join=${invite}`, 'Amina');
  const revoked = await runCli(['revoke', '--data', relay.dataDir, invite]);
  expect(revoked.code, revoked.stderr).toBe(0);
  await expect(libraryStatus(page)).toContainText('Refused');
  await expect(assertiveRegion(page)).toContainText('no longer valid');
  await expect(assertiveRegion(page)).toContainText('ask the workspace’s owner for a new invitation');
  // Read once: the notice shown above the library is not an alert too.
  await expect(notice(page, 'Connection messages')).toContainText('no longer valid');
  expect(await readersOf(page, 'no longer valid')).toEqual(['#live-assertive (live assertive)']);
  // The status badge does not repeat it (nor count down) in the polite region.
  await expect(politeRegion(page)).not.toContainText('Refused');
});
