import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import { useIndexEntries } from './useIndexEntries.ts';
import { formatDate } from './formatDate.ts';
import { errorText, useNotice } from '../app/Notices.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useState } from 'react';

/** Documents moved to the trash: restore one, or empty the trash for good. */
export function TrashView({ session, navigate }: { session: Session; navigate(route: Route): void }) {
  const { library } = session;
  const entries = useIndexEntries(session.workspace.doc, 'trash');
  const notify = useNotice();
  const [confirming, setConfirming] = useState(false);
  const empty = async () => {
    setConfirming(false);
    try {
      const n = await library.emptyTrash();
      notify({ kind: 'info', text: `${n} document(s) deleted for good.` });
    } catch (err) {
      notify({ kind: 'error', text: errorText(err) });
    }
  };
  return (
    <main className="library" aria-labelledby="trash-title">
      <header className="view-header">
        <h1 id="trash-title">Trash</h1>
        <div className="actions">
          <button type="button" onClick={() => navigate({ view: 'library' })}>
            Back to library
          </button>
          <button type="button" className="danger" disabled={entries.length === 0} onClick={() => setConfirming(true)}>
            Empty trash
          </button>
        </div>
      </header>
      {entries.length === 0 ? (
        <p className="empty">The trash is empty.</p>
      ) : (
        <table className="doc-table" aria-label="Trashed documents">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Deleted</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.title}</td>
                <td>{formatDate(entry.trashedAt ?? '')}</td>
                <td className="row-actions">
                  <button type="button" aria-label={`Restore ${entry.title}`} onClick={() => library.restore(entry.id)}>
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <Dialog
          title="Empty the trash?"
          onClose={() => setConfirming(false)}
          onSubmit={() => void empty()}
          actions={
            <>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
              <button type="submit" className="danger">
                Delete for good
              </button>
            </>
          }
        >
          <p>{entries.length} document(s) will be deleted from this computer for good. This cannot be undone.</p>
        </Dialog>
      )}
    </main>
  );
}
