import path from 'node:path';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { SettingKey, Settings } from '../../shared/host/HostApi.ts';
import { EVENT_CHANNELS } from './ipcChannels.ts';
import type { IpcHandlers } from './ipcRouter.ts';
import { IpcRefused } from './ipcRouter.ts';
import { readOpenableFile, writeSavedFile } from './fileAccess.ts';
import type { KeyValueStore } from './settingsAccess.ts';
import { readSetting, rendererMayWrite, writeSetting } from './settingsAccess.ts';
import type { LaunchRequests } from './launchRequests.ts';
import { printHtmlToPdf } from './printToPdf.ts';
import { downloadWebImage } from './imageDownload.ts';
import type { ImportFolders } from './importFolders.ts';
import { isMarkdownFile } from './importFolders.ts';

/** What the HostApi handlers reach in the rest of main. */
export interface HostDeps {
  store: KeyValueStore;
  launch: LaunchRequests;
  rememberRecent(file: string): void;
  /** The folder of the Markdown file last picked to import, whose images the page may read. */
  importFolders: ImportFolders;
  settingChanged(key: SettingKey): void;
}

/** Files saved through the app in this session: the only ones the page may ask to reveal. */
const savedThisSession = new Set<string>();

const parentOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

async function showOpen(event: IpcMainInvokeEvent, options: OpenDialogOptions) {
  const parent = parentOf(event);
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}

async function showSave(event: IpcMainInvokeEvent, options: SaveDialogOptions) {
  const parent = parentOf(event);
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
}

/** The main-process side of every HostApi method; arguments arrive validated by the IPC router. */
export function createHostHandlers(deps: HostDeps): IpcHandlers<IpcMainInvokeEvent> {
  return {
    async openFile([request], event) {
      const result = await showOpen(event, {
        title: request.title,
        filters: request.filters,
        properties: ['openFile'],
      });
      const file = result.filePaths[0];
      if (result.canceled || !file) return null;
      const opened = await readOpenableFile(file);
      if (/\.concord$/i.test(file)) deps.rememberRecent(file);
      deps.importFolders.chosen(file);
      return isMarkdownFile(file) ? { ...opened, siblingsReadable: true } : opened;
    },
    async saveFile([request], event) {
      // basename again: the schema already refuses separators, this keeps the dialog in Documents regardless.
      const defaultPath = path.join(app.getPath('documents'), path.basename(request.suggestedName));
      const result = await showSave(event, {
        title: request.title,
        defaultPath,
        filters: request.filters,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      if (result.canceled || !result.filePath) return null;
      await writeSavedFile(result.filePath, request.data);
      savedThisSession.add(result.filePath);
      if (/\.concord$/i.test(result.filePath)) deps.rememberRecent(result.filePath);
      return { location: result.filePath };
    },
    getSetting: ([key]) => readSetting(deps.store, key),
    setSetting([key, value]) {
      if (!rendererMayWrite(key, value, { recentFiles: readSetting(deps.store, 'recentFiles') })) {
        throw new IpcRefused(`concord:setSetting: ${key} cannot be set from the page`);
      }
      writeSetting(deps.store, key, value as Settings[typeof key]);
      deps.settingChanged(key);
    },
    openExternal: ([url]) => shell.openExternal(url),
    printToPdf: ([request]) => printHtmlToPdf(request.paged, request.paper),
    downloadImage: ([url, maxBytes]) => downloadWebImage(url, maxBytes),
    readImportSibling: ([relativePath]) => deps.importFolders.read(relativePath),
    revealFile([location]) {
      if (!savedThisSession.has(location))
        throw new IpcRefused('concord:revealFile: only files saved in this session can be shown');
      shell.showItemInFolder(location);
    },
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      locales: app.getPreferredSystemLanguages(),
    }),
    listen([eventName], event) {
      const contents = event.sender;
      deps.launch.listen(eventName, (payload) => {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNELS[eventName], payload);
      });
    },
  };
}
