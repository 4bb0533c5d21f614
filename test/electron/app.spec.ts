import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';
import { createDocument, editorText } from '../e2e/support/app.ts';

// The desktop shell end to end, through Playwright's Electron support. It needs the Electron binary,
// which our build machines never download (ELECTRON_SKIP_BINARY_DOWNLOAD=1): there it skips itself and
// says why. Everything behind the HostApi is covered in Chromium by test/e2e.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Electron executable, or null and why not. */
function findElectron(): { binary: string | null; reason: string } {
  let binary: unknown;
  try {
    // The electron package exports its binary's path, and throws when the binary was never downloaded.
    binary = createRequire(import.meta.url)('electron');
  } catch {
    return {
      binary: null,
      reason:
        'the electron package has no binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?); run `npm rebuild electron` to fetch it',
    };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary))
    return { binary: null, reason: `no Electron executable at ${String(binary)}` };
  return { binary, reason: '' };
}

const { binary, reason } = findElectron();
if (!binary) console.log(`Skipping the Electron end-to-end test: ${reason}`);

test.describe('desktop shell', () => {
  test.skip(!binary, `Electron binary missing: ${reason}`);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.js')], { cwd: root, stdio: 'inherit' });
    if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html')))
      throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-electron-e2e-'));
    // Chromium's setuid sandbox cannot start as root (CI containers); the renderer sandbox flag stays on.
    const args = [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const env: Record<string, string> = { CONCORD_USER_DATA_DIR: userData };
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] ??= value;
    app = await electron.launch({ executablePath: binary ?? undefined, args, env, cwd: root });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  test('serves the app from app://concord/ under the Concord title', async () => {
    expect(page.url()).toMatch(/^app:\/\/concord\//);
    await expect(page).toHaveTitle(/Concord/);
  });

  test('exposes the HostApi and nothing of Node', async () => {
    const seen = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      const host = scope['concordHost'] as Record<string, unknown> | undefined;
      return {
        hostKeys: host ? Object.keys(host).sort() : null,
        kind: host?.['kind'],
        require: typeof scope['require'],
        process: typeof scope['process'],
        module: typeof scope['module'],
        // An app page: http(s) would be handed to the real browser, which a test must not do.
        opened: window.open('app://concord/index.html') === null,
      };
    });
    expect(seen.hostKeys).toEqual(
      [
        'appInfo',
        'getSetting',
        'kind',
        'onCommand',
        'onInviteLink',
        'onOpenFileRequest',
        'openExternal',
        'openFile',
        'saveFile',
        'setSetting',
      ].sort(),
    );
    expect(seen.kind).toBe('desktop');
    expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', opened: true });
    const info = await page.evaluate(() =>
      (globalThis as unknown as { concordHost: { appInfo(): Promise<unknown> } }).concordHost.appInfo(),
    );
    expect(info).toMatchObject({ name: 'Concord' });
  });

  test('refuses invalid IPC arguments and unsafe links', async () => {
    const errors = await page.evaluate(async () => {
      const host = (globalThis as unknown as { concordHost: Record<string, (...args: unknown[]) => Promise<unknown>> })
        .concordHost;
      const outcome = (promise: Promise<unknown>) =>
        promise.then(
          () => 'resolved',
          (error: unknown) => String(error),
        );
      return {
        link: await outcome(host['openExternal']!('file:///etc/passwd')),
        setting: await outcome(host['setSetting']!('colour', 'not a colour')),
        bounds: await outcome(host['setSetting']!('windowBounds', { x: 0, y: 0, width: 900, height: 700 })),
      };
    });
    expect(errors.link).toMatch(/invalid arguments/);
    expect(errors.setting).toMatch(/invalid arguments/);
    expect(errors.bounds).toMatch(/cannot be set from the page/);
  });

  test('serves only the build, with the CSP', async () => {
    const served = await page.evaluate(async () => {
      const index = await fetch('app://concord/index.html');
      const escape = await fetch('app://concord/..%2f..%2fpackage.json');
      return { csp: index.headers.get('content-security-policy'), escape: escape.status };
    });
    expect(served.csp).toContain("script-src 'self'");
    expect(served.escape).toBe(404);
  });

  test('keeps the renderer in an OS sandbox where the platform reports it', async () => {
    // Electron reports `sandboxed` on macOS and Windows only; on Linux this reads undefined.
    const sandboxed = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]?.webContents.getOSProcessId();
      return electronApp.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed;
    });
    expect(sandboxed).not.toBe(false);
  });

  test('creates a document', async () => {
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await createDocument(page, 'Desktop draft');
    await page.keyboard.type('Written in the desktop app.');
    await expect(editorText(page)).toContainText('Written in the desktop app.');
  });
});
