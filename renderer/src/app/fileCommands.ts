import { useCallback } from 'react';
import { CONCORD_FILTER } from '../../../shared/host/HostApi.ts';
import type { Library } from '../library/Library.ts';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import { useImportCommand } from './importCommand.ts';
import { useHost } from './hostContext.ts';
import { useNotice } from './Notices.tsx';
import type { Route } from './useHashRoute.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';

/**
 * Saves a copy of a document as a `.concord` file where the user chooses, and says where (or why
 * not). In a private workspace (`ring`, its keys) the file is encrypted unless `inClear`.
 */
export function useSaveFile(library: Library, ring: KeyRing | null): (id: string, inClear?: boolean) => Promise<void> {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  return useCallback(
    async (id: string, inClear = false) => {
      const sealWith = inClear ? null : ring;
      try {
        const { name, data } = await library.toFile(id, sealWith);
        const saved = await host.saveFile({
          title: t('file.saveCopyTitle'),
          suggestedName: name,
          filters: [{ ...CONCORD_FILTER, name: t('file.concordFilter') }],
          data,
        });
        const said = sealWith ? 'file.savedEncryptedTo' : 'file.savedTo';
        if (saved) notify({ kind: 'info', text: t(said, { location: saved.location }) });
      } catch (err) {
        notify({ kind: 'error', text: t('file.couldNotSave', { reason: errorText(t, err) }) });
      }
    },
    [host, library, notify, ring, t],
  );
}

/** The library's file commands: each says what came of it and shows the document it opened. */
export function useFileCommands(library: Library, ring: KeyRing | null, navigate: (route: Route) => void) {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const saveFile = useSaveFile(library, ring);
  const openBytes = async (data: Uint8Array) => {
    try {
      const { id, title, merged } = await library.openFile(data);
      notify({ kind: 'info', text: merged ? t('file.merged', { title }) : t('file.opened', { title }) });
      navigate({ view: 'document', id });
    } catch (err) {
      notify({ kind: 'error', text: t('file.couldNotOpen', { reason: errorText(t, err) }) });
    }
  };
  const openFile = async () => {
    try {
      const file = await host.openFile({
        title: t('file.openTitle'),
        filters: [{ ...CONCORD_FILTER, name: t('file.concordFilter') }],
      });
      if (file) await openBytes(file.data);
    } catch (err) {
      notify({ kind: 'error', text: t('file.couldNotOpen', { reason: errorText(t, err) }) });
    }
  };
  const importWordOrMarkdown = useImportCommand(library, navigate);
  return { openBytes, openFile, importWordOrMarkdown, saveFile };
}
