import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays } from '../relay/support/relayProcess.ts';
import { connectPrivateWorkspace } from './support/privateWorkspace.ts';
import { documentStatus, documentText, editorText } from './support/app.ts';
import { appendSealedRows, readSealedLog, sealedRoomOf } from '../relay/support/storage.ts';
import { encodeStoredRecord } from '../../server/relay/sealed/storedRecord.ts';

// Private workspaces (issue 20): whoever runs the relay cannot change what members wrote unnoticed.
// Here the operator stops the relay and adds two records to a private document's log: one a member
// sealed earlier, served again under a new number (a replay), the other with one byte changed.
// The member's app applies neither, and says so under the document in words she can act on: the
// altered one. A record served twice is not counted: apps send one again after a dropped socket.
test.afterAll(async () => cleanupRelays());

test('a private document ignores records the relay replayed or altered, and says so', async ({ browser }) => {
  // A relay restarted under a member's open document: slow on a loaded machine.
  test.slow();
  const relay = await spawnRelay();
  const { page } = await connectPrivateWorkspace(browser, relay, 'Amina');
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('textbox', { name: 'Document title' }).fill('Testimonies');
  await editorText(page).click();
  await page.keyboard.type('Gathered at the border.');
  await expect(documentStatus(page)).toHaveText('Online: all changes saved');
  const written = await documentText(page);
  const docId = /#\/doc\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;

  await relay.stop();
  const room = sealedRoomOf(relay.dataDir, docId);
  const { records } = await readSealedLog(relay.dataDir, room);
  const last = records.at(-1)!;
  const replayed = encodeStoredRecord({ ...records[0]!, seq: last.seq + 1 });
  const altered = last.record.slice();
  altered[altered.length - 1]! ^= 1;
  appendSealedRows(relay.dataDir, room, [
    replayed,
    encodeStoredRecord({ ...last, seq: last.seq + 2, record: altered }),
  ]);
  await spawnRelay({ dataDir: relay.dataDir, port: relay.port });

  const notice = page.getByRole('alert').filter({ hasText: 'Concord ignored a change that the relay sent' });
  await expect(notice).toContainText('tell whoever runs your relay', { timeout: 30_000 });
  expect(await documentText(page)).toBe(written);
  // Her own writing still reaches the relay.
  await editorText(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Still here.');
  await expect(documentStatus(page)).toHaveText('Online: all changes saved');
});
