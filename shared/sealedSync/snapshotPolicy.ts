/** When an editor's client uploads a snapshot: once the tail since the last one holds this much. */
export interface SnapshotThreshold {
  records: number;
  bytes: number;
}

/** docs/private-workspaces.md: 500 records or 1 MB of sealed records since the last snapshot. */
const SNAPSHOT_THRESHOLD: SnapshotThreshold = { records: 500, bytes: 1024 * 1024 };

/**
 * The tail of a sealed room's log since its newest snapshot as this client knows it (the one it
 * loaded or uploaded), counted in records and sealed bytes, to decide when a snapshot is due.
 */
export class TailSinceSnapshot {
  private snapshotSeq = 0;
  private records = 0;
  private bytes = 0;

  constructor(private readonly threshold: SnapshotThreshold = SNAPSHOT_THRESHOLD) {}

  /** The last record number the newest snapshot this client knows of covers. */
  get lastSnapshot(): number {
    return this.snapshotSeq;
  }

  /** A record numbered `seq` of `bytes` sealed bytes is in the log. */
  noteRecord(seq: number, bytes: number): void {
    if (seq <= this.snapshotSeq) return;
    this.records++;
    this.bytes += bytes;
  }

  /** A snapshot covering records up to `seq` was loaded or uploaded. */
  noteSnapshot(seq: number): void {
    if (seq < this.snapshotSeq) return;
    this.snapshotSeq = seq;
    this.records = 0;
    this.bytes = 0;
  }

  /** Forgets every snapshot and record (the log is read again from the start). */
  reset(): void {
    this.snapshotSeq = 0;
    this.records = 0;
    this.bytes = 0;
  }

  /** Whether a snapshot covering `through` is due: the tail is over the threshold and `through` is newer. */
  due(through: number): boolean {
    const over = this.records >= this.threshold.records || this.bytes >= this.threshold.bytes;
    return over && through > this.snapshotSeq;
  }
}
