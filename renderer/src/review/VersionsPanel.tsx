import { useState } from 'react';
import { formatDate } from '../library/formatDate.ts';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { errorText, useNotice } from '../app/Notices.tsx';
import { listVersions, restoreVersion, saveVersion, type Version } from '../../../shared/review/versions.ts';
import { VERSIONS_FIELD } from '../../../shared/review/schema/fields.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { VersionViewer } from './VersionViewer.tsx';

const KIND: Record<Version['kind'], string> = { manual: 'Saved by hand', daily: 'Daily', milestone: 'Milestone' };

/** Named versions: save, list, open read-only, compare with now, restore as a new change. */
export function VersionsPanel() {
  const { review, locked } = useDocument();
  const notify = useNotice();
  const versions = useYValue(review.doc.getArray(VERSIONS_FIELD), () => listVersions(review.doc));
  const [saving, setSaving] = useState(false);
  const [viewing, setViewing] = useState<{ version: Version; mode: 'open' | 'compare' } | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const canRestore = review.canEdit && !locked;
  const restore = (version: Version) => {
    try {
      saveVersion(review.doc, `Before restoring “${version.name}”`.slice(0, 200), 'manual', review.author);
      restoreVersion(review.doc, version);
      notify({ kind: 'info', text: `Restored “${version.name}”. The text before it is kept as a version.` });
    } catch (err) {
      notify({ kind: 'error', text: `Could not restore: ${errorText(err)}` });
    }
    setRestoring(null);
    setViewing(null);
  };
  return (
    <section className="review-panel-body" aria-label="Versions">
      {review.canEdit && (
        <button type="button" className="primary" onClick={() => setSaving(true)}>
          Save version…
        </button>
      )}
      {versions.length === 0 && (
        <p className="muted">
          No versions yet. One is saved automatically each day the text changes, and at milestones.
        </p>
      )}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.id} aria-label={`Version ${v.name}`}>
            <strong>{v.name}</strong>
            <span className="muted">
              {KIND[v.kind]} · {formatDate(v.createdAt)} · {v.authorName}
            </span>
            <div className="version-actions">
              <button type="button" onClick={() => setViewing({ version: v, mode: 'open' })}>
                Open
              </button>
              <button type="button" onClick={() => setViewing({ version: v, mode: 'compare' })}>
                Compare with now
              </button>
              {canRestore && (
                <button type="button" onClick={() => setRestoring(v)}>
                  Restore…
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {saving && (
        <PromptDialog
          title="Save version"
          label="Version name"
          initial=""
          confirm="Save version"
          onClose={() => setSaving(false)}
          onConfirm={(name) => {
            try {
              saveVersion(review.doc, name, 'manual', review.author);
              return null;
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      )}
      {viewing && !restoring && (
        <VersionViewer
          version={viewing.version}
          mode={viewing.mode}
          onClose={() => setViewing(null)}
          onRestore={canRestore ? () => setRestoring(viewing.version) : null}
        />
      )}
      {restoring && (
        <Dialog
          title={`Restore “${restoring.name}”?`}
          onClose={() => setRestoring(null)}
          onSubmit={() => restore(restoring)}
          actions={
            <>
              <button type="button" onClick={() => setRestoring(null)}>
                Cancel
              </button>
              <button type="submit" className="primary">
                Restore
              </button>
            </>
          }
        >
          <p>
            The text goes back to this version for everyone, as a new change. The current text is saved as a version
            first, so nothing is lost.
          </p>
        </Dialog>
      )}
    </section>
  );
}
