import { useState } from 'react';
import type { Session } from '../app/session.ts';
import { RelayBar } from '../sync/RelayBar.tsx';
import { NewFromTemplateDialog } from '../templates/NewFromTemplateDialog.tsx';
import { listMilestones } from '../../../shared/model/roadmap.ts';
import type { Route } from '../app/useHashRoute.ts';
import { useIndexEntries } from './useIndexEntries.ts';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { useNotice } from '../app/Notices.tsx';
import type { IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { ProfileButton } from '../settings/ProfileButton.tsx';
import { NamePrompt } from '../settings/NamePrompt.tsx';
import { useLocale } from '../i18n/LocaleProvider.tsx';
import { useRole } from '../roles/useRole.ts';
import { useGate } from '../roles/useGate.ts';
import { useLibraryDeclined } from './useLibraryDeclined.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { DocumentRow } from './DocumentRow.tsx';
import { useOpenShortcuts } from '../shortcuts/ShortcutHelp.tsx';
import { useShortcut } from '../shortcuts/useShortcut.ts';
import { roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';

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
  const { locale } = useLocale();
  const t = useT();
  const all = useIndexEntries(session.workspace.doc, 'library');
  const [renaming, setRenaming] = useState<IndexEntry | null>(null);
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const [milestoneFilter, setMilestoneFilter] = useState('');
  const [sort, setSort] = useState<'edited' | 'deadline'>('edited');
  const milestones = listMilestones(session.workspace.doc);
  const milestoneTitle = (id: string | null) => {
    const m = milestones.find((milestone) => milestone.id === id);
    return m ? roadmapTitle(t, m) : '';
  };
  const entries = all
    .filter((e) => !milestoneFilter || e.milestoneId === milestoneFilter)
    .sort((a, b) => (sort === 'deadline' ? (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') : 0));
  const notify = useNotice();
  const openShortcuts = useOpenShortcuts();
  const shortcutKeys = useShortcut('shortcuts');
  // Commenters and viewers may not change the library: the relay would decline it (shared/roles).
  const lib = useGate(useRole(session))('edit-library');
  const locked = { disabled: !lib.allowed, title: lib.reason };
  useLibraryDeclined(session);
  const run = (work: () => Promise<unknown>) =>
    void work().catch((err) => notify({ kind: 'error', text: errorText(t, err) }));

  return (
    <main className="library" aria-labelledby="library-title">
      <header className="view-header">
        <h1 id="library-title">{t('library.title')}</h1>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() =>
              run(async () => navigate({ view: 'document', id: await library.create(t('library.untitled'), locale) }))
            }
            {...locked}
          >
            {t('library.newDocument')}
          </button>
          <button type="button" {...locked} onClick={() => setChoosingTemplate(true)}>
            {t('library.newFromTemplate')}
          </button>
          <button type="button" {...locked} onClick={onOpenFile}>
            {t('library.openFile')}
          </button>
          <button type="button" {...locked} onClick={onImport}>
            {t('library.import')}
          </button>
          <button type="button" onClick={() => navigate({ view: 'roadmap' })}>
            {t('library.roadmap')}
          </button>
          <button type="button" onClick={() => navigate({ view: 'coverage' })}>
            {t('library.coverage')}
          </button>
          <button type="button" onClick={() => navigate({ view: 'trash' })}>
            {t('library.trash')}
          </button>
          <button type="button" aria-keyshortcuts={shortcutKeys.aria} onClick={openShortcuts}>
            {t('shortcuts.title')}
          </button>
          <LanguagePicker />
          <ProfileButton identities={session.identity} />
        </div>
      </header>
      <NamePrompt identities={session.identity} />
      <RelayBar session={session} onJoinRelay={onJoinRelay} onRelayChanged={onRelayChanged} />
      <div className="filters">
        <label className="toggle">
          {t('library.milestone')}
          <select value={milestoneFilter} onChange={(e) => setMilestoneFilter(e.target.value)}>
            <option value="">{t('library.allMilestones')}</option>
            {milestones
              .filter((m) => all.some((e) => e.milestoneId === m.id))
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {roadmapTitle(t, m)}
                </option>
              ))}
          </select>
        </label>
        <label className="toggle">
          {t('library.sortBy')}
          <select value={sort} onChange={(e) => setSort(e.target.value as 'edited' | 'deadline')}>
            <option value="edited">{t('library.lastEdited')}</option>
            <option value="deadline">{t('library.deadline')}</option>
          </select>
        </label>
      </div>
      {entries.length === 0 ? (
        <p className="empty">{t('library.empty')}</p>
      ) : (
        <table className="doc-table" aria-label={t('library.documents')}>
          <thead>
            <tr>
              <th scope="col">{t('library.columnTitle')}</th>
              <th scope="col">{t('library.lastEdited')}</th>
              <th scope="col">{t('library.words')}</th>
              <th scope="col">{t('library.milestone')}</th>
              <th scope="col">{t('library.deadline')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <DocumentRow
                key={entry.id}
                entry={entry}
                milestoneTitle={milestoneTitle(entry.milestoneId)}
                locked={locked}
                onRename={() => setRenaming(entry)}
                onDuplicate={() => run(() => library.duplicate(entry.id, (title) => t('library.copyOf', { title })))}
                onTrash={() => {
                  library.trash(entry.id);
                  notify({ kind: 'info', text: t('library.movedToTrash', { title: entry.title }) });
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {choosingTemplate && (
        <NewFromTemplateDialog
          session={session}
          language={locale}
          onClose={() => setChoosingTemplate(false)}
          onCreated={(id) => navigate({ view: 'document', id })}
        />
      )}
      {renaming && (
        <PromptDialog
          title={t('library.renameTitle')}
          label={t('library.documentTitle')}
          initial={renaming.title}
          confirm={t('library.rename')}
          onClose={() => setRenaming(null)}
          onConfirm={async (value) => {
            if (!value.trim()) return t('library.titleEmpty');
            await library.rename(renaming.id, value);
            return null;
          }}
        />
      )}
    </main>
  );
}
