import { useCallback } from 'react';
import { CONCORD_FILTER } from '../../../shared/host/HostApi.ts';
import type { Session } from './session.ts';
import { useImportCommand } from './importCommand.ts';
import { useHost } from './hostContext.ts';
import { useNotice } from './Notices.tsx';
import type { Route } from './useHashRoute.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';

/** What saving a file needs of the session: its library, and a private workspace's keys. */
type SavingSession = Pick<Session, 'library' | 'sync' | 'keysMissing'>;

/**
 * Saves a copy of a document as a `.concord` file where the user chooses, and says where (or why
 * not). In a private workspace the file is encrypted unless `inClear`; one whose keys are not on
 * this computer saves only in the clear, by the person's choice, never by default.
 */
export function useSaveFile(session: SavingSession): (id: string, inClear?: boolean) => Promise<void> {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const { library, keysMissing } = session;
  const ring = session.sync?.ring ?? null;
  return useCallback(
    async (id: string, inClear = false) => {
      if (!inClear && keysMissing) {
        notify({ kind: 'error', text: t('file.couldNotSave', { reason: t('file.keyMissingToSeal') }) });
        return;
      }
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
    [host, keysMissing, library, notify, ring, t],
  );
}

/** The library's file commands: each says what came of it and shows the document it opened. */
export function useFileCommands(session: SavingSession, navigate: (route: Route) => void) {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const { library } = session;
  const saveFile = useSaveFile(session);
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
