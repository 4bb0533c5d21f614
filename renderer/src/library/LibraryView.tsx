import { useState } from 'react';
import type { Library } from './Library.ts';
import type { Route } from '../app/useHashRoute.ts';
import { useIndexEntries } from './useIndexEntries.ts';
import { formatDate } from './formatDate.ts';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { errorText, useNotice } from '../app/Notices.tsx';
import type { IndexEntry } from '../../../shared/model/workspaceIndex.ts';

interface LibraryViewProps {
  library: Library;
  navigate(route: Route): void;
  onOpenFile(): void;
}

/** The list of documents: title, last edited, word count; create, open, rename, duplicate, trash. */
export function LibraryView({ library, navigate, onOpenFile }: LibraryViewProps) {
  const entries = useIndexEntries(library.workspace.doc, 'library');
  const [renaming, setRenaming] = useState<IndexEntry | null>(null);
  const notify = useNotice();
  const run = (work: () => Promise<unknown>) => void work().catch((err) => notify({ kind: 'error', text: errorText(err) }));

  return (
    <main className="library" aria-labelledby="library-title">
      <header className="view-header">
        <h1 id="library-title">Library</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => run(async () => navigate({ view: 'document', id: await library.create() }))}>
            New document
          </button>
          <button type="button" onClick={onOpenFile}>
            Open file…
          </button>
          <button type="button" onClick={() => navigate({ view: 'trash' })}>
            Trash
          </button>
        </div>
      </header>
      {entries.length === 0 ? (
        <p className="empty">No documents yet. Create one, or open a .concord file.</p>
      ) : (
        <table className="doc-table" aria-label="Documents">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Last edited</th>
              <th scope="col">Words</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <a href={`#/doc/${entry.id}`}>{entry.title}</a>
                </td>
                <td>{formatDate(entry.updatedAt)}</td>
                <td>{entry.wordCount.toLocaleString()}</td>
                <td className="row-actions">
                  <button type="button" aria-label={`Rename ${entry.title}`} onClick={() => setRenaming(entry)}>
                    Rename
                  </button>
                  <button type="button" aria-label={`Duplicate ${entry.title}`} onClick={() => run(() => library.duplicate(entry.id))}>
                    Duplicate
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${entry.title} to trash`}
                    onClick={() => {
                      library.trash(entry.id);
                      notify({ kind: 'info', text: `“${entry.title}” moved to the trash. You can restore it from there.` });
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {renaming && (
        <PromptDialog
          title="Rename document"
          label="Document title"
          initial={renaming.title}
          confirm="Rename"
          onClose={() => setRenaming(null)}
          onConfirm={async (value) => {
            if (!value.trim()) return 'A title cannot be empty.';
            await library.rename(renaming.id, value);
            return null;
          }}
        />
      )}
    </main>
  );
}
