import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { connectOwnWorkspace } from './support/privateWorkspace.ts';
import { inviteFromShareDialog } from './support/shareDialog.ts';
import {
  documentStatus,
  documentText,
  editorText,
  joinByLink,
  joinInPage,
  libraryStatus,
  notice,
} from './support/app.ts';

// Making an existing shared workspace private (issue 20): Amina shares an ordinary workspace with
// Bruno, then makes it private from the Share dialog. Bruno's app is refused and says why; he
// writes on alone, then opens the new link (the key in its fragment): his copy turns private and
// his words merge. They co-edit, and the relay's files keep none of the words, typed before or after.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

const TITLE = 'Detention monitoring';
const MARKERS = {
  title: 'ibistitleword',
  before: 'okapibeforeword',
  meanwhile: 'tapirmeanwhile',
  after: 'narwhalafterword',
};

/** Every byte the relay wrote to its data folder (SQLite databases and WAL). */
function relayFiles(): Buffer {
  const files = fs.readdirSync(relay.dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Buffer.concat(files.map((e) => fs.readFileSync(path.join(e.parentPath, e.name))));
}

test('the owner makes a shared workspace private; a member re-joins with the new link and his words merge', async ({
  browser,
}) => {
  // Two browsers, a relay, two joins and a reopening: slow on a loaded machine.
  test.slow();
  const { page: amina, workspace } = await connectOwnWorkspace(browser, relay, 'Amina', false);
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill(`${TITLE} ${MARKERS.title}`);
  await editorText(amina).click();
  // Inserted at once (not key by key), so the words would be whole in the relay's rows.
  await amina.keyboard.insertText(`Visits ${MARKERS.before}.`);
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await amina.getByRole('button', { name: '← Library' }).click();

  const ordinaryLink = await inviteFromShareDialog(amina, 'for Bruno');
  expect(ordinaryLink).not.toContain('key=');
  const bruno = await joinByLink(browser, ordinaryLink, 'Bruno');
  await bruno.getByRole('link', { name: `${TITLE} ${MARKERS.title}` }).click();
  await expect.poll(() => documentText(bruno), { timeout: 30_000 }).toBe(`Visits ${MARKERS.before}.`);
  // Control: an ordinary workspace's words are on the relay.
  await expect.poll(() => relayFiles().includes(MARKERS.before)).toBe(true);

  // Amina makes it private: the dialog says what happens and what the relay may have kept.
  await amina.getByRole('button', { name: 'Share…' }).click();
  const share = amina.getByRole('dialog', { name: 'Share this workspace' });
  await share.getByRole('button', { name: 'Make private…' }).click();
  await expect(share).toContainText('The relay cannot forget what it has already seen');
  await share.getByRole('button', { name: 'Make private', exact: true }).click();
  await expect(notice(amina)).toContainText('This workspace is private now.', { timeout: 30_000 });
  await expect(amina.locator('.private-badge')).toBeVisible();
  await expect(libraryStatus(amina)).toHaveText('Online: all changes saved', { timeout: 30_000 });

  // Bruno's app is refused, says why and what to do, and stops; he writes on alone.
  await expect(notice(bruno, 'Connection messages').first()).toContainText(
    'this workspace was made private by its owner — open the new invitation link they send you',
    { timeout: 30_000 },
  );
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.insertText(` ${MARKERS.meanwhile}`);
  await expect.poll(() => documentText(bruno)).toContain(MARKERS.meanwhile);

  // Amina sends him a new link, with the key; he opens it (a new tab of the same browser).
  const privateLink = await inviteFromShareDialog(amina, 'for Bruno, private');
  expect(privateLink).toMatch(/#join=[^&]+&key=[A-Za-z0-9_-]+$/);
  const context = bruno.context();
  await bruno.close();
  const bruno2 = await context.newPage();
  await joinInPage(bruno2, privateLink, 'Bruno');
  await expect(bruno2.locator('.private-badge')).toBeVisible();
  await bruno2.getByRole('link', { name: `${TITLE} ${MARKERS.title}` }).click();
  await amina.getByRole('link', { name: `${TITLE} ${MARKERS.title}` }).click();
  // What Bruno wrote while refused reaches Amina; they co-edit from then on.
  await expect.poll(() => documentText(amina), { timeout: 30_000 }).toContain(MARKERS.meanwhile);
  await editorText(amina).click();
  await amina.keyboard.press('Control+End');
  await amina.keyboard.insertText(` ${MARKERS.after}`);
  await expect.poll(() => documentText(bruno2), { timeout: 30_000 }).toContain(MARKERS.after);
  await expect.poll(() => documentText(bruno2)).toBe(`Visits ${MARKERS.before}. ${MARKERS.meanwhile} ${MARKERS.after}`);
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await expect(documentStatus(bruno2)).toHaveText('Online: all changes saved');

  const kept = relayFiles();
  // Control: the relay's files are the ones it used (they name the workspace, which it may see).
  expect(kept.includes(workspace)).toBe(true);
  for (const [what, marker] of Object.entries(MARKERS)) expect(kept.includes(marker), what).toBe(false);
});
