import { useCallback } from 'react';
import { CONCORD_FILTER } from '../../../shared/host/HostApi.ts';
import type { Library } from '../library/Library.ts';
import { IMPORT_FILTER, importFile } from '../library/importFile.ts';
import { useHost } from './hostContext.ts';
import { errorText, useNotice } from './Notices.tsx';
import type { Route } from './useHashRoute.ts';
import { useLocale } from '../i18n/LocaleProvider.tsx';

/** Saves a copy of a document as a `.concord` file where the user chooses, and says where (or why not). */
export function useSaveFile(library: Library): (id: string) => Promise<void> {
  const host = useHost();
  const notify = useNotice();
  return useCallback(
    async (id: string) => {
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
    },
    [host, library, notify],
  );
}

/** The library's file commands: each says what came of it and shows the document it opened. */
export function useFileCommands(library: Library, navigate: (route: Route) => void) {
  const host = useHost();
  const notify = useNotice();
  const saveFile = useSaveFile(library);
  const { locale } = useLocale();
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
      const { id, report } = await importFile(library, file, locale);
      notify({ kind: 'info', text: `Imported ${file.name}. ${report}` });
      navigate({ view: 'document', id });
    } catch (err) {
      notify({ kind: 'error', text: `Could not import the file: ${errorText(err)}` });
    }
  };
  return { openBytes, openFile, importWordOrMarkdown, saveFile };
}
