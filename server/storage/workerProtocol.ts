import type { LogEntry, LogStats, StoredLog } from './updateStore.ts';

/** A request from the relay to its SQLite writer thread. */
export type WorkerRequest =
  | { id: number; op: 'load'; room: string }
  | { id: number; op: 'append'; entries: readonly LogEntry[] }
  | { id: number; op: 'compact'; room: string; merged?: Uint8Array }
  | { id: number; op: 'replaceCovered'; room: string; row: Uint8Array; coversSeq: number }
  | { id: number; op: 'close' };

/** The writer thread's answer: a result, or the message (and SQLite code, e.g. SQLITE_FULL) of what went wrong. */
export type WorkerReply =
  | { id: number; result: StoredLog | LogStats | null; error?: undefined }
  | { id: number; error: string; code?: string; result?: undefined };
