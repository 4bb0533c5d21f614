import fs from 'node:fs';
import { newId } from '../../shared/ids.ts';
import { sharedClockUs, sleep } from '../lib/clock.ts';
import { cpuSeconds, dirBytes, memoryMiB } from '../lib/procStats.ts';
import { addRatio, addTarget, emptyResult, formatNumber } from '../lib/result.ts';
import type { Figure, ScenarioResult } from '../lib/result.ts';
import { percentileFigure, quantile, runsFigure } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { SERVER_KINDS, startServer } from '../relay/servers.ts';
import type { ServerKind, StartServer } from '../relay/servers.ts';
import { runRelayScaleOut } from './relayScaleOut.ts';
import { WorkerPool } from '../relay/workerPool.ts';
import { runRamp } from './relayRamp.ts';

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

export const RELAY_FULL: RelayLoadOptions = {
  docs: 200,
  clientsPerDoc: 5,
  editsPerSecond: 2,
  durationMs: 30_000,
  warmupMs: 5_000,
  drainMs: 3_000,
  repetitions: 2,
  ramp: [25, 50, 75, 100, 150, 200, 300, 400, 500, 650, 800],
  rampDurationMs: 15_000,
  breakMs: 100,
};
export const RELAY_QUICK: RelayLoadOptions = {
  ...RELAY_FULL,
  docs: 10,
  durationMs: 4_000,
  warmupMs: 1_000,
  drainMs: 500,
  repetitions: 1,
  ramp: [],
};

/** What one run of one server at one load measured. */
export interface Run {
  /** Latencies in ms; edits that never arrived are Infinity. */
  latencies: number[];
  delivered: number;
  serverCpuSeconds: number;
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
    await sleep(durationMs);
    const serverCpuSeconds = sum(cpuSeconds) - cpuBefore;
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

/** Rotates the server order each repetition so none always runs first or last. */
export function rotated<T>(items: readonly T[], by: number): T[] {
  return items.map((_, i) => items[(i + by) % items.length]!);
}

/** Scenario 1: the relay and its baselines under identical load from real client processes. */
export async function runRelayLoad(
  o: RelayLoadOptions,
  log: (line: string) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const pool = new WorkerPool(o.clientsPerDoc);
  try {
    const runs = new Map<ServerKind, Run[]>(SERVER_KINDS.map((k) => [k, []]));
    for (let rep = 0; rep < o.repetitions; rep++) {
      for (const kind of rotated(SERVER_KINDS, rep)) {
        const run = await runOnce(pool, kind, o.docs, o.durationMs, o);
        runs.get(kind)!.push(run);
        log(
          `relay load: ${kind}, ${o.docs} docs: p99 ${formatNumber(quantile(run.latencies, 0.99))} ms, CPU ${formatNumber(run.serverCpuSeconds)} s`,
        );
      }
    }
    const main = emptyResult('Relay under load', {
      documents: o.docs,
      clientsPerDocument: o.clientsPerDoc,
      editsPerClientPerSecond: o.editsPerSecond,
      durationSeconds: o.durationMs / 1000,
      measuredAfterSeconds: o.warmupMs / 1000,
      repetitions: o.repetitions,
    });
    main.figures = figuresOf(runs.get('concord relay')!);
    for (const kind of SERVER_KINDS.slice(1)) {
      main.baseline[kind] = figuresOf(runs.get(kind)!);
      for (const figure of ['median latency', 'p99 latency', 'server CPU', 'peak RSS']) addRatio(main, figure, kind);
    }
    const ours = main.figures;
    const yws = main.baseline['@y/websocket-server 0.1.1']!;
    addTarget(
      main,
      `p99 edit latency at ${o.docs} docs × ${o.clientsPerDoc} clients`,
      ours['p99 latency']!.value,
      50,
      'ms',
    );
    addTarget(main, 'server CPU below @y/websocket-server', ours['server CPU']!.value, yws['server CPU']!.value, 's');
    addTarget(main, 'peak RSS below @y/websocket-server', ours['peak RSS']!.value, yws['peak RSS']!.value, 'MiB');
    main.notes.push(
      `${o.clientsPerDoc} client processes (one collaborator of every document in each, so an edit always crosses processes), all on this machine: they compete with the server for its cores.`,
      'Latency: from just before a client applies its edit (a character and its timestamp) to another client observing it, on CLOCK_MONOTONIC, which all processes share; an edit not received by the end of the run counts as infinitely late.',
      'Ours persists every update (SQLite, group commit, fsync) and checks a signed token on every connection, and sends acks (clients connect with ack=1, as the app does); the baselines keep documents in memory only and check nothing.',
      'Server CPU: user+system seconds of the server process (from /proc) during the typing; peak RSS: VmHWM; bytes stored: the total size of the updates in the relay database after the run (the baselines store nothing).',
      'Every server runs under the same tsx loader as `concord relay` (the y-websocket server is its published src/server.js).',
    );
    const results = [main];
    const mainP99 = new Map(
      SERVER_KINDS.map((k) => [
        k,
        quantile(
          runs.get(k)!.flatMap((r) => r.latencies),
          0.99,
        ),
      ]),
    );
    if (o.ramp.length > 0) results.push(await runRamp(pool, o, mainP99, log));
    results.push(
      await runRelayScaleOut(o, log, {
        measure: (start) => runOnce(pool, 'concord relay', o.docs, o.durationMs, o, start),
        figuresOf,
      }),
    );
    return results;
  } finally {
    await pool.close();
  }
}
