import { useState } from 'react';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useNotice } from '../app/Notices.tsx';
import { listVersions, restoreVersion, saveVersion, type Version } from '../../../shared/review/versions.ts';
import { VERSIONS_FIELD } from '../../../shared/review/schema/fields.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useDocumentGate } from '../document/useDocumentGate.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { VersionViewer } from './VersionViewer.tsx';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { useFormat } from '../i18n/useFormat.ts';

/** Named versions: save, list, open read-only, compare with now, restore as a new change. */
export function VersionsPanel() {
  const { review } = useDocument();
  const gate = useDocumentGate();
  const toSave = gate('save-version');
  // Restoring changes the text: not for commenters or viewers, nor in a final or submitted document.
  const toRestore = gate('edit-text');
  const notify = useNotice();
  const t = useT();
  const format = useFormat();
  const versions = useYValue(review.doc.getArray(VERSIONS_FIELD), () => listVersions(review.doc));
  const [saving, setSaving] = useState(false);
  const [viewing, setViewing] = useState<{ version: Version; mode: 'open' | 'compare' } | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const restore = (version: Version) => {
    try {
      saveVersion(
        review.doc,
        t('versions.beforeRestoring', { name: version.name }).slice(0, 200),
        'manual',
        review.author,
      );
      restoreVersion(review.doc, version);
      notify({ kind: 'info', text: t('versions.restored', { name: version.name }) });
    } catch (err) {
      notify({ kind: 'error', text: t('versions.couldNotRestore', { reason: errorText(t, err) }) });
    }
    setRestoring(null);
    setViewing(null);
  };
  return (
    <section className="review-panel-body" aria-label={t('review.panel', { panel: 'versions' })}>
      <button
        type="button"
        className="primary"
        disabled={!toSave.allowed}
        title={toSave.reason}
        onClick={() => setSaving(true)}
      >
        {t('versions.saveEllipsis')}
      </button>
      {versions.length === 0 && <p className="muted">{t('versions.none')}</p>}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.id} aria-label={t('versions.label', { name: v.name })}>
            <strong>
              <bdi>{v.name}</bdi>
            </strong>
            <span className="muted">
              {t('versions.details', { kind: v.kind, date: format.dateTime(v.createdAt), name: v.authorName })}
            </span>
            <div className="version-actions">
              <button type="button" onClick={() => setViewing({ version: v, mode: 'open' })}>
                {t('versions.open')}
              </button>
              <button type="button" onClick={() => setViewing({ version: v, mode: 'compare' })}>
                {t('versions.compare')}
              </button>
              <button
                type="button"
                disabled={!toRestore.allowed}
                title={toRestore.reason}
                onClick={() => setRestoring(v)}
              >
                {t('versions.restoreEllipsis')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {saving && (
        <PromptDialog
          title={t('versions.save')}
          label={t('versions.name')}
          initial=""
          confirm={t('versions.save')}
          onClose={() => setSaving(false)}
          onConfirm={(name) => {
            try {
              saveVersion(review.doc, name, 'manual', review.author);
              notify({ kind: 'info', text: t('versions.saved', { name }) });
              return null;
            } catch (err) {
              return errorText(t, err);
            }
          }}
        />
      )}
      {viewing && !restoring && (
        <VersionViewer
          version={viewing.version}
          mode={viewing.mode}
          onClose={() => setViewing(null)}
          onRestore={toRestore.allowed ? () => setRestoring(viewing.version) : null}
        />
      )}
      {restoring && (
        <Dialog
          title={t('versions.restoreTitle', { name: restoring.name })}
          onClose={() => setRestoring(null)}
          onSubmit={() => restore(restoring)}
          actions={
            <>
              <button type="button" onClick={() => setRestoring(null)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('versions.restore')}
              </button>
            </>
          }
        >
          <p>{t('versions.restoreText')}</p>
        </Dialog>
      )}
    </section>
  );
}
