import { useEffect, useRef } from 'react';
import { LibraryView } from '../library/LibraryView.tsx';
import { TrashView } from '../library/TrashView.tsx';
import { DocumentView } from '../document/DocumentView.tsx';
import { CoverageView } from '../coverage/CoverageView.tsx';
import { RoadmapView } from '../roadmap/RoadmapView.tsx';
import { useHost } from './hostContext.ts';
import { useFileCommands } from './fileCommands.ts';
import { useHashRoute } from './useHashRoute.ts';
import type { Session } from './session.ts';
import { useLocale } from '../i18n/LocaleProvider.tsx';
import { useT } from '../i18n/useT.ts';

interface ShellProps {
  session: Session;
  onJoinRelay(): void;
  onRelayChanged(): void;
}

/** Routes between the library, the trash and a document, and carries out the menu's file commands. */
export function Shell({ session, onJoinRelay, onRelayChanged }: ShellProps) {
  const host = useHost();
  const { library } = session;
  const [route, navigate] = useHashRoute();
  // The menu's "Save a copy" of a private document encrypts it (the dialog in the document offers the clear file).
  const files = useFileCommands(session, navigate);
  const { locale } = useLocale();

  // Subscribe once (each subscription is an IPC listener on the desktop); the ref sees the latest handlers.
  // An open document handles the Export command itself (it opens its export dialog).
  const t = useT();
  const handlers = useRef({ files, route, navigate, onJoinRelay, t, locale });
  handlers.current = { files, route, navigate, onJoinRelay, t, locale };
  useEffect(() => host.onOpenFileRequest((file) => void handlers.current.files.openBytes(file.data)), [host]);
  useEffect(
    () =>
      host.onCommand((command) => {
        const { files, route, navigate, onJoinRelay, t, locale } = handlers.current;
        if (command === 'open-file') void files.openFile();
        else if (command === 'save-file' && route.view === 'document') void files.saveFile(route.id);
        else if (command === 'new-document')
          void library.create(t('library.untitled'), locale).then((id) => navigate({ view: 'document', id }));
        else if (command === 'show-library') navigate({ view: 'library' });
        else if (command === 'join-relay') onJoinRelay();
      }),
    [host, library],
  );

  if (route.view === 'trash') return <TrashView session={session} navigate={navigate} />;
  if (route.view === 'coverage') return <CoverageView session={session} navigate={navigate} />;
  if (route.view === 'roadmap') return <RoadmapView session={session} navigate={navigate} />;
  if (route.view === 'document')
    return <DocumentView key={route.id} id={route.id} at={route.at} session={session} navigate={navigate} />;
  return (
    <LibraryView
      session={session}
      navigate={navigate}
      onOpenFile={() => void files.openFile()}
      onImport={() => void files.importWordOrMarkdown()}
      onJoinRelay={onJoinRelay}
      onRelayChanged={onRelayChanged}
    />
  );
}
