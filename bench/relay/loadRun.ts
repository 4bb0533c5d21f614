// One measured run of the relay-load scenario (scenarios/relayLoad.ts), which its rising-load and
// scale-out parts (relayRamp.ts, relayScaleOut.ts) repeat with other loads and servers.
import fs from 'node:fs';
import { newId } from '../../shared/ids.ts';
import { sharedClockUs, sleep } from '../lib/clock.ts';
import { cpuSeconds, dirBytes, memoryMiB, threadCpuSeconds } from '../lib/procStats.ts';
import type { Figure } from '../lib/result.ts';
import { percentileFigure, runsFigure } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { startServer } from './servers.ts';
import type { ServerKind, StartServer } from './servers.ts';
import type { WorkerPool } from './workerPool.ts';

/** Load and duration of the relay scenario. */
export interface RelayLoadOptions {
  docs: number;
  clientsPerDoc: number;
  editsPerSecond: number;
  durationMs: number;
  /** Edits in the first part of each run are not measured (connections settle, JIT warms up). */
  warmupMs: number;
  /** Time after typing stops for the last edits to arrive; later ones count as never arrived. */
  drainMs: number;
  repetitions: number;
  /** Documents at each step of the rising load (from low to high; `docs` is the main run's), until p99 passes `breakMs`. */
  ramp: number[];
  rampDurationMs: number;
  breakMs: number;
}

/** What one run of one server at one load measured. */
export interface Run {
  /** Latencies in ms; edits that never arrived are Infinity. */
  latencies: number[];
  delivered: number;
  serverCpuSeconds: number;
  /** Of serverCpuSeconds, what the servers' main threads (the event loops) used; the rest is V8's helpers and the thread pool. */
  serverMainThreadCpuSeconds: number;
  peakRssMiB: number;
  bytesStored: number;
  clientCpuSeconds: number;
  connectMs: number;
  disconnects: number;
}

/** Runs `docs` documents × clientsPerDoc collaborators against a fresh server of `kind` for `durationMs`. */
export async function runOnce(
  pool: WorkerPool,
  kind: ServerKind,
  docs: number,
  durationMs: number,
  o: RelayLoadOptions,
  start: StartServer = startServer,
): Promise<Run> {
  const workspace = newId();
  const dataDir = tempDir('relay');
  const server = await start(kind, dataDir, workspace);
  const pids = server.pids ?? [server.pid];
  const sum = (f: (pid: number) => number) => pids.reduce((n, pid) => n + f(pid), 0);
  try {
    const rooms = Array.from({ length: docs }, () => `${workspace}/${newId()}`);
    const started = Date.now();
    const ready = await Promise.all(
      Array.from({ length: pool.size }, (_, slot) =>
        pool.request(
          slot,
          {
            type: 'setup',
            kind: server.clientKind,
            url: server.urlFor?.(slot) ?? server.url,
            token: server.token,
            rooms,
            slot,
          },
          'ready',
          180_000,
        ),
      ),
    );
    const failed = ready.reduce((n, r) => n + r.failed, 0);
    if (failed > 0) throw new Error(`${kind}: ${failed} clients could not connect`);
    const connectMs = Date.now() - started;
    const startUs = sharedClockUs() + 300_000;
    pool.broadcast({ type: 'start', startUs, durationMs, warmupMs: o.warmupMs, editsPerSecond: o.editsPerSecond });
    await sleep((startUs - sharedClockUs()) / 1000);
    const cpuBefore = sum(cpuSeconds);
    const mainBefore = sum(mainThreadCpuSeconds);
    await sleep(durationMs);
    const serverCpuSeconds = sum(cpuSeconds) - cpuBefore;
    const serverMainThreadCpuSeconds = sum(mainThreadCpuSeconds) - mainBefore;
    await sleep(o.drainMs);
    const reports = await Promise.all(
      Array.from({ length: pool.size }, (_, slot) => pool.request(slot, { type: 'report' }, 'report')),
    );
    const peakRssMiB = sum((pid) => memoryMiB(pid).peak);
    const bytesStored = server.storedBytes ? await server.storedBytes() : server.dataDir ? dirBytes(server.dataDir) : 0;
    await Promise.all(Array.from({ length: pool.size }, (_, slot) => pool.request(slot, { type: 'teardown' }, 'done')));
    const latencies = reports.flatMap((r) => r.latenciesUs.map((us) => us / 1000));
    const expected = reports.reduce((n, r) => n + r.sentInWindow, 0) * (o.clientsPerDoc - 1);
    const missing = Math.max(0, expected - latencies.length);
    for (let i = 0; i < missing; i++) latencies.push(Number.POSITIVE_INFINITY);
    return {
      latencies,
      delivered: expected > 0 ? (expected - missing) / expected : Number.NaN,
      serverCpuSeconds,
      serverMainThreadCpuSeconds,
      peakRssMiB,
      bytesStored,
      clientCpuSeconds: reports.reduce((n, r) => n + r.cpuSeconds, 0),
      connectMs,
      disconnects: reports.reduce((n, r) => n + r.disconnects, 0),
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The figures of a set of runs of one server (pooled latencies and per-run spread). */
export function figuresOf(runs: Run[]): Record<string, Figure> {
  const pooled = runs.flatMap((r) => r.latencies);
  const perRun = runs.map((r) => r.latencies);
  return {
    'median latency': percentileFigure(pooled, perRun, 0.5, 'ms'),
    'p99 latency': percentileFigure(pooled, perRun, 0.99, 'ms'),
    'server CPU': runsFigure(
      runs.map((r) => r.serverCpuSeconds),
      's',
    ),
    'server CPU, main thread': runsFigure(
      runs.map((r) => r.serverMainThreadCpuSeconds),
      's',
    ),
    'peak RSS': runsFigure(
      runs.map((r) => r.peakRssMiB),
      'MiB',
    ),
    'bytes stored': runsFigure(
      runs.map((r) => r.bytesStored),
      'B',
    ),
    'edits delivered': runsFigure(
      runs.map((r) => r.delivered * 100),
      '%',
    ),
    'client processes CPU': runsFigure(
      runs.map((r) => r.clientCpuSeconds),
      's',
    ),
    'time to connect all clients': runsFigure(
      runs.map((r) => r.connectMs),
      'ms',
    ),
    'client disconnects': runsFigure(
      runs.map((r) => r.disconnects),
      'times',
    ),
  };
}

/** CPU seconds of a process's main thread (its thread id is the pid): the event loop, without V8's helpers and the thread pool. */
function mainThreadCpuSeconds(pid: number): number {
  try {
    return threadCpuSeconds(pid).get(pid) ?? Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Rotates the server order each repetition so none always runs first or last. */
export function rotated<T>(items: readonly T[], by: number): T[] {
  return items.map((_, i) => items[(i + by) % items.length]!);
}
