import { useEffect, useState } from 'react';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import { CONCORD_FILTER } from '../../../shared/host/HostApi.ts';
import { openLocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { Library } from '../library/Library.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { TrashView } from '../library/TrashView.tsx';
import { DocumentView } from '../document/DocumentView.tsx';
import { NoticeProvider, errorText, useNotice } from './Notices.tsx';
import { useHashRoute } from './useHashRoute.ts';
import { HostContext } from './hostContext.ts';

/** The whole renderer: loads the local workspace, then shows the library, the trash or a document. */
export function App({ host }: { host: HostApi }) {
  const [library] = useState(() => new Library(openLocalWorkspace(), new DocumentRegistry()));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void library.workspace.ready.then(() => setReady(true));
  }, [library]);
  return (
    <HostContext.Provider value={host}>
      <NoticeProvider>{ready ? <Shell host={host} library={library} /> : <p className="loading">Opening your library…</p>}</NoticeProvider>
    </HostContext.Provider>
  );
}

function Shell({ host, library }: { host: HostApi; library: Library }) {
  const [route, navigate] = useHashRoute();
  const notify = useNotice();

  const openBytes = async (data: Uint8Array) => {
    try {
      const { id, title, merged } = await library.openFile(data);
      notify({ kind: 'info', text: merged ? `Merged the file into “${title}”, which was already in your library.` : `Opened “${title}”.` });
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
  const saveFile = async (id: string) => {
    try {
      const { name, data } = await library.toFile(id);
      const saved = await host.saveFile({ title: 'Save a copy as a Concord file', suggestedName: name, filters: [CONCORD_FILTER], data });
      if (saved) notify({ kind: 'info', text: `Saved to ${saved.location}.` });
    } catch (err) {
      notify({ kind: 'error', text: `Could not save the file: ${errorText(err)}` });
    }
  };

  useEffect(() => host.onOpenFileRequest((file) => void openBytes(file.data)));
  useEffect(() =>
    host.onCommand((command) => {
      if (command === 'open-file') void openFile();
      else if (command === 'save-file' && route.view === 'document') void saveFile(route.id);
      else if (command === 'new-document') void library.create().then((id) => navigate({ view: 'document', id }));
      else if (command === 'show-library') navigate({ view: 'library' });
    }),
  );

  if (route.view === 'trash') return <TrashView library={library} navigate={navigate} />;
  if (route.view === 'document')
    return <DocumentView key={route.id} id={route.id} library={library} navigate={navigate} onSave={() => void saveFile(route.id)} />;
  return <LibraryView library={library} navigate={navigate} onOpenFile={() => void openFile()} />;
}
