import { addRatio, emptyResult, formatNumber } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { quantile } from '../lib/stats.ts';
import { SCALE_OUT_SETUPS, scaleOutMissing, scaleOutStarter } from '../relay/scaleOutServers.ts';
import type { ScaleOutSetup } from '../relay/scaleOutServers.ts';
import type { StartServer } from '../relay/servers.ts';
import { figuresOf } from '../relay/loadRun.ts';
import type { RelayLoadOptions, Run } from '../relay/loadRun.ts';

/**
 * Scenario 1, scale-out: the same load (documents × collaborators, edit rate) against our relay on
 * SQLite, on Postgres, and as two instances on Postgres + Redis with the collaborators of every
 * document split between them round robin, so every edit crosses instances through Redis.
 */
export async function runRelayScaleOut(
  o: RelayLoadOptions,
  log: (line: string) => void,
  /** One measured run of the relay-load scenario's load against the server `start` starts. */
  measure: (start: StartServer) => Promise<Run>,
): Promise<ScenarioResult> {
  const result = emptyResult('Relay scale-out: SQLite, Postgres, two instances', {
    documents: o.docs,
    clientsPerDocument: o.clientsPerDoc,
    editsPerClientPerSecond: o.editsPerSecond,
    durationSeconds: o.durationMs / 1000,
    repetitions: o.repetitions,
  });
  const missing = scaleOutMissing();
  if (missing) {
    result.skipped = missing;
    return result;
  }
  const runs = new Map<ScaleOutSetup, Run[]>(SCALE_OUT_SETUPS.map((s) => [s, []]));
  for (let rep = 0; rep < o.repetitions; rep++) {
    for (const [i] of SCALE_OUT_SETUPS.entries()) {
      const setup = SCALE_OUT_SETUPS[(i + rep) % SCALE_OUT_SETUPS.length]!;
      const run = await measure(scaleOutStarter(setup));
      runs.get(setup)!.push(run);
      log(
        `relay scale-out: ${setup}: p99 ${formatNumber(quantile(run.latencies, 0.99))} ms, CPU ${formatNumber(run.serverCpuSeconds)} s`,
      );
    }
  }
  const [main, ...others] = SCALE_OUT_SETUPS;
  result.figures = figuresOf(runs.get(main)!);
  for (const setup of others) {
    result.baseline[setup] = figuresOf(runs.get(setup)!);
    for (const figure of ['median latency', 'p99 latency', 'server CPU', 'peak RSS']) addRatio(result, figure, setup);
  }
  result.notes.push(
    `Figures: ${main}; the other set-ups are listed as baselines (a ratio below 1 means SQLite is cheaper or faster).`,
    'Postgres and Redis run on this same machine (2 cores) beside the relays and the client processes; their own CPU is not counted in "server CPU", which sums the relay processes. Peak RSS sums the relay processes too.',
    'Two instances: client worker k connects to instance k mod 2, so each document has collaborators on both and every edit reaches half of them through Redis (XADD after the Postgres commit, XREAD BLOCK). Bytes stored: pg_total_relation_size of the updates table (SQLite: the data folder).',
  );
  return result;
}
