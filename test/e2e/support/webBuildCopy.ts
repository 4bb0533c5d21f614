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
