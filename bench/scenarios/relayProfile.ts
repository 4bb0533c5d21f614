import fs from 'node:fs';
import path from 'node:path';
import { newId } from '../../shared/ids.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import { spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { sharedClockUs, sleep } from '../lib/clock.ts';
import { threadCpuSeconds } from '../lib/procStats.ts';
import { emptyResult, formatNumber } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { exact } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { summarizeProfile } from '../relay/cpuProfile.ts';
import type { Cost, Window } from '../relay/cpuProfile.ts';
import { FromReplaySchema, ToReplaySchema } from '../relay/traceProtocol.ts';
import type { FromReplay, ToReplay } from '../relay/traceProtocol.ts';
import { WorkerPool } from '../relay/workerPool.ts';
import type { RelayTracesOptions } from './relayTraces.ts';

const SHOWN = 14;

/** Steps of the relay's path for an update, by the functions that do them (as named in the profile). */
const STEPS: Record<string, RegExp> = {
  'reading frames (ws receiver)': /^getData ws\/lib\/receiver/,
  'rate limits and queues (inbound)': /^run server\/relay\/inbound/,
  'Y.decodeUpdate before applying': /^decodeUpdate \S*yjs/,
  'Y.applyUpdate to the room': /^applyUpdate \S*yjs/,
  'what an update changed (transaction watch)': /server\/relay\/transactionWatch/,
  'CPU budget (process.cpuUsage)': /^(cpuUsage|processCpuMs) /,
  'encoding the update event': /^writeUpdateMessageFromTransaction /,
  'forwarding (frames, ws send)': /^send server\/relay\/sendQueue/,
  'socket writes (writev)': /^writev/,
  'group commit and SQLite writes': /server\/storage\/(groupCommit|sqliteUpdateStore|walFile)/,
  acknowledgements: /^(ackLater|ackWhenDurable|encodeAckMessage|clocksOf) /,
  'metrics (prom-client)': /prom-client|server\/relay\/metrics/,
  'garbage collection': /^\(garbage collector\)/,
};

function costList(costs: readonly Cost[], busyMs: number): string {
  return costs
    .slice(0, SHOWN)
    .map((c) => `${c.name} ${formatNumber(c.ms)} ms (${formatNumber((100 * c.ms) / busyMs)}%)`)
    .join('; ');
}

/**
 * Scenario: where the relay's time goes while it carries the recorded sessions: each trace replayed
 * once through a relay run with `node --cpu-prof`, the samples of the replays summarised per thread.
 */
export async function runRelayProfile(
  o: RelayTracesOptions,
  log: (line: string) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const dataDir = tempDir('profile');
  const profileDir = path.join(dataDir, 'profiles');
  const relay = await spawnRelay({
    dataDir,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    args: o.relayArgs,
  });
  const pid = relay.child.pid!;
  const workspace = newId();
  const token = signWithRelayKey(dataDir, { ws: workspace, exp: Math.floor(Date.now() / 1000) + 86_400 });
  const pool = new WorkerPool<ToReplay, FromReplay>(1, 'traceWorker.ts', ToReplaySchema, FromReplaySchema);
  const windows: Window[] = [];
  let updates = 0;
  let mainCpu = 0;
  let otherCpu = 0;
  try {
    for (const trace of o.traces) {
      const room = `${workspace}/${newId()}`;
      const connected = await pool.request(
        0,
        { type: 'connect', trace, kind: 'y-websocket', url: relay.url, token, room },
        'connected',
      );
      updates += connected.updates;
      const before = threadCpuSeconds(pid);
      const fromUs = sharedClockUs();
      const done = await pool.request(0, { type: 'go', timeoutMs: o.timeoutMs }, 'converged', o.timeoutMs + 10_000);
      await sleep(o.settleMs);
      windows.push({ fromUs, toUs: sharedClockUs() });
      for (const [tid, seconds] of threadCpuSeconds(pid)) {
        const spent = seconds - (before.get(tid) ?? 0);
        if (tid === pid) mainCpu += spent;
        else otherCpu += spent;
      }
      log(`relay profile: ${trace} converged in ${formatNumber(done.convergeMs)} ms`);
      await pool.request(0, { type: 'teardown' }, 'done');
    }
  } finally {
    await pool.close();
    // SIGTERM: the relay shuts down and exits, and node writes the profiles.
    await relay.stop('SIGTERM');
  }
  const files = fs.readdirSync(profileDir).map((f) => path.join(profileDir, f));
  const mainFile = files.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  if (!mainFile) throw new Error(`no profile of the relay's main thread in ${profileDir}`);
  const main = summarizeProfile(mainFile, windows, STEPS);
  const result = emptyResult('Relay profile: where the time goes on the recorded sessions', {
    traces: o.traces,
    relayFlags: o.relayArgs.length > 0 ? o.relayArgs.join(' ') : 'defaults',
  });
  result.figures = {
    'CPU, main thread': exact(mainCpu, 's'),
    'CPU, other threads (GC helpers, WAL flushes)': exact(otherCpu, 's'),
    'CPU per update, main thread': exact((mainCpu / updates) * 1e6, 'µs'),
    'CPU per update, all threads': exact(((mainCpu + otherCpu) / updates) * 1e6, 'µs'),
    'main thread busy (profile samples)': exact(main.busyMs, 'ms'),
  };
  const ours = (c: Cost) => /^\S+ (server|shared)\//.test(c.name);
  result.notes.push(
    `Each trace replayed once (${updates.toLocaleString('en-US')} updates) through a relay run with \`node --cpu-prof\`; samples from the first update sent until ${o.settleMs} ms after convergence. CPU per thread from /proc (the profiler's own cost included).`,
    `Main thread, time in the function itself: ${costList(main.self, main.busyMs)}.`,
    `Main thread, Concord's functions with what they call: ${costList(main.inclusive.filter(ours), main.busyMs)}.`,
    `Main thread by step (a sample counts for every step on its stack): ${costList(main.groups, main.busyMs)}.`,
  );
  // BENCH_KEEP_PROFILES=<folder>: keep the .cpuprofile files (open them in Chrome's DevTools).
  if (process.env.BENCH_KEEP_PROFILES) fs.cpSync(profileDir, process.env.BENCH_KEEP_PROFILES, { recursive: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  return [result];
}
