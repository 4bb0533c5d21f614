import { CLOSE_DOCUMENT_TOO_LARGE, CLOSE_FORBIDDEN, CLOSE_MALFORMED } from '../../../shared/protocol/closeCodes.ts';
import { may } from '../../../shared/roles/permissions.ts';
import { readRecordHeader } from '../../../shared/sealed/sealedRecord.ts';
import { CloseError } from '../closeError.ts';
import type { Connection } from '../connection.ts';
import type { SealedLog } from './sealedLog.ts';

/**
 * Whether a sealed room stores a snapshot (message 126) covering records up to `coversSeq`: only an
 * owner's or editor's (a commenter's could carry text changes no client would check), of the
 * snapshot kind, covering only numbers the room gave out, within the document byte limit; these
 * throw a CloseError. A snapshot older than the newest one (two editors racing) is not an error:
 * false, it is dropped.
 */
export function acceptsSnapshot(conn: Connection, log: SealedLog, coversSeq: number, record: Uint8Array): boolean {
  if (!may(conn.role, 'edit-text')) throw new CloseError(CLOSE_FORBIDDEN, 'only editors and owners write snapshots');
  if (readRecordHeader(record).kind !== 'snapshot') throw new CloseError(CLOSE_MALFORMED, 'not a snapshot record');
  if (coversSeq > log.lastSeq)
    throw new CloseError(CLOSE_MALFORMED, `a snapshot covering record ${coversSeq} of ${log.lastSeq}`);
  if (record.length > conn.maxDocumentBytes) throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'snapshot too large');
  return coversSeq >= log.snapshotSeq;
}
