import { readRecordHeader } from '../../../shared/sealed/sealedRecord.ts';
import { decodeStoredRecord } from './storedRecord.ts';
import type { StoredRecord } from './storedRecord.ts';

/** Whether a stored row holds a snapshot (its record's header says so; the relay checked it on storing). */
export function isSnapshot(stored: StoredRecord): boolean {
  try {
    return readRecordHeader(stored.record).kind === 'snapshot';
  } catch {
    return false;
  }
}

/**
 * A sealed room's log in the relay's memory: the newest snapshot (stored with `seq` = the last
 * record number it covers) and the records after it. Rows a snapshot covers that are still on disk
 * (a compaction that raced a restart) are left out when loading.
 */
export class SealedLog {
  private records: StoredRecord[] = [];
  private snapshot: StoredRecord | null = null;
  /** Bytes of the snapshot and records held: what the document byte limit counts. */
  bytes = 0;

  /** The log as the store's rows make it. */
  static fromRows(rows: readonly Uint8Array[]): SealedLog {
    const log = new SealedLog();
    const stored = rows.map(decodeStoredRecord);
    for (const s of stored) if (isSnapshot(s) && s.seq >= (log.snapshot?.seq ?? 0)) log.snapshot = s;
    const after = log.snapshotSeq;
    log.records = stored.filter((s) => s.seq > after && !isSnapshot(s)).sort((a, b) => a.seq - b.seq);
    log.bytes = log.records.reduce((n, r) => n + r.record.length, log.snapshot?.record.length ?? 0);
    return log;
  }

  /** The highest record number given out (a snapshot's covered numbers included). */
  get lastSeq(): number {
    return this.records.at(-1)?.seq ?? this.snapshotSeq;
  }

  /** The newest snapshot (null: none). */
  get newestSnapshot(): StoredRecord | null {
    return this.snapshot;
  }

  /** The last record number the newest snapshot covers (0: none). */
  get snapshotSeq(): number {
    return this.snapshot?.seq ?? 0;
  }

  /** Adds a record numbered `lastSeq + 1`. */
  append(stored: StoredRecord): void {
    this.records.push(stored);
    this.bytes += stored.record.length;
  }

  /** What a client holding every record up to `after` needs: the snapshot if it covers more, then the records after. */
  since(after: number): { snapshot: StoredRecord | null; records: StoredRecord[] } {
    const snapshot = this.snapshot && after < this.snapshot.seq ? this.snapshot : null;
    const from = Math.max(after, snapshot?.seq ?? 0);
    return { snapshot, records: this.records.filter((r) => r.seq > from) };
  }

  /** Makes `snapshot` (seq = the last number it covers) the newest, dropping what it covers. */
  replace(snapshot: StoredRecord): void {
    this.snapshot = snapshot;
    this.records = this.records.filter((r) => r.seq > snapshot.seq);
    this.bytes = this.records.reduce((n, r) => n + r.record.length, snapshot.record.length);
  }

  /** Frees the records. */
  clear(): void {
    this.records = [];
    this.snapshot = null;
    this.bytes = 0;
  }
}
