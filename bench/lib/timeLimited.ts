import { execFile } from 'node:child_process';
import { REPO_ROOT } from '../../test/relay/support/relayProcess.ts';

/** Outcome of a child run with a time limit: its stdout, or how long it ran before being stopped. */
export type Limited = { done: true; stdout: string } | { done: false; stoppedAfterMs: number };

/** Runs a TypeScript script under tsx in a child process, killing it (SIGKILL) after `limitMs`. */
export function runScriptWithLimit(script: string, args: string[], limitMs: number): Promise<Limited> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: REPO_ROOT, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        clearTimeout(timer);
        if (child.signalCode === 'SIGKILL') return resolve({ done: false, stoppedAfterMs: performance.now() - start });
        if (err) return reject(new Error(`${script} failed: ${stderr || err.message}`));
        resolve({ done: true, stdout });
      },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  });
}
