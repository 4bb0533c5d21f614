import { useState } from 'react';
import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import { useIndexEntries } from './useIndexEntries.ts';
import { useNotice } from '../app/Notices.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useGate } from '../roles/useGate.ts';
import { useRole } from '../roles/useRole.ts';

/** Documents moved to the trash: restore one, or empty the trash for good (for those who may change the library). */
export function TrashView({ session, navigate }: { session: Session; navigate(route: Route): void }) {
  const { library } = session;
  const entries = useIndexEntries(session.workspace.doc, 'trash');
  const notify = useNotice();
  const t = useT();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const lib = useGate(useRole(session))('edit-library');
  const empty = async () => {
    setConfirming(false);
    try {
      const count = await library.emptyTrash();
      notify({ kind: 'info', text: t('trash.deleted', { count }) });
    } catch (err) {
      notify({ kind: 'error', text: errorText(t, err) });
    }
  };
  return (
    <main className="library" aria-labelledby="trash-title">
      <header className="view-header">
        <h1 id="trash-title">{t('trash.title')}</h1>
        <div className="actions">
          <button type="button" onClick={() => navigate({ view: 'library' })}>
            {t('common.backToLibrary')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={entries.length === 0 || !lib.allowed}
            title={lib.reason}
            onClick={() => setConfirming(true)}
          >
            {t('trash.empty')}
          </button>
        </div>
      </header>
      {entries.length === 0 ? (
        <p className="empty">{t('trash.isEmpty')}</p>
      ) : (
        <table className="doc-table" aria-label={t('trash.documents')}>
          <thead>
            <tr>
              <th scope="col">{t('library.columnTitle')}</th>
              <th scope="col">{t('trash.deletedOn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <bdi>{entry.title}</bdi>
                </td>
                <td>{format.dateTime(entry.trashedAt)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={t('trash.restoreNamed', { title: entry.title })}
                    disabled={!lib.allowed}
                    title={lib.reason}
                    onClick={() => library.restore(entry.id)}
                  >
                    {t('trash.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <Dialog
          title={t('trash.confirmTitle')}
          onClose={() => setConfirming(false)}
          onSubmit={() => void empty()}
          actions={
            <>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="danger">
                {t('trash.deleteForGood')}
              </button>
            </>
          }
        >
          <p>{t('trash.confirmText', { count: entries.length })}</p>
        </Dialog>
      )}
    </main>
  );
}
