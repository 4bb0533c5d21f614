import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import type { AppCommand } from '../../shared/host/HostApi.ts';
import { isAllowedLink } from '../../shared/schema/linkPolicy.ts';
import { buildMenuTemplate } from './appMenu.ts';
import { serveAppProtocol } from './appProtocol.ts';
import { createHostHandlers } from './hostHandlers.ts';
import { EVENT_CHANNELS } from './ipcChannels.ts';
import { registerIpcHandlers } from './ipcRouter.ts';
import { INVITE_SCHEME } from './inviteLink.ts';
import { LaunchRequests } from './launchRequests.ts';
import { createMainWindow } from './mainWindow.ts';
import { addRecentFile, removeRecentFile } from './recentFiles.ts';
import { readSetting, writeSetting } from './settingsAccess.ts';
import { openSettingsStore } from './settingsStore.ts';
import { denyAllPermissions, hardenWebContents } from './webSecurity.ts';
import { mainTranslator } from './mainLanguage.ts';
import { errorText } from '../../shared/i18n/errorText.ts';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';
import { en } from '../../shared/i18n/catalogues/en.ts';
import { ImportFolders } from './importFolders.ts';

/** Where the bundles and the built renderer sit, relative to dist/electron/main.cjs. */
export interface AppPaths {
  rendererRoot: string;
  preload: string;
}

/** Wires the desktop app together; runs in the process holding the single-instance lock. */
export function startConcord(paths: AppPaths): void {
  const store = openSettingsStore();
  let window: BrowserWindow | null = null;
  // English until the language is known (at `ready`); rebuilt when the person changes the language setting.
  let t: Translator = createTranslator('en', en);

  const showError = (error: unknown) => {
    const message = errorText(t, error);
    if (window && !window.isDestroyed()) void dialog.showMessageBox(window, { type: 'error', message });
    else dialog.showErrorBox('Concord', message);
  };
  const openExternal = (url: string) => {
    if (isAllowedLink(url)) void shell.openExternal(url);
  };
  const refreshMenu = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.getName(),
      recentFiles: readSetting(store, 'recentFiles') ?? [],
      developer: !app.isPackaged,
      t,
      send: (command: AppCommand) => window?.webContents.send(EVENT_CHANNELS.onCommand, command),
      openRecent: (file) => {
        if (!fs.existsSync(file))
          writeSetting(store, 'recentFiles', removeRecentFile(readSetting(store, 'recentFiles') ?? [], file));
        void launch.openPath(file).then(refreshMenu);
      },
      clearRecent: () => {
        writeSetting(store, 'recentFiles', []);
        app.clearRecentDocuments();
        refreshMenu();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const rememberRecent = (file: string) => {
    writeSetting(store, 'recentFiles', addRecentFile(readSetting(store, 'recentFiles') ?? [], file));
    app.addRecentDocument(file);
    if (app.isReady()) refreshMenu();
  };
  const launch = new LaunchRequests({ reportError: showError, opened: rememberRecent });
  const applyLanguage = async () => {
    t = await mainTranslator(store);
    if (app.isReady()) refreshMenu();
  };
  const showWindow = () => {
    if (!app.isReady()) return;
    if (!window || window.isDestroyed()) {
      window = createMainWindow({ store, preloadPath: paths.preload, pageGone: () => launch.pause() });
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  };

  // These arrive from the OS, on macOS possibly before `ready`: queue first, show the window when possible.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void launch.openPath(file);
    showWindow();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (launch.openInvite(url)) showWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void launch.handleArgv(argv, workingDirectory);
    showWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });

  void app.whenReady().then(async () => {
    if (!fs.existsSync(path.join(paths.rendererRoot, 'index.html'))) {
      dialog.showErrorBox(
        'Concord is not built',
        `No renderer build at ${paths.rendererRoot}. Run \`npm run build\` first.`,
      );
      app.exit(1);
      return;
    }
    denyAllPermissions(session.defaultSession);
    serveAppProtocol(paths.rendererRoot);
    registerIpcHandlers(
      ipcMain,
      createHostHandlers({
        store,
        launch,
        rememberRecent,
        importFolders: new ImportFolders(),
        settingChanged: (key) => {
          if (key === 'recentFiles') refreshMenu();
          if (key === 'language') void applyLanguage();
        },
      }),
    );
    app.setAboutPanelOptions({ applicationName: 'Concord', applicationVersion: app.getVersion() });
    // The installer registers concord:// for packaged builds; a dev build must not claim it system-wide.
    if (app.isPackaged) app.setAsDefaultProtocolClient(INVITE_SCHEME);
    await applyLanguage();
    showWindow();
    void launch.handleArgv(process.argv, process.cwd());
  });
}
