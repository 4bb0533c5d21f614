import { useState } from 'react';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../shared/model/documentMeta.ts';
import { changeStatus, needsReason } from '../../../shared/review/status.ts';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { useNotice } from '../app/Notices.tsx';
import { useDocument } from '../document/DocumentContext.ts';
import { useDocumentGate } from '../document/useDocumentGate.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { selectKey } from '../i18n/selectKey.ts';

/**
 * The document's status. Final (and submitted) make the text read-only for everyone; only an
 * editor can reopen it, and must say why (recorded in the status log).
 */
export function ReviewStatus() {
  const { review, meta } = useDocument();
  const notify = useNotice();
  const t = useT();
  // Editors may change it even when final (that is how it reopens); others are told whom to ask.
  const allowed = useDocumentGate()('change-status');
  const [reopening, setReopening] = useState<DocumentStatus | null>(null);
  const apply = (status: DocumentStatus, reason = '') => changeStatus(review.doc, status, review.author, reason);
  return (
    <>
      <label className="toggle">
        {t('status.label')}
        <select
          value={meta.status}
          disabled={!allowed.allowed}
          title={allowed.reason}
          onChange={(e) => {
            const status = e.target.value as DocumentStatus;
            if (needsReason(meta.status, status)) setReopening(status);
            else {
              try {
                apply(status);
              } catch (err) {
                notify({ kind: 'error', text: errorText(t, err) });
              }
            }
          }}
        >
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t('status.name', { status: selectKey(s) })}
            </option>
          ))}
        </select>
      </label>
      {reopening && (
        <PromptDialog
          title={t('status.reopenTitle', { status: selectKey(reopening) })}
          label={t('status.reopenReason')}
          initial=""
          confirm={t('status.reopen')}
          multiline
          onClose={() => setReopening(null)}
          onConfirm={(reason) => {
            try {
              apply(reopening, reason);
              return null;
            } catch (err) {
              return errorText(t, err);
            }
          }}
        />
      )}
    </>
  );
}
