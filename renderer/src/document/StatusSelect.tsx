import type * as Y from 'yjs';
import { DOCUMENT_STATUSES, writeMeta, type DocumentStatus } from '../../../shared/model/documentMeta.ts';
import { upsertEntry } from '../../../shared/model/workspaceIndex.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';

const LABELS: Record<DocumentStatus, string> = { draft: 'Draft', 'in-review': 'In review', final: 'Final', submitted: 'Submitted' };

/** The document's status (draft, in review, final, submitted), shown on the roadmap and in the library. */
export function StatusSelect({ doc, workspace, id }: { doc: Y.Doc; workspace: Y.Doc; id: string }) {
  const meta = useDocumentMeta(doc);
  return (
    <label className="toggle">
      Status
      <select
        value={meta.status}
        onChange={(e) => {
          const status = e.target.value as DocumentStatus;
          writeMeta(doc, { status });
          upsertEntry(workspace, id, { status });
        }}
      >
        {DOCUMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
