import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { KeyValueStore } from './settingsAccess.ts';

/**
 * Opens the settings file (settings.json in the user-data folder). A corrupt file is reset rather than
 * stopping the app from starting. electron-store registers an un-namespaced IPC listener for renderer
 * use; our renderer never reads the store directly, so that listener is removed.
 */
export function openSettingsStore(): KeyValueStore {
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: true,
  });
  ipcMain.removeAllListeners('electron-store-get-data');
  return store;
}
