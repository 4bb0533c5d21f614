// The relay-load scenario's memory per idle loaded room: what a document costs the relay between its
// last member leaving and its unloading (--idle-unload-ms), and what is left once it has unloaded.
import * as Y from 'yjs';
import { newId } from '../../shared/ids.ts';
import fs from 'node:fs';
import { spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import { connectClient, waitSynced } from '../../test/relay/support/clients.ts';
import { waitFor } from '../../test/relay/support/wait.ts';
import { emptyResult } from '../lib/result.ts';
import { exact } from '../lib/stats.ts';
import type { ScenarioResult } from '../lib/result.ts';

/** Sizes of the idle-room measurement. */
export interface IdleRoomOptions {
  rooms: number;
  /** Transactions one member types into each document, each `charsPerEdit` characters. */
  editsPerRoom: number;
  charsPerEdit: number;
  /** The relay's --idle-unload-ms: long enough to measure every room still loaded. */
  idleUnloadMs: number;
  /** Another checkout's relay instead of this one's (as CONCORD_BENCH_BEFORE names it). */
  checkout?: string;
}

/** GET /debug/memory: the relay's memory after a full garbage collection (it runs with --expose-gc). */
interface MemoryReport {
  rss: number;
  heapUsed: number;
  rooms: number;
  roomsClosing: number;
  documentsBuilt: number;
}

/** Whether every room has unloaded and finished closing (its document freed). */
async function allUnloaded(httpUrl: string): Promise<boolean> {
  const m = await memory(httpUrl);
  return m.rooms === 0 && m.roomsClosing === 0;
}

async function memory(httpUrl: string): Promise<MemoryReport> {
  const res = await fetch(`${httpUrl}/debug/memory`);
  if (!res.ok) throw new Error(`/debug/memory answered ${res.status}`);
  return (await res.json()) as MemoryReport;
}

const MIB = 2 ** 20;

/** Types `o.editsPerRoom` edits into `room` as one member, waits until the relay acknowledged them all, leaves. */
async function fill(url: string, room: string, token: string, o: IdleRoomOptions): Promise<void> {
  const client = connectClient(url, room, token, { ack: true });
  try {
    await waitSynced(client, 60_000);
    const text = client.doc.getText('t');
    for (let i = 0; i < o.editsPerRoom; i++) text.insert(text.length, `${i % 10}`.repeat(o.charsPerEdit));
    const me = client.doc.clientID;
    await waitFor(() => client.acked.get(me) === Y.getState(client.doc.store, me), 'all acknowledged', 120_000);
  } finally {
    client.destroy();
  }
}

/** Rooms filled at once; each one's y-websocket provider adds a process 'exit' listener while it lives. */
const FILLING = 25;

/** Fills `count` new rooms of `workspace`, FILLING at a time. */
async function loadRooms(url: string, workspace: string, token: string, count: number, o: IdleRoomOptions) {
  const rooms = Array.from({ length: count }, () => `${workspace}/${newId()}`);
  const listeners = process.getMaxListeners();
  process.setMaxListeners(listeners + FILLING);
  try {
    for (let i = 0; i < rooms.length; i += FILLING)
      await Promise.all(rooms.slice(i, i + FILLING).map((room) => fill(url, room, token, o)));
  } finally {
    process.setMaxListeners(listeners);
  }
}

/** Loads `o.rooms` documents, measures the relay with all of them loaded and idle, then once they unloaded. */
export async function runIdleRooms(o: IdleRoomOptions, log: (line: string) => void): Promise<ScenarioResult> {
  const relay = await spawnRelay({
    checkout: o.checkout,
    nodeArgs: ['--expose-gc'],
    args: ['--debug-memory', '--idle-unload-ms', String(o.idleUnloadMs)],
  });
  try {
    const workspace = newId();
    const token = signWithRelayKey(relay.dataDir, { ws: workspace });
    const atRest = await memory(relay.httpUrl);
    // A first round loads, writes, compacts and unloads a few rooms: the code those paths compile is
    // then in the heap before the measured round, not counted as the rooms'.
    await loadRooms(relay.url, workspace, token, Math.min(5, o.rooms), o);
    await waitFor(() => allUnloaded(relay.httpUrl), 'warm-up unloaded', o.idleUnloadMs + 120_000);
    const before = await memory(relay.httpUrl);
    const started = Date.now();
    await loadRooms(relay.url, workspace, token, o.rooms, o);
    const loaded = await memory(relay.httpUrl);
    if (loaded.rooms !== o.rooms || loaded.documentsBuilt !== o.rooms)
      throw new Error(
        `${loaded.rooms} rooms (${loaded.documentsBuilt} built) of ${o.rooms} loaded after ${Date.now() - started} ms: raise idleUnloadMs`,
      );
    await waitFor(() => allUnloaded(relay.httpUrl), 'every room unloaded', o.idleUnloadMs + 120_000);
    const unloaded = await memory(relay.httpUrl);
    log(
      `idle rooms: ${o.rooms} loaded ${(loaded.rss / MIB).toFixed(1)} MiB RSS, ${(loaded.heapUsed / MIB).toFixed(1)} MiB heap; unloaded ${(unloaded.rss / MIB).toFixed(1)} / ${(unloaded.heapUsed / MIB).toFixed(1)}`,
    );
    const result = emptyResult('Relay memory per idle room', {
      ...o,
      documentCharacters: o.editsPerRoom * o.charsPerEdit,
    });
    result.figures = {
      'heap per idle loaded room': exact((loaded.heapUsed - unloaded.heapUsed) / o.rooms / 1024, 'KiB'),
      'RSS per idle loaded room': exact((loaded.rss - before.rss) / o.rooms / 1024, 'KiB'),
      'heap at rest': exact(atRest.heapUsed / MIB, 'MiB'),
      'heap before loading them (after a warm-up round)': exact(before.heapUsed / MIB, 'MiB'),
      [`heap with ${o.rooms} idle rooms loaded`]: exact(loaded.heapUsed / MIB, 'MiB'),
      'heap after they unloaded': exact(unloaded.heapUsed / MIB, 'MiB'),
      'RSS at rest': exact(atRest.rss / MIB, 'MiB'),
      'RSS before loading them (after a warm-up round)': exact(before.rss / MIB, 'MiB'),
      [`RSS with ${o.rooms} idle rooms loaded`]: exact(loaded.rss / MIB, 'MiB'),
      'RSS after they unloaded': exact(unloaded.rss / MIB, 'MiB'),
    };
    result.notes.push(
      `Each room: one member typed ${o.editsPerRoom} transactions of ${o.charsPerEdit} characters, waited for the acks and left; the rooms stay loaded, idle, for --idle-unload-ms (${o.idleUnloadMs / 1000} s here, 30 s by default), then unload (their logs compacted).`,
      'Heap: V8 heap used after a full garbage collection (the relay runs with --expose-gc and --debug-memory; GET /debug/memory); heap per room is loaded minus unloaded, divided by the rooms. RSS per room is loaded minus before loading them (after a warm-up round of 5 rooms loaded and unloaded): RSS keeps what the allocator does not return, so after unloading it stays near its peak.',
    );
    return result;
  } finally {
    await relay.stop('SIGKILL');
    fs.rmSync(relay.dataDir, { recursive: true, force: true });
  }
}
