// The relay's document storage, behind an async interface so that the embedded SQLite store and a
// networked one (Postgres, issue 8) are interchangeable. Every method is about one room's
// append-only update log; nothing above this interface knows how it is kept.

/**
 * The prefix of a room whose log holds opaque sealed records (a private workspace's), not Yjs
 * updates: stores make no summary of those.
 */
export const SEALED_ROOM_PREFIX = 'sealed:';

/** One update to add to a room's log. */
export interface LogEntry {
  room: string;
  update: Uint8Array;
}

/** Size of a room's log: how many updates it holds and their total bytes. */
export interface LogStats {
  rows: number;
  bytes: number;
}

/**
 * What a store may keep beside a log of one row (a compacted document), so that the relay greets
 * and answers clients without decoding the document (docs/relay.md, Durability).
 */
export interface RowSummary {
  /** The row's state vector, encoded. */
  stateVector: Uint8Array;
  /** The row's deletions as an update without structs: what a replica holding the row answers a sync step 1 with. */
  deleteSet: Uint8Array;
}

/** A room's whole log as loaded. */
export interface StoredLog extends LogStats {
  updates: Uint8Array[];
  /** Present when the log is one row and the store keeps its summary. */
  summary?: RowSummary;
}

/** What `appendNumbered` did: stored the row, or stored nothing because the room's last number is `last`. */
export type NumberedAppend = { stored: true } | { stored: false; last: number };

/** Durable append-only update log per room. */
export interface UpdateStore {
  /** Every stored update of `room` (none for a new room). */
  load(room: string): Promise<StoredLog>;
  /**
   * Appends all entries in one atomic write. Resolves only once they are durable: they survive the
   * process being killed and, as far as the disk honours flushes, the machine losing power.
   */
  appendBatch(entries: readonly LogEntry[]): Promise<void>;
  /**
   * Replaces the updates of `room` stored so far by their merge (Y.mergeUpdates), atomically: a
   * concurrent append is either merged or kept beside the result, never lost. Implementations that
   * can be shared by several relay processes must lock the room while compacting. `merged`, when
   * given, is the caller's own merge of every update the room holds in the store now (the relay's
   * document, when no other process writes the room): a store may keep it instead of merging again;
   * `summary`, when given with it, is that merge's summary (read from the document, which costs a
   * fraction of decoding the merge again).
   */
  compact(room: string, merged?: Uint8Array, summary?: RowSummary): Promise<LogStats>;
  /**
   * Sealed rooms' compaction (docs/private-workspaces.md): adds `row`, a sealed snapshot standing
   * for every record numbered up to `coversSeq`, and deletes the rows it covers (those whose leading
   * varuint number is at most `coversSeq`), atomically; rows appended meanwhile are kept.
   */
  replaceCovered(room: string, row: Uint8Array, coversSeq: number): Promise<LogStats>;
  /**
   * Present on stores several relay instances share (Postgres), for sealed rooms, whose records the
   * store numbers (docs/private-workspaces.md, "Several relay instances"): appends `row`, record
   * number `seq`, only if the room's last number is `seq - 1` (a room never numbered here starts at
   * `seq - 1`), durably, as `appendBatch`. Otherwise it stores nothing and answers the last number;
   * the caller reads what it missed and tries again. Numbers become visible in order: once a reader
   * sees record `n`, every record below it is stored.
   */
  appendNumbered?(room: string, seq: number, row: Uint8Array): Promise<NumberedAppend>;
  /**
   * With `appendNumbered`: the rows of a sealed room numbered above `after` (records, and a
   * snapshot covering more), in order; what an instance that missed records reads, instead of the
   * whole room.
   */
  loadNumberedAfter?(room: string, after: number): Promise<Uint8Array[]>;
  /**
   * Deletes every row of a workspace's ordinary rooms (its index `<ws>` and documents `<ws>/<doc>`)
   * and their summaries, in one transaction; its sealed rooms are kept. Returns how many rows went.
   * For a workspace made private (docs/private-workspaces.md): its rooms must be closed first.
   */
  deleteOrdinaryRooms(workspaceId: string): Promise<number>;
  /** Releases the store; pending appends must have resolved first. */
  close(): Promise<void>;
}
