import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort } from '../../test/relay/support/freePort.ts';
import { REPO_ROOT, spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../server/storage/sqliteDatabase.ts';
import type { ClientKind } from './workerProtocol.ts';

/**
 * Another checkout whose relay runs beside the others as "concord relay before" (its `bin/concord.js`,
 * with a `node_modules`): `CONCORD_BENCH_BEFORE=/tmp/main npm run bench` shows a change's effect in one run.
 */
export const BEFORE_CHECKOUT = process.env.CONCORD_BENCH_BEFORE ?? '';
/**
 * BENCH_RELAY_PROFILE=<folder>: our relay runs with `node --cpu-prof` into that folder in every relay
 * scenario (under load, the ramp, the recorded sessions) and is stopped with SIGTERM, so that it
 * writes its profile (one file per relay process; with the profiler's cost, figures mean less).
 */
const RELAY_PROFILE_DIR = process.env.BENCH_RELAY_PROFILE ?? '';
const ALL_KINDS = ['concord relay', '@y/websocket-server 0.1.1', 'hocuspocus 3.4.4', 'concord relay before'] as const;
/**
 * The stock y-websocket server with its documents' garbage collection off: it keeps deleted content,
 * as ours must. Only the load scenario runs it, to show what of the memory gap is that history.
 */
export const KEEPING_HISTORY = '@y/websocket-server 0.1.1, gc off' as const;
export type ServerKind = (typeof ALL_KINDS)[number] | typeof KEEPING_HISTORY;
/** The servers the relay scenarios compare: ours first, then the baselines. */
export const SERVER_KINDS: readonly ServerKind[] = BEFORE_CHECKOUT ? ALL_KINDS : ALL_KINDS.slice(0, 3);

/** A server process under load. */
export interface ServerUnderTest {
  kind: ServerKind;
  clientKind: ClientKind;
  url: string;
  pid: number;
  token: string;
  /** Where it stores documents (ours only). */
  dataDir: string | null;
  stop(): Promise<void>;
  /** Every process of the server when it has several (relay instances); `pid` alone otherwise. */
  pids?: number[];
  /** The address client worker `slot` uses (a round-robin split between instances); `url` otherwise. */
  urlFor?(slot: number): string;
  /** Bytes stored outside `dataDir` (Postgres), measured after the run. */
  storedBytes?(): Promise<number>;
}

/** Starts a server; `startServer` by default, the scale-out set-ups (scaleOutServers.ts) otherwise. */
export type StartServer = (kind: ServerKind, dataDir: string, workspace: string) => Promise<ServerUnderTest>;

/**
 * Starts a plain JavaScript server script with node, as `concord relay` runs from its bundle
 * (bin/concord.js, `npm run build:relay`): no server pays for a TypeScript loader.
 */
async function spawnScript(script: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (!ready.test(output)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${output}`)));
  });
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exited;
}

/**
 * Bytes of document updates the relay holds in its database (the sum of the stored rows). The file
 * sizes say little here: the write-ahead log grows to a few MiB before SQLite folds it in.
 */
function sqliteBytes(dataDir: string): number {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM updates').get() as { bytes: number }).bytes;
  } finally {
    db.close();
  }
}

/** Starts one server of `kind` on a free loopback port; ours on a fresh data folder `dataDir`, with `relayArgs`. */
export async function startServer(
  kind: ServerKind,
  dataDir: string,
  workspace: string,
  relayArgs: string[] = [],
): Promise<ServerUnderTest> {
  if (kind === 'concord relay' || kind === 'concord relay before') {
    // Every client of the benchmark comes from 127.0.0.1: lift the per-address connection cap.
    const relay = await spawnRelay({
      dataDir,
      checkout: kind === 'concord relay before' ? BEFORE_CHECKOUT : undefined,
      ...(RELAY_PROFILE_DIR && kind === 'concord relay'
        ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${path.resolve(RELAY_PROFILE_DIR)}`] }
        : {}),
      args: ['--max-connections', '1000000', '--max-connections-total', '1000000', ...relayArgs],
    });
    const token = signWithRelayKey(dataDir, { ws: workspace, exp: Math.floor(Date.now() / 1000) + 86_400 });
    return {
      kind,
      clientKind: 'y-websocket',
      url: relay.url,
      pid: relay.child.pid!,
      token,
      dataDir,
      // A profiled relay must exit by itself to write its profile.
      stop: () =>
        relay.stop(RELAY_PROFILE_DIR && kind === 'concord relay' ? 'SIGTERM' : 'SIGKILL').then(() => undefined),
      storedBytes: async () => sqliteBytes(dataDir),
    };
  }
  const port = await freePort();
  const baseline = (script: string, ready: RegExp, clientKind: ClientKind = 'y-websocket') =>
    spawnScript(script, { HOST: '127.0.0.1', PORT: String(port) }, ready).then((child): ServerUnderTest => ({
      kind,
      clientKind,
      url: `ws://127.0.0.1:${port}`,
      pid: child.pid!,
      token: 'unused',
      dataDir: null,
      stop: () => stopChild(child),
    }));
  if (kind === '@y/websocket-server 0.1.1') {
    // The package's own server script, exactly as published (no persistence: YPERSISTENCE unset).
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('@y/websocket-server/package.json'));
    return baseline(path.join(packageDir, 'src', 'server.js'), /running at/);
  }
  if (kind === KEEPING_HISTORY)
    return baseline(path.join(REPO_ROOT, 'bench/relay/yWebsocketKeepHistory.mjs'), /running at/);
  return baseline(path.join(REPO_ROOT, 'bench/relay/hocuspocusServer.mjs'), /listening on/, 'hocuspocus');
}
