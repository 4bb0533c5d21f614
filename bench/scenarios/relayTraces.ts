import fs from 'node:fs';
import { newId } from '../../shared/ids.ts';
import { sleep } from '../lib/clock.ts';
import { cpuSeconds, memoryMiB } from '../lib/procStats.ts';
import { addRatio, addTarget, emptyResult, formatNumber } from '../lib/result.ts';
import type { Figure, ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure, runsFigure } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { SERVER_KINDS, startServer } from '../relay/servers.ts';
import type { ServerKind } from '../relay/servers.ts';
import { FromReplaySchema, ToReplaySchema } from '../relay/traceProtocol.ts';
import type { FromReplay, ToReplay } from '../relay/traceProtocol.ts';
import { WorkerPool } from '../relay/workerPool.ts';
import { rotated } from '../relay/loadRun.ts';
import { TRACE_NAMES } from '../traces/traceFile.ts';
import type { TraceName } from '../traces/traceFile.ts';

/** Which traces, how often, and how long to wait after convergence for the last commits and acks. */
export interface RelayTracesOptions {
  traces: TraceName[];
  rounds: number;
  settleMs: number;
  timeoutMs: number;
  /** Extra `concord relay` flags (none: its defaults). */
  relayArgs: string[];
}

export const RELAY_TRACES_FULL: RelayTracesOptions = {
  traces: [...TRACE_NAMES],
  rounds: 3,
  settleMs: 500,
  timeoutMs: 300_000,
  relayArgs: [],
};
export const RELAY_TRACES_QUICK: RelayTracesOptions = { ...RELAY_TRACES_FULL, traces: ['friendsforever'], rounds: 1 };

/** One replay of one trace through one server. */
interface TraceRun {
  updates: number;
  convergeMs: number;
  /** Server CPU from the first update sent until converged, and until `settleMs` later. */
  cpuToConverge: number;
  cpuSettled: number;
  peakRssMiB: number;
  disconnects: number;
  closeCodes: number[];
}

type Pool = WorkerPool<ToReplay, FromReplay>;

async function replayOnce(pool: Pool, kind: ServerKind, trace: TraceName, o: RelayTracesOptions): Promise<TraceRun> {
  const workspace = newId();
  const dataDir = tempDir('traces');
  const server = await startServer(kind, dataDir, workspace, o.relayArgs);
  try {
    const room = `${workspace}/${newId()}`;
    const connected = await pool.request(
      0,
      { type: 'connect', trace, kind: server.clientKind, url: server.url, token: server.token, room },
      'connected',
    );
    const before = cpuSeconds(server.pid);
    const done = await pool.request(0, { type: 'go', timeoutMs: o.timeoutMs }, 'converged', o.timeoutMs + 10_000);
    const atConverge = cpuSeconds(server.pid);
    await sleep(o.settleMs);
    const settled = cpuSeconds(server.pid);
    const peakRssMiB = memoryMiB(server.pid).peak;
    await pool.request(0, { type: 'teardown' }, 'done');
    return {
      updates: connected.updates,
      convergeMs: done.convergeMs,
      cpuToConverge: atConverge - before,
      cpuSettled: settled - before,
      peakRssMiB,
      disconnects: done.disconnects,
      closeCodes: done.closeCodes,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function figuresOf(runs: TraceRun[]): Record<string, Figure> {
  const cpu = runs.reduce((n, r) => n + r.cpuSettled, 0);
  const updates = runs.reduce((n, r) => n + r.updates, 0);
  return {
    'server CPU, all replays': exact(cpu, 's'),
    'server CPU per update': exact((cpu / updates) * 1e6, 'µs'),
    'server CPU per replay': runsFigure(
      runs.map((r) => r.cpuSettled),
      's',
    ),
    'converge time': medianFigure(
      runs.map((r) => r.convergeMs),
      'ms',
    ),
    'peak RSS': runsFigure(
      runs.map((r) => r.peakRssMiB),
      'MiB',
    ),
    'client disconnects': exact(
      runs.reduce((n, r) => n + r.disconnects, 0),
      'times',
    ),
  };
}

/** Scenario: recorded two-person editing sessions replayed at full speed through each server. */
export async function runRelayTraces(
  o: RelayTracesOptions,
  log: (line: string) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const pool: Pool = new WorkerPool(1, 'traceWorker.ts', ToReplaySchema, FromReplaySchema);
  try {
    const runs = new Map<ServerKind, TraceRun[]>(SERVER_KINDS.map((k) => [k, []]));
    for (let round = 0; round < o.rounds; round++)
      for (const [t, trace] of o.traces.entries())
        for (const kind of rotated(SERVER_KINDS, round + t)) {
          const run = await replayOnce(pool, kind, trace, o);
          runs.get(kind)!.push(run);
          const codes = run.closeCodes.length > 0 ? `, closed ${run.closeCodes.join(' ')}` : '';
          log(
            `relay traces: ${trace} through ${kind}: converged in ${formatNumber(run.convergeMs)} ms, CPU ${formatNumber(run.cpuSettled)} s (${formatNumber(run.cpuToConverge)} s at convergence)${codes}`,
          );
        }
    const result = emptyResult('Relay replaying recorded editing sessions', {
      traces: o.traces,
      rounds: o.rounds,
      relayFlags: o.relayArgs.length > 0 ? o.relayArgs.join(' ') : 'defaults',
    });
    result.figures = figuresOf(runs.get('concord relay')!);
    for (const kind of SERVER_KINDS.slice(1)) {
      result.baseline[kind] = figuresOf(runs.get(kind)!);
      for (const figure of ['server CPU per update', 'converge time', 'peak RSS']) addRatio(result, figure, kind);
    }
    const ours = result.figures;
    const stock = result.baseline['@y/websocket-server 0.1.1']!;
    const hocus = result.baseline['hocuspocus 3.4.4']!;
    const perUpdate = ours['server CPU per update']!.value;
    addTarget(
      result,
      'CPU per update ≤ 1.0 × @y/websocket-server',
      perUpdate,
      stock['server CPU per update']!.value,
      'µs',
    );
    addTarget(
      result,
      'CPU per update ≤ 0.7 × Hocuspocus',
      perUpdate,
      0.7 * hocus['server CPU per update']!.value,
      'µs',
    );
    addTarget(
      result,
      'converge time ≤ @y/websocket-server',
      ours['converge time']!.value,
      stock['converge time']!.value,
      'ms',
    );
    result.notes.push(
      `Traces: ${o.traces.join(', ')} from josephg/editing-traces (concurrent_traces, CC BY 4.0; bench/traces/README.md): two people typing into one text at the same time, every keystroke recorded with what its typist had seen.`,
      'One client per session in one replay process; each sends its transactions as fast as it can, a transaction only once it has received the edits it was typed on top of (so the two clients wait on each other as the typists did). Converge time: from the first update sent until every client holds the final text.',
      `Server CPU: user+system seconds of the server process (/proc) from the first update sent until ${o.settleMs} ms after convergence (the last group commits and acks); per update: divided by the transactions replayed.`,
      'Ours persists every update (SQLite, group commit, fsync), checks the token and role, and acknowledges (clients connect with ack=1, as the app); the baselines keep the document in memory and check nothing.',
    );
    return [result];
  } finally {
    await pool.close();
  }
}
