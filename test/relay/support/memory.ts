import fs from 'node:fs';
import { spawnRelay } from './relayProcess.ts';
import type { RelayHandle, SpawnOptions } from './relayProcess.ts';

const MiB = 1024 * 1024;

/** What GET /debug/memory reports (server/relay/debugMemory.ts). */
export interface MemoryReport {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  connections: number;
  pausedConnections: number;
  rooms: number;
  /** Rooms whose Y.Doc is built (the others hold only their stored bytes). */
  documentsBuilt: number;
  presence: { states: number; meta: number; bytes: number };
  sendQueuedBytes: number;
  heldBytes: number;
}

/** A relay process's resident memory in bytes, read from /proc (Linux). */
function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]) * 1024;
}

/** Starts a relay that can report its memory: --debug-memory, and node's --expose-gc so the heap is measured after a full collection. */
export function spawnMeasuredRelay(options: SpawnOptions = {}): Promise<RelayHandle> {
  return spawnRelay({
    ...options,
    nodeArgs: ['--expose-gc', ...(options.nodeArgs ?? [])],
    args: ['--debug-memory', ...(options.args ?? [])],
  });
}

/** The relay's own report (after a garbage collection), with RSS as /proc sees it. */
export async function relayMemory(relay: RelayHandle): Promise<MemoryReport> {
  const res = await fetch(`${relay.httpUrl}/debug/memory`);
  if (!res.ok) throw new Error(`/debug/memory answered ${res.status}`);
  const report = (await res.json()) as MemoryReport;
  return { ...report, rss: rssOf(relay.child.pid!) };
}

/** Bytes as MiB, to one decimal, for messages. */
function mib(bytes: number): number {
  return Math.round((bytes / MiB) * 10) / 10;
}

/**
 * Growth between two reports, in MiB: `heap` is the JavaScript heap after collection plus memory
 * outside it held by JavaScript objects (Buffers waiting in socket queues live there), `rss` the
 * resident set.
 */
export function growth(before: MemoryReport, after: MemoryReport): { heap: number; rss: number; text: string } {
  const held = (r: MemoryReport) => r.heapUsed + r.external;
  const heap = mib(held(after) - held(before));
  const rss = mib(after.rss - before.rss);
  return {
    heap,
    rss,
    text: `heap+external ${mib(held(before))} -> ${mib(held(after))} MiB, RSS ${mib(before.rss)} -> ${mib(after.rss)} MiB`,
  };
}

/**
 * Growth since `before` once the relay is back to `before`'s connections and, within `settleMs`,
 * its heap growth under `bound` MiB. Clients see a close before the relay has closed its side, and
 * a busy machine frees large received frames some time after the collection that found them dead:
 * measuring at once made these tests fail without any memory being kept. What stays over the bound
 * after `settleMs` is returned, so the caller's assertion fails with it.
 */
export async function settledGrowth(
  relay: RelayHandle,
  before: MemoryReport,
  bound: number,
  settleMs = 15_000,
): Promise<ReturnType<typeof growth>> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    const now = await relayMemory(relay);
    const grew = growth(before, now);
    if ((now.connections <= before.connections && grew.heap < bound) || Date.now() > deadline) return grew;
    await new Promise((r) => setTimeout(r, 250));
  }
}
