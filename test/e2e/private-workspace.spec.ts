import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { connectPrivateWorkspace } from './support/privateWorkspace.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';
import { documentText, editorText, joinByLink } from './support/app.ts';
import { imageShown, insertImage } from './support/images.ts';
import { readSealedRows } from '../relay/support/storage.ts';

// Private workspaces (issue 20) in the app: the owner makes her workspace private as she connects
// it, invites a member with a link carrying the key, both co-write, comment and share an image
// through a real relay, and the relay's files and output hold none of the words they typed, nor
// the image's bytes or its SHA-256.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

/** Words typed into the title, the text, a comment and an image's alt text: none may reach the relay. */
const MARKERS = {
  title: 'lynxtitleword',
  text: 'quokkazanzibar',
  reply: 'pelicanlateword',
  comment: 'marmotcomment',
  altText: 'ibisalttext',
};

/** Every byte the relay wrote: its data folder (SQLite database and WAL, keys) and its output. */
function everythingTheRelayKept(): Buffer {
  const files = fs.readdirSync(relay.dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const contents = files.map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
  return Buffer.concat([...contents, Buffer.from(relay.output())]);
}

const docStatus = (page: Page) => page.getByRole('status', { name: 'Document sync status' });

/** Counts the sealed records (message 121) a page receives on document rooms (`/sealed/<ws>/<doc>`, not the key room). */
function countDocumentRecords(page: Page): { records: number; room: string } {
  const counted = { records: 0, room: '' };
  page.on('websocket', (ws) => {
    const room = new URL(ws.url()).pathname.split('/').slice(2);
    if (room.length !== 2 || room[1] === 'keys') return;
    counted.room = room.join('/');
    ws.on('framereceived', ({ payload }) => {
      if (typeof payload !== 'string' && payload[0] === 121) counted.records++;
    });
  });
  return counted;
}

test('two members co-edit a private workspace and the relay keeps none of their words', async ({ browser }) => {
  // Two browsers and a relay, with a document, a comment and an invitation: slow on a loaded machine.
  test.slow();
  // Amina connects the workspace she has on this computer, choosing Private.
  const { page: amina, workspace } = await connectPrivateWorkspace(browser, relay, 'Amina');
  await expect(amina.locator('.relay-bar')).toContainText(' · owner');

  // The lock says what the relay can still see.
  await amina.locator('.private-badge summary').click();
  await expect(amina.locator('.private-badge')).toContainText('It still sees the workspace and document identifiers');

  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill(`Testimonies ${MARKERS.title}`);
  await editorText(amina).click();
  await amina.keyboard.type(`Gathered at the border ${MARKERS.text}.`);
  await expect(docStatus(amina)).toHaveText('Online: all changes saved');

  // She invites Bruno: the link carries the key in its fragment.
  await amina.getByRole('button', { name: '← Library' }).click();
  await amina.getByRole('button', { name: 'Share…' }).click();
  const share = amina.getByRole('dialog', { name: 'Share this workspace' });
  await share.getByRole('textbox', { name: 'For whom' }).fill('for Bruno');
  await share.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await share.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/#join=[^&]+&key=[A-Za-z0-9_-]+$/);
  await expect(share).toContainText('send it to this person only');
  await share.getByRole('button', { name: 'Close' }).click();

  // The same link without its key says plainly that it reads nothing.
  const carol = await (await browser.newContext()).newPage();
  await carol.goto(link.slice(0, link.indexOf('&key=')));
  await expect(carol.getByRole('dialog', { name: 'Join a coalition relay' })).toContainText(
    'gives access to the relay but no ability to read anything',
  );
  await carol.context().close();

  const bruno = await joinByLink(browser, link, 'Bruno');
  expect(bruno.url()).not.toContain('key=');
  await expect(bruno.locator('.private-badge')).toBeVisible();
  await bruno.getByRole('link', { name: `Testimonies ${MARKERS.title}` }).click();
  await amina.getByRole('link', { name: `Testimonies ${MARKERS.title}` }).click();
  await expect.poll(() => documentText(bruno), { timeout: 30_000 }).toBe(`Gathered at the border ${MARKERS.text}.`);
  await editorText(bruno).click();
  await bruno.keyboard.press('Control+End');
  await bruno.keyboard.type(` ${MARKERS.reply}`);
  await expect.poll(() => documentText(amina), { timeout: 30_000 }).toContain(MARKERS.reply);
  await expect(bruno.getByRole('list', { name: 'People in this document' })).toContainText('Amina');

  // Bruno comments on the text; Amina reads the comment.
  await editorText(bruno).locator('p').first().click({ clickCount: 3 });
  await bruno.keyboard.press('Control+Alt+m');
  const comment = bruno.getByRole('dialog', { name: /^Comment on/ });
  await comment.getByRole('textbox', { name: 'Comment' }).fill(`Confirmed ${MARKERS.comment}`);
  await comment.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(amina.getByRole('article', { name: /^Comment by Bruno/ })).toContainText(MARKERS.comment);
  await expect(docStatus(amina)).toHaveText('Online: all changes saved');
  await expect(docStatus(bruno)).toHaveText('Online: all changes saved');

  // Amina inserts a photo; it reaches Bruno sealed. A copy altered on the way is refused, never shown.
  await bruno.route('**/blobs/**', async (route) => {
    const served = await route.fetch();
    const bytes = Buffer.from(await served.body());
    if (bytes.length > 0) bytes[bytes.length - 1]! ^= 1;
    await route.fulfill({ response: served, body: bytes });
  });
  await editorText(amina).click();
  await amina.keyboard.press('Control+End');
  await insertImage(amina, 'photo.jpg', `Hearing room ${MARKERS.altText}`);
  await expect.poll(() => imageShown(amina, `Hearing room ${MARKERS.altText}`)).toBe(true);
  await expect(bruno.getByRole('region', { name: 'Message' })).toContainText(
    'An image from the relay was not the one this document names',
    { timeout: 30_000 },
  );
  expect(await imageShown(bruno, `Hearing room ${MARKERS.altText}`)).toBe(false);
  await bruno.unroute('**/blobs/**');
  // The session was kept with the document: after the reload only the log's tail is read again.
  const received = countDocumentRecords(bruno);
  await bruno.reload();
  await expect.poll(() => imageShown(bruno, `Hearing room ${MARKERS.altText}`), { timeout: 30_000 }).toBe(true);
  await expect(docStatus(bruno)).toHaveText('Online: all changes saved');
  const log = await readSealedRows(relay.dataDir, received.room);
  expect(log.length).toBeGreaterThan(30);
  expect(received.records).toBeLessThan(log.length / 4);

  const kept = everythingTheRelayKept();
  // Control: the relay's files are the ones it used (they name the workspace, which it may see).
  expect(kept.includes(workspace)).toBe(true);
  for (const marker of Object.values(MARKERS)) expect(kept.includes(marker), marker).toBe(false);
  const photo = imageFixture('photo.jpg');
  const hash = await sha256Hex(photo);
  expect(kept.includes(Buffer.from(photo.subarray(2000, 2048))), 'the image bytes').toBe(false);
  expect(kept.includes(hash), 'the image SHA-256 (hex)').toBe(false);
  expect(kept.includes(Buffer.from(hash, 'hex')), 'the image SHA-256').toBe(false);
});
