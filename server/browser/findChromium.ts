import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Raised when no Chromium can be found; its message tells the user how to get one. */
class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium to drive with playwright-core: Playwright's own browser cache first, then
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium. Throws ChromiumNotFoundError when none exists.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const cached = playwrightCachedChromium();
  if (cached) return cached;
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new ChromiumNotFoundError(
    'No Chromium found to print the PDF. Install one with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

function playwrightCachedChromium(): string | null {
  try {
    const file = chromium.executablePath();
    return isExecutable(file) ? file : null;
  } catch {
    // playwright-core throws when it knows no browser build for this platform.
    return null;
  }
}

/** Flags for a quiet, offline, headless print: nothing is fetched, updated or synced. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
