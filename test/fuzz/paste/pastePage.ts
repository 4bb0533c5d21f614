import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../server/browser/launchChromium.ts';
import type { PasteResult } from './pasteEntry.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ORIGIN = 'http://paste.concord.test/';

/** A Chromium page running the app's paste cleaning (pasteEntry.ts, bundled), with no network. */
export interface PastePage {
  paste(html: string): Promise<PasteResult>;
  /** Shows `html` uncleaned in the live page and returns what ran: proves the page would notice. */
  raw(html: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Bundles the paste cleaning for the browser and opens it in a headless Chromium. */
export async function openPastePage(): Promise<PastePage> {
  const bundle = await build({
    entryPoints: [path.join(HERE, 'pasteEntry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const browser: Browser = await launchChromium();
  const cleaning = await loadedPage(browser, script);
  // The control runs raw vectors in a page of its own: some of them run late (an image's error event
  // after the aborted request, a refresh, a frame), and a late call recorded in the cleaning page would
  // be blamed on the next cleaned paste.
  const control = await loadedPage(browser, script);
  return {
    paste: (html) =>
      cleaning.evaluate(
        (h) => (window as unknown as { concordPaste(h: string): Promise<PasteResult> }).concordPaste(h),
        html,
      ),
    raw: (html) =>
      control.evaluate((h) => (window as unknown as { concordRaw(h: string): Promise<string[]> }).concordRaw(h), html),
    close: () => browser.close(),
  };
}

/** A page of our own with the bundle loaded; every other request (images, scripts, frames a vector asks for) fails. */
async function loadedPage(browser: Browser, script: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) =>
    route.request().url() === ORIGIN
      ? route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html><body></body></html>' })
      : route.abort(),
  );
  await page.goto(ORIGIN);
  await page.addScriptTag({ content: script });
  return page;
}
