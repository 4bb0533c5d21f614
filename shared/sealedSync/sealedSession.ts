import * as Y from 'yjs';
import { z } from 'zod';
import type { AppliedEntry } from './appliedRecords.ts';
import { MAX_DEVICES } from './appliedRecords.ts';

/** Format version of a persisted session (docs/private-workspaces.md, “The session state”). */
export const SESSION_VERSION = 1;
/** Largest session kept: the log's document, the outbox and the replay guard together. */
const MAX_SESSION_BYTES = 16 * 1024 * 1024;
const MAX_OUTBOX = 4000;
const MAX_CLIENTS = 200_000;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes');

/** A sealed room's session as kept beside its document, checked when read back. */
const SessionSchema = z.object({
  version: z.literal(SESSION_VERSION),
  room: z.string().min(1).max(400),
  /** The highest record number the log replica holds without a gap (subscribe from here). */
  through: count,
  /** The log replica's document up to `through` (docs: “Same verdict everywhere”). */
  logState: bytes,
  /** The newest snapshot this client loaded or uploaded (compaction counts the tail from it). */
  snapshotSeq: count,
  /** The room's epoch floor and the newest epoch any record named. */
  floor: count,
  newestSeen: count,
  /** The replay guard: per device id, the counters applied. */
  applied: z
    .array(
      z.object({
        device: z.string().regex(/^[0-9a-f]{32}$/),
        highest: count,
        recent: z.array(count).max(256),
      }),
    )
    .max(MAX_DEVICES),
  /** Yjs clocks the relay holds as far as this client knows (received, or stored and acknowledged). */
  confirmed: z.array(z.tuple([count, count])).max(MAX_CLIENTS),
  /** Records sealed here and not yet acknowledged, in the order they were sealed. */
  outbox: z.array(bytes).max(MAX_OUTBOX),
});

/** What a SealedSync resumes from after a restart. */
export type SealedSession = z.infer<typeof SessionSchema> & { applied: AppliedEntry[] };

/** A persisted session, or why it cannot be used (the caller starts clean and says so). */
export type ReadSession = { ok: true; session: SealedSession } | { ok: false; reason: string };

/** Validates a stored session for `room`: its shape, its bounds, and that it is this room's. */
export function readSession(value: unknown, room: string): ReadSession {
  const parsed = SessionSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `damaged (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const session = parsed.data;
  if (session.room !== room) return { ok: false, reason: `kept for another room (${session.room})` };
  if (session.snapshotSeq > session.through) return { ok: false, reason: 'its snapshot is newer than its log' };
  if (session.through === 0 && session.logState.length > 0) return { ok: false, reason: 'a log without records' };
  if (sessionBytes(session) > MAX_SESSION_BYTES) return { ok: false, reason: 'larger than allowed' };
  if (session.through > 0 && !isUpdate(session.logState)) return { ok: false, reason: 'its log is not a Yjs update' };
  return { ok: true, session };
}

/** About how many bytes a session takes when stored. */
export function sessionBytes(s: SealedSession): number {
  const applied = s.applied.reduce((n, e) => n + 48 + e.recent.length * 8, 0);
  const outbox = s.outbox.reduce((n, r) => n + r.length, 0);
  return 256 + s.logState.length + outbox + applied + s.confirmed.length * 16;
}

/**
 * `s` within `max` bytes, and what was left out: first the outbox (its edits are then sent again
 * from the document, as one update), then the log replica and replay guard (the next start reads
 * the whole log again, as a first start does).
 */
export function boundSession(s: SealedSession, max = MAX_SESSION_BYTES): { session: SealedSession; left: string[] } {
  const left: string[] = [];
  let session = s;
  if (sessionBytes(session) > max || session.outbox.length > MAX_OUTBOX) {
    session = { ...session, outbox: [] };
    left.push(`the outbox (${s.outbox.length} records)`);
  }
  if (sessionBytes(session) > max) {
    session = {
      ...session,
      through: 0,
      logState: new Uint8Array(),
      snapshotSeq: 0,
      floor: 0,
      newestSeen: 0,
      applied: [],
    };
    left.push(`the log replica (${s.logState.length} bytes)`);
  }
  if (session.confirmed.length > MAX_CLIENTS) session = { ...session, confirmed: [] };
  return { session, left };
}

function isUpdate(bytes: Uint8Array): boolean {
  try {
    Y.decodeUpdate(bytes);
    return true;
  } catch {
    return false;
  }
}
