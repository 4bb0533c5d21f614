import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the `concord` entry point. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CONCORD_BIN = path.join(REPO_ROOT, 'bin/concord.js');

/** A relay process started by a test. */
export interface RelayHandle {
  /** `ws://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT` */
  httpUrl: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Sends `signal` and resolves with the exit code and signal once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const tempDirs: string[] = [];
const running = new Set<RelayHandle>();
/** Relays stopped since `forgetStoppedRelays` (the last few): a failed test that stopped its relay still shows what it said. */
const stopped: RelayHandle[] = [];
const STOPPED_KEPT = 8;

/** A fresh temporary folder, removed by `cleanupRelays`. */
export function tempDataDir(prefix = 'concord-relay-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Options for `spawnRelay`. */
export interface SpawnOptions {
  dataDir?: string;
  port?: number;
  /** Extra environment, e.g. CONCORD_RELAY_MAX_RATE. */
  env?: Record<string, string>;
  args?: string[];
  /** Options for node itself, before the script (e.g. --expose-gc). */
  nodeArgs?: string[];
  /** How long it may take to start listening (default 30 s). */
  startTimeoutMs?: number;
  /** Another checkout's relay (the benchmark's "before"); this one by default. */
  checkout?: string;
  /** The script to run instead of bin/concord.js (a bundle's cli.mjs). */
  entry?: string;
}

/** Starts `node bin/concord.js relay` and resolves once it printed its address (port 0 by default). */
export async function spawnRelay(options: SpawnOptions = {}): Promise<RelayHandle> {
  const dataDir = options.dataDir ?? tempDataDir();
  const args = [
    ...(options.nodeArgs ?? []),
    options.entry ?? (options.checkout ? path.join(options.checkout, 'bin/concord.js') : CONCORD_BIN),
    'relay',
    '--host',
    '127.0.0.1',
    '--port',
    String(options.port ?? 0),
    '--data',
    dataDir,
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.checkout ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const limit = options.startTimeoutMs ?? 30_000;
    const timer = setTimeout(() => reject(new Error(`relay did not start within ${limit / 1000}s:\n${output}`)), limit);
    const onData = () => {
      const m = /Concord relay listening on (ws:\/\/\S+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`relay exited (${code}) before listening:\n${output}`)));
  });
  const port = Number(new URL(url).port);
  const handle: RelayHandle = {
    url,
    httpUrl: url.replace(/^ws/, 'http'),
    port,
    dataDir,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const result = await exited;
      if (running.delete(handle) && stopped.push(handle) > STOPPED_KEPT) stopped.shift();
      return result;
    },
  };
  running.add(handle);
  return handle;
}

/** The relays started and not yet stopped (for reporting what they said when a test fails). */
export function runningRelays(): RelayHandle[] {
  return [...running];
}

/** The relays running now and the last few stopped since `forgetStoppedRelays` (a test's `afterEach` may have stopped its own). */
export function relaysToReport(): RelayHandle[] {
  return [...running, ...stopped];
}

/** Starts a test afresh: relays stopped before it are not reported with it. */
export function forgetStoppedRelays(): void {
  stopped.length = 0;
}

/** Kills every relay still running and removes the temporary folders (call in afterAll). */
export async function cleanupRelays(): Promise<void> {
  await Promise.all([...running].map((r) => r.stop('SIGKILL')));
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
