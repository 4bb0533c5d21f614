import type { BrowserContext, Page } from 'playwright-core';
import { installProbe } from './pageProbe.ts';
import type { ProbeSample } from './pageProbe.ts';
import { sleep } from '../lib/clock.ts';

/** Selector of the top-level paragraphs of the editor (the app's and the baseline's). */
const PARAGRAPHS = '.ProseMirror > p';

/**
 * Prepares a context's pages: tsx compiles the harness with esbuild's keepNames, which makes
 * functions handed to page.evaluate call a `__name` helper; define it, then install the probe.
 */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(installProbe);
  if (process.env.BENCH_CONTENT_VISIBILITY === '1') await context.addInitScript(CONTENT_VISIBILITY);
}

/**
 * BENCH_CONTENT_VISIBILITY=1 gives the plain ProseMirror baseline the app's lighter page too
 * (`content-visibility: auto` on the editor's top-level blocks, as styles.css does), to compare the
 * two on equal pages; the app has it either way.
 */
const CONTENT_VISIBILITY = `document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = '.editor .ProseMirror > * { content-visibility: auto; contain-intrinsic-size: auto 3.2em; overflow-clip-margin: 4rem; }';
  document.head.append(style);
});`;

/** Joins the relay through its browser invite link, as a member does, and waits until the library is in sync. */
export async function joinRelay(page: Page, relayHttpUrl: string, token: string): Promise<void> {
  await page.goto(`${relayHttpUrl}/#join=${token}`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page
    .getByRole('status', { name: 'Library sync status' })
    .filter({ hasText: 'Online: all changes saved' })
    .waitFor({ timeout: 60_000 });
}

/** Opens a .concord file through the app's own "Open file…" button; ms from choosing the file to the editor editable and painted. */
export async function openFileToEditable(page: Page, file: string, blocks: number): Promise<number> {
  await page.evaluate((n) => window.__bench.watchEditable(n), blocks);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(file);
  const editableAt = await page.evaluate(() => window.__bench.editableAt!);
  return editableAt - (await page.evaluate(() => window.__bench.openedAt));
}

/** Goes back to the library and opens the document again (from IndexedDB); ms from the click to editable and painted. */
export async function reopenFromLibrary(page: Page, title: string, blocks: number): Promise<number> {
  await page.getByRole('button', { name: '← Library' }).click();
  const link = page.getByRole('link', { name: title }).first();
  await link.waitFor();
  await page.evaluate((n) => window.__bench.watchEditable(n), blocks);
  await link.evaluate((a: HTMLElement) => {
    window.__bench.openedAt = performance.now();
    a.click();
  });
  const editableAt = await page.evaluate(() => window.__bench.editableAt!);
  return editableAt - (await page.evaluate(() => window.__bench.openedAt));
}

/** Stamps window.__bench.lastTransaction after every transaction of the app's Tiptap editor (Tiptap puts itself on its DOM node). */
export async function hookEditorTransactions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('.ProseMirror') as
      (HTMLElement & { editor?: { on(event: string, fn: () => void): void } }) | null;
    if (!el?.editor) throw new Error('no Tiptap editor on .ProseMirror');
    el.editor.on('transaction', () => (window.__bench.lastTransaction = performance.now()));
  });
}

/** Index of the paragraph the local keystrokes go to (the middle one). */
export async function middleParagraph(page: Page): Promise<number> {
  return Math.floor((await page.locator(PARAGRAPHS).count()) / 2);
}

/** Clicks at the end of the middle paragraph and types `count` letters, one at a time; one sample per key. */
export async function typeLocally(page: Page, count: number, gapMs: number): Promise<ProbeSample[]> {
  const paragraph = page.locator(PARAGRAPHS).nth(await middleParagraph(page));
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await sleep(300);
  await page.evaluate(() => (window.__bench.keys = []));
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(
      (n) => window.__bench.keys.length >= n && !Number.isNaN(window.__bench.keys[n - 1]!.paint),
      i + 1,
      { polling: 'raf', timeout: 30_000 },
    );
    await sleep(gapMs);
  }
  return page.evaluate(() => window.__bench.keys);
}

/** JS heap in use after a full garbage collection, in MiB (Chrome DevTools Protocol). */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 ** 2;
  } finally {
    await cdp.detach();
  }
}
