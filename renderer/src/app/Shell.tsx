import { useEffect, useRef, useState } from 'react';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import { CONCORD_FILTER } from '../../../shared/host/HostApi.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { TrashView } from '../library/TrashView.tsx';
import { DocumentView } from '../document/DocumentView.tsx';
import { CoverageView } from '../coverage/CoverageView.tsx';
import { IMPORT_FILTER, importFile } from '../library/importFile.ts';
import { RoadmapView } from '../roadmap/RoadmapView.tsx';
import { errorText, useNotice } from './Notices.tsx';
import { useHashRoute } from './useHashRoute.ts';
import type { Session } from './session.ts';

interface ShellProps {
  host: HostApi;
  session: Session;
  onJoinRelay(): void;
  onRelayChanged(): void;
}

/** Routes between the library, the trash and a document, and carries out file commands. */
export function Shell({ host, session, onJoinRelay, onRelayChanged }: ShellProps) {
  const { library } = session;
  const [route, navigate] = useHashRoute();
  const [exportRequests, setExportRequests] = useState(0);
  const notify = useNotice();

  const openBytes = async (data: Uint8Array) => {
    try {
      const { id, title, merged } = await library.openFile(data);
      notify({
        kind: 'info',
        text: merged ? `Merged the file into “${title}”, which was already in your library.` : `Opened “${title}”.`,
      });
      navigate({ view: 'document', id });
    } catch (err) {
      notify({ kind: 'error', text: `Could not open the file: ${errorText(err)}` });
    }
  };
  const openFile = async () => {
    try {
      const file = await host.openFile({ title: 'Open a Concord document', filters: [CONCORD_FILTER] });
      if (file) await openBytes(file.data);
    } catch (err) {
      notify({ kind: 'error', text: `Could not open the file: ${errorText(err)}` });
    }
  };
  const importWordOrMarkdown = async () => {
    try {
      const file = await host.openFile({ title: 'Import a Word or Markdown file', filters: [IMPORT_FILTER] });
      if (!file) return;
      const { id, report } = await importFile(library, file);
      notify({ kind: 'info', text: `Imported ${file.name}. ${report}` });
      navigate({ view: 'document', id });
    } catch (err) {
      notify({ kind: 'error', text: `Could not import the file: ${errorText(err)}` });
    }
  };
  const saveFile = async (id: string) => {
    try {
      const { name, data } = await library.toFile(id);
      const saved = await host.saveFile({
        title: 'Save a copy as a Concord file',
        suggestedName: name,
        filters: [CONCORD_FILTER],
        data,
      });
      if (saved) notify({ kind: 'info', text: `Saved to ${saved.location}.` });
    } catch (err) {
      notify({ kind: 'error', text: `Could not save the file: ${errorText(err)}` });
    }
  };

  // Subscribe once (each subscription is an IPC message on the desktop); the ref sees the latest handlers.
  const handlers = useRef({ openBytes, openFile, saveFile, route, navigate, onJoinRelay });
  handlers.current = { openBytes, openFile, saveFile, route, navigate, onJoinRelay };
  useEffect(() => host.onOpenFileRequest((file) => void handlers.current.openBytes(file.data)), [host]);
  useEffect(
    () =>
      host.onCommand((command) => {
        const { openFile, saveFile, route, navigate, onJoinRelay } = handlers.current;
        if (command === 'open-file') void openFile();
        else if (command === 'save-file' && route.view === 'document') void saveFile(route.id);
        else if (command === 'new-document') void library.create().then((id) => navigate({ view: 'document', id }));
        else if (command === 'show-library') navigate({ view: 'library' });
        else if (command === 'join-relay') onJoinRelay();
        else if (command === 'export' && route.view === 'document') setExportRequests((n) => n + 1);
      }),
    [host, library],
  );

  if (route.view === 'trash') return <TrashView library={library} navigate={navigate} />;
  if (route.view === 'coverage') return <CoverageView session={session} navigate={navigate} />;
  if (route.view === 'roadmap') return <RoadmapView session={session} navigate={navigate} />;
  if (route.view === 'document')
    return (
      <DocumentView
        key={route.id}
        id={route.id}
        at={route.at}
        exportRequests={exportRequests}
        session={session}
        navigate={navigate}
        onSave={() => void saveFile(route.id)}
      />
    );
  return (
    <LibraryView
      session={session}
      navigate={navigate}
      onOpenFile={() => void openFile()}
      onImport={() => void importWordOrMarkdown()}
      onJoinRelay={onJoinRelay}
      onRelayChanged={onRelayChanged}
    />
  );
}
