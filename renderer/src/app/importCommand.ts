import type { OpenedFile } from '../../../shared/host/HostApi.ts';
import type { ImportedDocument } from '../../../shared/import/importTypes.ts';
import { boundedSiblingReader } from '../../../shared/import/siblingPath.ts';
import type { SiblingReader } from '../../../shared/import/siblingPath.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import type { Library } from '../library/Library.ts';
import { IMPORT_FILTER, importFile } from '../library/importFile.ts';
import { importReport } from '../library/importReport.ts';
import { folderSiblings, pickFolder } from '../library/pickedFolder.ts';
import { useLocale } from '../i18n/LocaleProvider.tsx';
import { useFormat } from '../i18n/useFormat.ts';
import { useT } from '../i18n/useT.ts';
import { useHost } from './hostContext.ts';
import { useNotice } from './Notices.tsx';
import type { Route } from './useHashRoute.ts';

/**
 * The library's "Import…" command. A Markdown file's linked images are read beside it where the host
 * can (the desktop's dialog gives a real path); a browser gives the page the picked file alone, so
 * the report then offers "Choose the folder with its images…": the file is imported again from that
 * folder, with its images, and the first import goes to the trash (restorable, so edits made to it
 * in between are never lost, and the library keeps one copy).
 */
export function useImportCommand(library: Library, navigate: (route: Route) => void): () => Promise<void> {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();

  const run = async (file: OpenedFile, read?: SiblingReader) => {
    const { id, dropped } = await importFile(library, file, t('library.importedDocument'), locale, read);
    navigate({ view: 'document', id });
    return { id, dropped };
  };

  const withFolder = async (name: string, replaces: string) => {
    // Picked first, in the click that chose the action: a browser opens its folder picker only then.
    const files = await pickFolder();
    if (!files) return;
    try {
      const found = folderSiblings(files, name);
      if (!found) return notify({ kind: 'error', text: t('import.folderLacksFile', { name }) });
      const data = new Uint8Array(await found.markdown.arrayBuffer());
      const { dropped } = await run({ name, data }, found.read);
      library.trash(replaces);
      notify({ kind: 'info', text: t('file.importedWithImages', { name, report: importReport(t, format, dropped) }) });
    } catch (err) {
      notify({ kind: 'error', text: t('file.couldNotImport', { reason: errorText(t, err) }) });
    }
  };

  const reported = (name: string, id: string, dropped: ImportedDocument['dropped']) => {
    const text = t('file.imported', { name, report: importReport(t, format, dropped) });
    const linked = (dropped['linked image file'] ?? 0) > 0;
    notify({
      kind: 'info',
      text,
      action: linked ? { label: t('import.chooseImageFolder'), run: () => void withFolder(name, id) } : undefined,
    });
  };

  return async () => {
    try {
      const file = await host.openFile({
        title: t('file.importTitle'),
        filters: [{ ...IMPORT_FILTER, name: t('file.importFilter') }],
      });
      if (!file) return;
      const read = file.siblingsReadable ? boundedSiblingReader((path) => host.readImportSibling(path)) : undefined;
      const { id, dropped } = await run(file, read);
      reported(file.name, id, dropped);
    } catch (err) {
      notify({ kind: 'error', text: t('file.couldNotImport', { reason: errorText(t, err) }) });
    }
  };
}
