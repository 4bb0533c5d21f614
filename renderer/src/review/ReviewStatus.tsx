import { useState } from 'react';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../shared/model/documentMeta.ts';
import { changeStatus, needsReason } from '../../../shared/review/status.ts';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { errorText, useNotice } from '../app/Notices.tsx';
import { useDocument } from '../document/DocumentContext.ts';

const LABELS: Record<DocumentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
  submitted: 'Submitted',
};

/**
 * The document's status. Final (and submitted) make the text read-only for everyone; only an
 * editor can reopen it, and must say why (recorded in the status log).
 */
export function ReviewStatus() {
  const { review, meta } = useDocument();
  const notify = useNotice();
  const [reopening, setReopening] = useState<DocumentStatus | null>(null);
  const apply = (status: DocumentStatus, reason = '') => changeStatus(review.doc, status, review.author, reason);
  return (
    <>
      <label className="toggle">
        Status
        <select
          value={meta.status}
          disabled={!review.canEdit}
          onChange={(e) => {
            const status = e.target.value as DocumentStatus;
            if (needsReason(meta.status, status)) setReopening(status);
            else {
              try {
                apply(status);
              } catch (err) {
                notify({ kind: 'error', text: errorText(err) });
              }
            }
          }}
        >
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {reopening && (
        <PromptDialog
          title={`Reopen as ${LABELS[reopening].toLowerCase()}`}
          label="Why is it being reopened?"
          initial=""
          confirm="Reopen"
          multiline
          onClose={() => setReopening(null)}
          onConfirm={(reason) => {
            try {
              apply(reopening, reason);
              return null;
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      )}
    </>
  );
}
