import fs from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { connectPrivateWorkspace } from './support/privateWorkspace.ts';
import { editorText, notice } from './support/app.ts';

// A private document's .concord file (issue 20): encrypted unless the person chooses the clear file.
// The encrypted file holds none of the words typed into the title or the text; a browser without
// the workspace's key is told why it cannot open it; the owner's own browser opens (merges) it.
let relay: RelayHandle;

test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

const TITLE = 'Testimonies ibisfileword';
const TEXT = 'Crossed at dawn okapifilemarker.';

/** Saves the open document as a file, encrypted or in the clear, and returns its bytes. */
async function saveAs(page: Page, choice: RegExp, to: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Save as file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a copy as a Concord file' });
  await dialog.getByRole('radio', { name: choice }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await (await download).saveAs(to);
  return fs.readFileSync(to);
}

/** An owner's browser with a new private document titled TITLE holding TEXT, open. */
async function privateDocument(browser: Browser): Promise<Page> {
  const { page } = await connectPrivateWorkspace(browser, relay, 'Amina');
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('textbox', { name: 'Document title' }).fill(TITLE);
  await editorText(page).click();
  await page.keyboard.type(TEXT);
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(file);
}

test('a private document is saved as an encrypted file unless saved in the clear', async ({ browser }, testInfo) => {
  test.slow();
  const amina = await privateDocument(browser);

  const sealedPath = testInfo.outputPath('sealed.concord');
  const sealed = await saveAs(amina, /^Encrypted/, sealedPath);
  await expect(notice(amina)).toContainText('Saved encrypted');
  expect(sealed.includes('ibisfileword')).toBe(false);
  expect(sealed.includes('okapifilemarker')).toBe(false);
  const clear = await saveAs(amina, /^In the clear/, testInfo.outputPath('clear.concord'));
  expect(clear.includes('ibisfileword')).toBe(true);

  // Another browser holds no key: it is told why, and nothing is added to its library.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`${relay.httpUrl}/`);
  await openFile(stranger, sealedPath);
  await expect(notice(stranger)).toContainText('key is not on this computer');
  await expect(stranger.getByRole('link', { name: TITLE })).toHaveCount(0);

  // The owner's browser holds the key: the file opens (merged into the document it came from).
  await amina.getByRole('button', { name: '← Library' }).click();
  await openFile(amina, sealedPath);
  await expect(notice(amina)).toContainText(`Merged the file into “${TITLE}”`);
  await expect(editorText(amina)).toHaveText(TEXT);
});

test('without the workspace key on this computer, a private document is saved only in the clear, by choice', async ({
  browser,
}, testInfo) => {
  test.slow();
  const amina = await privateDocument(browser);

  // The keys are lost from this browser (cleared site data, a restored profile): the workspace stays local.
  await amina.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('concord-workspace-keys');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('keys', 'readwrite');
          tx.objectStore('keys').clear();
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await amina.reload();
  await amina.getByRole('button', { name: '← Library' }).click();
  await expect(amina.getByText('The key of this private workspace is not on this computer')).toBeVisible();
  await amina.getByRole('link', { name: TITLE }).click();
  await expect(editorText(amina)).toHaveText(TEXT);

  await amina.getByRole('button', { name: 'Save as file…' }).click();
  const dialog = amina.getByRole('dialog', { name: 'Save a copy as a Concord file' });
  await expect(dialog).toContainText('so the file cannot be encrypted');
  await expect(dialog.getByRole('radio', { name: /^Encrypted/ })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: /^In the clear/ })).not.toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();

  await dialog.getByRole('radio', { name: /^In the clear/ }).check();
  const download = amina.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const path = testInfo.outputPath('clear.concord');
  await (await download).saveAs(path);
  expect(fs.readFileSync(path).includes('okapifilemarker')).toBe(true);
});
