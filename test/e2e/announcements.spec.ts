import { test, expect } from '@playwright/test';
import { spawnRelay, cleanupRelays } from '../relay/support/relayProcess.ts';
import { inviteViaCli, runCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { createDocument, joinByLink, libraryStatus, openLibrary } from './support/app.ts';
import { assertiveRegion, politeRegion } from './support/keyboard.ts';

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
  const notice = page.getByRole('status', { name: 'Message' });
  await expect(notice).toContainText('Exported to Key messages.md.');
  await expect(notice).toHaveAttribute('aria-live', 'off');
  await expect(assertiveRegion(page)).toBeEmpty();
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
  // The status badge does not repeat it (nor count down) in the polite region.
  await expect(politeRegion(page)).not.toContainText('Refused');
});
