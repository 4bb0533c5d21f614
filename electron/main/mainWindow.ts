import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './appOrigin.ts';
import type { KeyValueStore } from './settingsAccess.ts';
import { readSetting, writeSetting } from './settingsAccess.ts';
import { restoreBounds } from './windowBounds.ts';
import { mainWindowOptions } from './windowOptions.ts';

/** What the main window needs from the app. */
export interface MainWindowDeps {
  store: KeyValueStore;
  preloadPath: string;
  /** The page is being replaced or is gone: queued events must wait for the next page. */
  pageGone(): void;
}

function saveBounds(window: BrowserWindow, store: KeyValueStore): void {
  const { x, y, width, height } = window.getNormalBounds();
  try {
    writeSetting(store, 'windowBounds', {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
    });
  } catch {
    // A window smaller than the schema allows is not worth remembering.
  }
}

/** Opens the app window where it last was (if that is still on screen) and loads app://concord/. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = restoreBounds(readSetting(deps.store, 'windowBounds'), workAreas);
  const window = new BrowserWindow(mainWindowOptions(bounds, deps.preloadPath));
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveBounds(window, deps.store));
  window.on('closed', () => deps.pageGone());
  window.webContents.on('did-navigate', () => deps.pageGone());
  window.webContents.on('render-process-gone', () => deps.pageGone());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
