import type { LogEntry, LogStats, StoredLog } from './updateStore.ts';

/**
 * A batch of log entries as one buffer (transferred, not cloned): the updates end to end in `data`,
 * their lengths, and each one's room as an index into `rooms`. Cloning an object per entry cost the
 * relay's thread more than the rest of the hand-over.
 */
export interface PackedBatch {
  rooms: string[];
  roomOf: Uint32Array<ArrayBuffer>;
  lengths: Uint32Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** Packs `entries` into one buffer (for postMessage with `transferables(batch)`). */
export function packBatch(entries: readonly LogEntry[]): PackedBatch {
  const rooms: string[] = [];
  const index = new Map<string, number>();
  const roomOf = new Uint32Array(entries.length);
  const lengths = new Uint32Array(entries.length);
  let total = 0;
  for (const e of entries) total += e.update.length;
  const data = new Uint8Array(total);
  let at = 0;
  entries.forEach((e, i) => {
    let r = index.get(e.room);
    if (r === undefined) index.set(e.room, (r = rooms.push(e.room) - 1));
    roomOf[i] = r;
    lengths[i] = e.update.length;
    data.set(e.update, at);
    at += e.update.length;
  });
  return { rooms, roomOf, lengths, data };
}

/** The entries of a packed batch (views into its buffer). */
export function unpackBatch(batch: PackedBatch): LogEntry[] {
  const entries: LogEntry[] = [];
  let at = 0;
  for (let i = 0; i < batch.lengths.length; i++) {
    const length = batch.lengths[i]!;
    entries.push({ room: batch.rooms[batch.roomOf[i]!]!, update: batch.data.subarray(at, at + length) });
    at += length;
  }
  return entries;
}

/** A request from the relay to its SQLite writer thread. */
export type WorkerRequest =
  | { id: number; op: 'load'; room: string }
  | { id: number; op: 'append'; batch: PackedBatch }
  | { id: number; op: 'compact'; room: string; merged?: Uint8Array }
  | { id: number; op: 'replaceCovered'; room: string; row: Uint8Array; coversSeq: number }
  | { id: number; op: 'deleteOrdinaryRooms'; workspaceId: string }
  | { id: number; op: 'close' };

/** The writer thread's answer: a result, or the message (and SQLite code, e.g. SQLITE_FULL) of what went wrong. */
export type WorkerReply =
  | { id: number; result: StoredLog | LogStats | number | null; error?: undefined }
  | { id: number; error: string; code?: string; result?: undefined };
