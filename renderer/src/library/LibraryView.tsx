import { useState } from 'react';
import type { Session } from '../app/session.ts';
import { RelayBar } from '../sync/RelayBar.tsx';
import { NewFromTemplateDialog } from '../templates/NewFromTemplateDialog.tsx';
import { listMilestones } from '../../../shared/model/roadmap.ts';
import type { Route } from '../app/useHashRoute.ts';
import { useIndexEntries } from './useIndexEntries.ts';
import { formatDate } from './formatDate.ts';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { errorText, useNotice } from '../app/Notices.tsx';
import type { IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { useRole } from '../roles/useRole.ts';
import { useGate } from '../roles/useGate.ts';
import { useLibraryDeclined } from './useLibraryDeclined.ts';

interface LibraryViewProps {
  session: Session;
  navigate(route: Route): void;
  onOpenFile(): void;
  onImport(): void;
  onJoinRelay(): void;
  onRelayChanged(): void;
}

/** The list of documents: title, last edited, word count; create, open, rename, duplicate, trash. */
export function LibraryView({
  session,
  navigate,
  onOpenFile,
  onImport,
  onJoinRelay,
  onRelayChanged,
}: LibraryViewProps) {
  const { library } = session;
  const all = useIndexEntries(session.workspace.doc, 'library');
  const [renaming, setRenaming] = useState<IndexEntry | null>(null);
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const [milestoneFilter, setMilestoneFilter] = useState('');
  const [sort, setSort] = useState<'edited' | 'deadline'>('edited');
  const milestones = listMilestones(session.workspace.doc);
  const milestoneTitle = (id: string | null) => milestones.find((m) => m.id === id)?.title ?? '';
  const entries = all
    .filter((e) => !milestoneFilter || e.milestoneId === milestoneFilter)
    .sort((a, b) => (sort === 'deadline' ? (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') : 0));
  const notify = useNotice();
  // Commenters and viewers may not change the library: the relay would decline it (shared/roles).
  const lib = useGate(useRole(session))('edit-library');
  const locked = { disabled: !lib.allowed, title: lib.reason };
  useLibraryDeclined(session);
  const run = (work: () => Promise<unknown>) =>
    void work().catch((err) => notify({ kind: 'error', text: errorText(err) }));

  return (
    <main className="library" aria-labelledby="library-title">
      <header className="view-header">
        <h1 id="library-title">Library</h1>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => run(async () => navigate({ view: 'document', id: await library.create() }))}
            {...locked}
          >
            New document
          </button>
          <button type="button" {...locked} onClick={() => setChoosingTemplate(true)}>
            New from template…
          </button>
          <button type="button" {...locked} onClick={onOpenFile}>
            Open file…
          </button>
          <button type="button" {...locked} onClick={onImport}>
            Import Word or Markdown…
          </button>
          <button type="button" onClick={() => navigate({ view: 'roadmap' })}>
            Roadmap
          </button>
          <button type="button" onClick={() => navigate({ view: 'coverage' })}>
            Coverage
          </button>
          <button type="button" onClick={() => navigate({ view: 'trash' })}>
            Trash
          </button>
          <LanguagePicker />
        </div>
      </header>
      <RelayBar session={session} onJoinRelay={onJoinRelay} onRelayChanged={onRelayChanged} />
      <div className="filters">
        <label className="toggle">
          Milestone
          <select value={milestoneFilter} onChange={(e) => setMilestoneFilter(e.target.value)}>
            <option value="">All</option>
            {milestones
              .filter((m) => all.some((e) => e.milestoneId === m.id))
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
          </select>
        </label>
        <label className="toggle">
          Sort by
          <select value={sort} onChange={(e) => setSort(e.target.value as 'edited' | 'deadline')}>
            <option value="edited">Last edited</option>
            <option value="deadline">Deadline</option>
          </select>
        </label>
      </div>
      {entries.length === 0 ? (
        <p className="empty">No documents yet. Create one, or open a .concord file.</p>
      ) : (
        <table className="doc-table" aria-label="Documents">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Last edited</th>
              <th scope="col">Words</th>
              <th scope="col">Milestone</th>
              <th scope="col">Deadline</th>
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
                <td>{milestoneTitle(entry.milestoneId)}</td>
                <td>{entry.deadline ?? ''}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    {...locked}
                    aria-label={`Rename ${entry.title}`}
                    onClick={() => setRenaming(entry)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    aria-label={`Duplicate ${entry.title}`}
                    {...locked}
                    onClick={() => run(() => library.duplicate(entry.id))}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${entry.title} to trash`}
                    {...locked}
                    onClick={() => {
                      library.trash(entry.id);
                      notify({
                        kind: 'info',
                        text: `“${entry.title}” moved to the trash. You can restore it from there.`,
                      });
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
      {choosingTemplate && (
        <NewFromTemplateDialog
          session={session}
          onClose={() => setChoosingTemplate(false)}
          onCreated={(id) => navigate({ view: 'document', id })}
        />
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
