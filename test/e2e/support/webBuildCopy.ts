import { expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONCORD_BIN, REPO_ROOT } from '../../relay/support/relayProcess.ts';

/** A copy of the web build served by its own `concord serve`, for a test that changes what is served. */
export interface ServedBuild {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** Copies dist/renderer to a temporary folder and serves it on a free port. */
export async function serveBuildCopy(): Promise<ServedBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-web-'));
  fs.cpSync(path.join(REPO_ROOT, 'dist/renderer'), dir, { recursive: true });
  const child = spawn(process.execPath, [CONCORD_BIN, 'serve', '--port', '0', '--dir', dir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /Concord \(web\) at (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    void exited.then(() => reject(new Error(`concord serve exited:\n${output}`)));
  });
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the service worker is installed and active: the app shell is in its cache. Bounded, so
 * an install that never ends fails here, saying so, rather than at the test's timeout.
 */
export async function shellInstalled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active)), {
      message: 'the service worker installed and active',
      timeout: 60_000,
    })
    .toBe(true);
}

/**
 * Puts a new build in place of the served one: a changed page (marked by `<meta name="concord-build"
 * content="second">`), so a service worker with a new revision for it. The app open on the old one
 * finds it when next opened.
 */
export function publishNewerBuild(served: ServedBuild): void {
  const index = path.join(served.dir, 'index.html');
  fs.writeFileSync(
    index,
    fs.readFileSync(index, 'utf8').replace('</head>', '<meta name="concord-build" content="second"></head>'),
  );
  const sw = path.join(served.dir, 'sw.js');
  const worker = fs.readFileSync(sw, 'utf8');
  const newer = worker.replace(/\{url:"index\.html",revision:"[^"]+"\}/, '{url:"index.html",revision:"second"}');
  if (newer === worker) throw new Error('sw.js lists no revision of index.html to change');
  fs.writeFileSync(sw, newer);
}
