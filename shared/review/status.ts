// README-model: a document's status is `meta.status` (draft | in-review | final | submitted).
// `final` and `submitted` lock the text: every client makes its editor read-only while the meta
// says so. Every change of status is appended to the Y.Array `statusLog` as
// { status, by (name), byId (identity id), at (ISO), reason }; unlocking needs a reason.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { isLocked, readMeta, writeMeta, type DocumentStatus } from '../model/documentMeta.ts';
import { STATUS_LOG_FIELD, LIMITS, StatusEntrySchema } from './schema/fields.ts';
import type { Author } from './suggestionMeta.ts';
import { LocalizedError } from '../i18n/LocalizedError.ts';

export type StatusEntry = z.infer<typeof StatusEntrySchema>;

/** Whether going from one status to another needs a reason (reopening a final or submitted text). */
export function needsReason(from: DocumentStatus, to: DocumentStatus): boolean {
  return isLocked(from) && !isLocked(to);
}

/** Changes the status and records who did it and why; throws when reopening without a reason. */
export function changeStatus(
  doc: Y.Doc,
  status: DocumentStatus,
  author: Author,
  reason = '',
  at: Date = new Date(),
): void {
  const current = readMeta(doc).status;
  if (current === status) return;
  const why = reason.trim();
  if (needsReason(current, status) && !why) throw new LocalizedError('error.review.reopenReason');
  const entry: StatusEntry = {
    status,
    by: author.name,
    byId: author.id,
    at: at.toISOString(),
    reason: why.slice(0, LIMITS.reason),
  };
  doc.transact(() => {
    writeMeta(doc, { status });
    doc.getArray<unknown>(STATUS_LOG_FIELD).push([entry]);
  });
}

/** The status history, oldest first. */
export function readStatusLog(doc: Y.Doc): StatusEntry[] {
  return doc
    .getArray<unknown>(STATUS_LOG_FIELD)
    .toArray()
    .flatMap((e) => {
      const parsed = StatusEntrySchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
}
