import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { editorText, joinByLink } from './support/app.ts';
import { imageShown as shown, insertImage } from './support/images.ts';

let relay: RelayHandle;
let token: string;

test.beforeAll(async () => {
  relay = await spawnRelay();
  token = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
});
test.afterAll(async () => cleanupRelays());

/** A member joining the workspace (or the one of `invitation`) in their own browser profile. */
const join = (browser: Browser, name: string, invitation = token) =>
  joinByLink(browser, `${relay.httpUrl}/#join=${invitation}`, name);

test('an image reaches a second member through the relay; one inserted offline arrives once its author is back', async ({
  browser,
}) => {
  const amina = await join(browser, 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill('Report with figures');
  await editorText(amina).click();
  await amina.keyboard.type('Our findings.');
  await insertImage(amina, 'photo.jpg', 'Members at the hearing');
  await expect.poll(() => shown(amina, 'Members at the hearing')).toBe(true);

  const bruno = await join(browser, 'Bruno');
  await bruno.getByRole('link', { name: 'Report with figures' }).click();
  await expect.poll(() => shown(bruno, 'Members at the hearing'), { timeout: 30_000 }).toBe(true);

  // While Amina's upload cannot get through, Bruno has the reference before the bytes: a sized placeholder.
  await amina.route('**/blobs/**', (route) =>
    route.request().method() === 'GET' ? route.continue() : route.abort('connectionrefused'),
  );
  await insertImage(amina, 'chart.gif', 'Cases by month');
  const waiting = editorText(bruno).locator('figure.image-block', { hasText: 'Image on its way…' });
  await expect(waiting).toHaveCount(1);
  const box = (await waiting.boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(90 / 60, 1);
  await amina.unroute('**/blobs/**');
  await expect.poll(() => shown(bruno, 'Cases by month'), { timeout: 45_000 }).toBe(true);
  await expect(waiting).toHaveCount(0);

  // Amina works offline: the image she inserts uploads when she is back.
  await amina.getByRole('button', { name: 'Work offline' }).click();
  await editorText(amina).locator('p').first().click();
  await amina.keyboard.press('End');
  await insertImage(amina, 'logo.webp', 'Coalition logo');
  await expect.poll(() => shown(amina, 'Coalition logo')).toBe(true);
  await expect(editorText(bruno).locator('img[alt="Coalition logo"]')).toHaveCount(0);
  await amina.getByRole('button', { name: 'Go online' }).click();
  await expect.poll(() => shown(bruno, 'Coalition logo'), { timeout: 45_000 }).toBe(true);

  await amina.context().close();
  await bruno.context().close();
});

test('a relay restored from an older backup gets its images back from whoever has them', async ({ browser }) => {
  const workspace = newId();
  const invitation = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
  const amina = await join(browser, 'Amina', invitation);
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill('Restored report');
  await editorText(amina).click();
  await insertImage(amina, 'chart.gif', 'Returns by region');
  // The relay's image store (blobs.db beside concord.db), as its operator sees it.
  const blobs = new Database(path.join(relay.dataDir, 'blobs.db'));
  const stored = () =>
    blobs.prepare('SELECT COUNT(*) AS n FROM blobs WHERE workspace = ?').get(workspace) as { n: number };
  try {
    await expect.poll(() => stored().n, { timeout: 30_000 }).toBeGreaterThan(0);
    // The operator restores a backup from before the image: the relay no longer has it.
    const lost = stored().n;
    blobs.prepare('DELETE FROM blobs WHERE workspace = ?').run(workspace);
    // Amina opens the app again: her app finds the image missing and uploads it once more.
    await amina.reload();
    await expect(editorText(amina)).toBeVisible();
    await expect.poll(() => stored().n, { timeout: 30_000 }).toBe(lost);
  } finally {
    blobs.close();
  }
  const bruno = await join(browser, 'Bruno', invitation);
  await bruno.getByRole('link', { name: 'Restored report' }).click();
  await expect.poll(() => shown(bruno, 'Returns by region'), { timeout: 30_000 }).toBe(true);
  await amina.context().close();
  await bruno.context().close();
});
