import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays } from '../relay/support/relayProcess.ts';
import { connectPrivateWorkspace } from './support/privateWorkspace.ts';
import { inviteFromShareDialog } from './support/shareDialog.ts';
import { createDocument, joinByLink, libraryStatus } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { appendSealedRows, readSealedLog } from '../relay/support/storage.ts';
import { appendEntry, keyRoomUrl, rosterEntry } from '../relay/support/keyRoomEntries.ts';
import { encodeStoredRecord } from '../../server/relay/sealed/storedRecord.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { KeyRing } from '../../shared/sealed/epochKeys.ts';
import { readSecretFromLink } from '../../shared/sealed/inviteSecret.ts';
import { MAX_DEVICE_KEYS_PER_MEMBER } from '../../shared/sealed/keyRoom.ts';

// Private workspaces (issue 20): what goes wrong beyond one document is said in the library's relay
// bar, where a member of the workspace looks, in words saying what happened and what to do (not
// only in the developer console). Whoever runs the relay alters a record of the workspace's list of
// documents; a member whose invitation already has 8 device keys opens it on one more browser.
test.afterAll(async () => cleanupRelays());

/** The relay bar's notice of a private workspace (the bar is the library's, above the documents). */
const workspaceNotice = (page: Page) => page.locator('.relay-bar').getByRole('alert');

/** From a document back to the library, in the same page (the relay serves the app). */
const backToLibrary = (page: Page) => page.getByRole('button', { name: '← Library' }).click();

test('a record of the list of documents altered on the relay is ignored and said in the relay bar; the library still lists the documents', async ({
  browser,
}) => {
  // A relay restarted under a member's open library: slow on a loaded machine.
  test.slow();
  const relay = await spawnRelay();
  // axe is injected as a script, which the app's Content-Security-Policy refuses: this context bypasses it.
  const { page, workspace } = await connectPrivateWorkspace(browser, relay, 'Amina', { bypassCSP: true });
  await createDocument(page, 'Testimonies');
  await backToLibrary(page);
  await createDocument(page, 'Border crossings');
  await backToLibrary(page);
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved');
  await expect(workspaceNotice(page)).toHaveCount(0);

  // The operator stops the relay and appends a copy of the index's newest record with one byte changed.
  await relay.stop();
  const { snapshots, records } = await readSealedLog(relay.dataDir, workspace);
  const last = records.at(-1)!;
  const seq = Math.max(...[...snapshots, ...records].map((r) => r.seq));
  const altered = last.record.slice();
  altered[altered.length - 1]! ^= 1;
  appendSealedRows(relay.dataDir, workspace, [encodeStoredRecord({ ...last, seq: seq + 1, record: altered })]);
  await spawnRelay({ dataDir: relay.dataDir, port: relay.port });

  await expect(workspaceNotice(page)).toContainText(
    'Concord ignored a change that the relay sent for this workspace’s list of documents or its keys',
    { timeout: 30_000 },
  );
  await expect(workspaceNotice(page)).toContainText('tell whoever runs your relay');
  // Nothing of it was applied: both documents are still listed, and new ones still sync.
  const list = page.getByRole('table', { name: 'Documents' });
  await expect(list.getByRole('link', { name: 'Testimonies' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Border crossings' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the library of a private workspace saying a record was ignored');
  await createDocument(page, 'After the tampering');
  await backToLibrary(page);
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved');
  await expect(list.getByRole('link', { name: 'After the tampering' })).toBeVisible();
});

test('a browser whose invitation already has 8 device keys says it cannot receive new keys, and what to do', async ({
  browser,
}) => {
  test.slow();
  const relay = await spawnRelay();
  const { page: amina, workspace } = await connectPrivateWorkspace(browser, relay, 'Amina');
  const link = await inviteFromShareDialog(amina, 'Bruno');
  // Bruno has opened his link on 8 computers or browsers already (their keys, in the key room).
  const token = new URLSearchParams(link.slice(link.indexOf('#') + 1)).get('join')!;
  const member = decodeTokenPayload(token)!.id;
  const ring = new KeyRing(workspace, [readSecretFromLink(link)!]);
  for (let i = 0; i < MAX_DEVICE_KEYS_PER_MEMBER; i++)
    expect((await appendEntry(keyRoomUrl(relay.url, workspace, token), rosterEntry(ring, member))).code).toBe(0);

  const bruno = await joinByLink(browser, link, 'Bruno');
  const notice = workspaceNotice(bruno);
  await expect(notice).toContainText(
    'This computer cannot receive this workspace’s new keys: your invitation is already used on 8 computers or browsers',
    { timeout: 30_000 },
  );
  await expect(notice).toContainText('Ask an owner to remove you and invite you again');
  // He reads and writes as before meanwhile: the library is online and saved.
  await expect(libraryStatus(bruno)).toHaveText('Online: all changes saved');
  // Amina's app says nothing: her own key is in the key room.
  await expect(workspaceNotice(amina)).toHaveCount(0);
});
