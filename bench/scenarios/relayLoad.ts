import { addRatio, addTarget, emptyResult, formatNumber } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { quantile } from '../lib/stats.ts';
import { KEEPING_HISTORY, SERVER_KINDS } from '../relay/servers.ts';
import type { ServerKind } from '../relay/servers.ts';
import { WorkerPool } from '../relay/workerPool.ts';
import { figuresOf, rotated, runOnce } from '../relay/loadRun.ts';
import type { RelayLoadOptions, Run } from '../relay/loadRun.ts';
import { runRelayScaleOut } from './relayScaleOut.ts';
import { runRamp } from './relayRamp.ts';
import { runIdleRooms } from '../relay/idleRooms.ts';
import type { IdleRoomOptions } from '../relay/idleRooms.ts';

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
/** The idle-room memory figure: as many rooms as the main run, each a document of a couple of pages. */
const IDLE_FULL: IdleRoomOptions = { rooms: 200, editsPerRoom: 100, charsPerEdit: 40, idleUnloadMs: 90_000 };
const IDLE_QUICK: IdleRoomOptions = { rooms: 10, editsPerRoom: 20, charsPerEdit: 40, idleUnloadMs: 10_000 };

/** The idle-room figure, or its failure as a skipped result (the scenario's other results are kept). */
async function idleRoomsOrFailure(o: IdleRoomOptions, log: (line: string) => void): Promise<ScenarioResult> {
  try {
    return await runIdleRooms(o, log);
  } catch (err) {
    const failure = emptyResult('Relay memory per idle room', { ...o });
    failure.skipped = `failed: ${err instanceof Error ? err.message : String(err)}`;
    return failure;
  }
}

export const RELAY_QUICK: RelayLoadOptions = {
  ...RELAY_FULL,
  docs: 10,
  durationMs: 4_000,
  warmupMs: 1_000,
  drainMs: 500,
  repetitions: 1,
  ramp: [],
};

/** Scenario 1: the relay and its baselines under identical load from real client processes. */
export async function runRelayLoad(
  o: RelayLoadOptions,
  log: (line: string) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const pool = new WorkerPool(o.clientsPerDoc);
  // The main run also has the stock server keep deleted content, as ours does (the ramp does not).
  const kinds: ServerKind[] = [...SERVER_KINDS, KEEPING_HISTORY];
  try {
    const runs = new Map<ServerKind, Run[]>(kinds.map((k) => [k, []]));
    for (let rep = 0; rep < o.repetitions; rep++) {
      for (const kind of rotated(kinds, rep)) {
        const run = await runOnce(pool, kind, o.docs, o.durationMs, o);
        runs.get(kind)!.push(run);
        log(
          `relay load: ${kind}, ${o.docs} docs: p99 ${formatNumber(quantile(run.latencies, 0.99))} ms, CPU ${formatNumber(run.serverCpuSeconds)} s (main thread ${formatNumber(run.serverMainThreadCpuSeconds)} s)`,
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
    for (const kind of kinds.slice(1)) {
      main.baseline[kind] = figuresOf(runs.get(kind)!);
      for (const figure of ['median latency', 'p99 latency', 'server CPU', 'server CPU, main thread', 'peak RSS'])
        addRatio(main, figure, kind);
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
    // Issue 19's bound, against the server as published and against it keeping history as ours does.
    for (const [name, baseline] of [
      ['@y/websocket-server', yws],
      ['@y/websocket-server keeping deleted content (gc off)', main.baseline[KEEPING_HISTORY]!],
    ] as const)
      addTarget(main, `peak RSS ≤ 1.2 × ${name}`, ours['peak RSS']!.value, 1.2 * baseline['peak RSS']!.value, 'MiB');
    main.notes.push(
      `${o.clientsPerDoc} client processes (one collaborator of every document in each, so an edit always crosses processes), all on this machine: they compete with the server for its cores.`,
      'Latency: from just before a client applies its edit (a character and its timestamp) to another client observing it, on CLOCK_MONOTONIC, which all processes share; an edit not received by the end of the run counts as infinitely late.',
      'Ours persists every update (SQLite, group commit, fsync) and checks a signed token on every connection, and sends acks (clients connect with ack=1, as the app does); the baselines keep documents in memory only and check nothing.',
      "Server CPU: user+system seconds of the server process (from /proc) during the typing, and of its main thread alone (the event loop; the rest is V8's garbage-collection helpers and, for ours, the thread pool's fsyncs); peak RSS: VmHWM; bytes stored: the total size of the updates in the relay database after the run (the baselines store nothing).",
      'Every server runs as plain JavaScript under node: ours from its bundle (`npm run build:relay`, built before the relay scenarios, as bin/concord.js runs it in production), the y-websocket server its published src/server.js, Hocuspocus a six-line script; "concord relay before" is another checkout run as that checkout runs it.',
      `"${KEEPING_HISTORY}": the same server's connection handler given its own \`gc: false\` option (bench/relay/yWebsocketKeepHistory.mjs; the published script passes none). Its documents then keep deleted content, as ours must: a document's versions and its suggestions are read from it, so the app and the relay run with gc off. Each edit of this scenario also replaces the client's timestamp in a shared map, so half of what is written is soon deleted: the stock server keeps a few bytes for each of those, a server that keeps history the whole value.`,
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
    results.push(await idleRoomsOrFailure(o.docs === RELAY_FULL.docs ? IDLE_FULL : IDLE_QUICK, log));
    results.push(
      await runRelayScaleOut(o, log, (start) => runOnce(pool, 'concord relay', o.docs, o.durationMs, o, start)),
    );
    return results;
  } finally {
    await pool.close();
  }
}
