import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { decodeStoredRecord, sealedStoreName } from '../../server/relay/sealed/storedRecord.ts';
import { KeyRing } from '../../shared/sealed/epochKeys.ts';
import { readRecordHeader } from '../../shared/sealed/sealedRecord.ts';
import { openUpdate } from '../../shared/sealedSync/openUpdate.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { connectPrivateWorkspace } from './support/privateWorkspace.ts';
import { inviteFromShareDialog } from './support/shareDialog.ts';
import { documentStatus, documentText, editorText, joinByLink } from './support/app.ts';

// Key rotation in the app (issue 20): the owner of a private workspace removes Carol in the Share
// dialog; the app changes the key and says so; Bruno reads and writes on without doing anything,
// and so does his second computer (the same link opened in another browser: a device key of its own);
// Carol's key, read from her browser, opens nothing the relay stored after the removal. Dan, whose
// invitation was made before the removal (its link carries the old key), opens it afterwards while
// the owner's app is offline: his app says it lacks the new key; when the owner is back, her app
// gives his device the new key, and he reads what followed.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

const AFTER = 'herontypedafter';
const TITLE = 'Shelter reports';

/** A member joins with the link and opens the document once it arrived. */
async function joinAndOpen(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await joinByLink(browser, link, name);
  await page.getByRole('link', { name: TITLE }).click();
  await expect.poll(() => documentText(page), { timeout: 30_000 }).toContain('Before the removal.');
  return page;
}

/** The epoch keys a member's browser holds for `workspace` (IndexedDB). */
async function keysIn(page: Page, workspace: string): Promise<KeyRing> {
  const stored = await page.evaluate(
    (ws) =>
      new Promise<{ epoch: number; key: number[] }[]>((resolve, reject) => {
        const open = indexedDB.open('concord-workspace-keys');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get(ws);
          get.onsuccess = () =>
            resolve((get.result as { epoch: number; key: Uint8Array }[]).map((k) => ({ ...k, key: [...k.key] })));
        };
      }),
    workspace,
  );
  return new KeyRing(
    workspace,
    stored.map((k) => ({ epoch: k.epoch, key: new Uint8Array(k.key) })),
  );
}

/** Every sealed record the relay stored for the workspace's documents, with its room. */
function storedDocumentRecords(workspace: string): { room: string; record: Uint8Array }[] {
  const db = openDatabase(relay.dataDir);
  try {
    const rows = db
      .prepare('SELECT room, data FROM updates WHERE room LIKE ?')
      .all(`${sealedStoreName(workspace)}/%`) as { room: string; data: Uint8Array }[];
    return rows
      .filter((r) => !r.room.endsWith('/keys'))
      .map((r) => ({ room: r.room.slice(sealedStoreName('').length), record: decodeStoredRecord(r.data).record }));
  } finally {
    db.close();
  }
}

test('a member removed in the Share dialog cannot read what follows; the remaining member reads on', async ({
  browser,
}) => {
  // Four browsers and a relay: slow on a loaded machine.
  test.slow();
  const { page: amina, workspace } = await connectPrivateWorkspace(browser, relay, 'Amina');

  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill(TITLE);
  await editorText(amina).click();
  await amina.keyboard.type('Before the removal.');
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await amina.getByRole('button', { name: '← Library' }).click();

  const brunoLink = await inviteFromShareDialog(amina, 'for Bruno');
  const bruno = await joinAndOpen(browser, brunoLink, 'Bruno');
  const brunoLaptop = await joinAndOpen(browser, brunoLink, 'Bruno');
  const carol = await joinAndOpen(browser, await inviteFromShareDialog(amina, 'for Carol'), 'Carol');
  const danLink = await inviteFromShareDialog(amina, 'for Dan');

  // Amina removes Carol: the app changes the key and says so.
  await amina.getByRole('button', { name: 'Share…' }).click();
  const share = amina.getByRole('dialog', { name: 'Share this workspace' });
  await share.getByRole('button', { name: 'Revoke for Carol' }).click();
  await expect(share.getByRole('status')).toHaveText(
    'Keys changed: what is written from now on is unreadable to removed members',
  );
  await expect(share.getByRole('list', { name: 'Members' })).not.toContainText('for Carol');
  await share.getByRole('button', { name: 'Close' }).click();

  // Amina writes on; Bruno reads it, and writes back, without doing anything.
  await amina.getByRole('link', { name: TITLE }).click();
  await editorText(amina).click();
  await amina.keyboard.press('Control+End');
  await amina.keyboard.type(` ${AFTER}`);
  await expect.poll(() => documentText(bruno), { timeout: 30_000 }).toContain(AFTER);
  await expect.poll(() => documentText(brunoLaptop), { timeout: 30_000 }).toContain(AFTER);
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.type(' Bruno after.');
  await expect.poll(() => documentText(amina), { timeout: 30_000 }).toContain('Bruno after.');
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');
  await expect.poll(() => documentText(brunoLaptop), { timeout: 30_000 }).toContain('Bruno after.');
  expect((await keysIn(brunoLaptop, workspace)).current().epoch).toBe(1);

  // Dan opens his link (epoch 0) only now, while Amina's app is offline: his app reads what was
  // written before the removal and says it lacks the new key. Once Amina is back online her app
  // gives his device epoch 1 as soon as it sees his device key, and he reads what followed.
  await amina.getByRole('button', { name: 'Work offline' }).click();
  const dan = await joinByLink(browser, danLink, 'Dan');
  const keyMissing = dan.getByRole('status').filter({ hasText: 'The workspace key changed' });
  await expect(keyMissing).toBeVisible({ timeout: 30_000 });
  await dan.getByRole('link', { name: TITLE }).click();
  await expect.poll(() => documentText(dan), { timeout: 30_000 }).toContain('Before the removal.');
  await expect(keyMissing).toBeVisible();
  expect(await documentText(dan)).not.toContain(AFTER);
  await amina.getByRole('button', { name: 'Go online' }).click();
  await expect.poll(() => documentText(dan), { timeout: 45_000 }).toContain('Bruno after.');
  await expect(keyMissing).toHaveCount(0);
  await expect.poll(async () => (await keysIn(dan, workspace)).has(1), { timeout: 30_000 }).toBe(true);
  await editorText(dan).click();
  await dan.keyboard.press('Control+End');
  await dan.keyboard.type(' Dan after.');
  await expect.poll(() => documentText(amina), { timeout: 30_000 }).toContain('Dan after.');

  // Carol's app does not get it, and her key opens nothing the relay stored after the removal.
  expect(await documentText(carol)).not.toContain(AFTER);
  const carolKeys = await keysIn(carol, workspace);
  const brunoKeys = await keysIn(bruno, workspace);
  expect(carolKeys.has(1)).toBe(false);
  expect(brunoKeys.current().epoch).toBe(1);
  const records = storedDocumentRecords(workspace);
  const after = records.filter((r) => readRecordHeader(r.record).epoch === 1);
  expect(after.length).toBeGreaterThanOrEqual(2);
  for (const { room, record } of after) {
    expect(() => openUpdate(carolKeys, room, record)).toThrow(/unknown epoch/);
    expect(() => openUpdate(brunoKeys, room, record)).not.toThrow();
  }
});
