/**
 * The bridge between the sandboxed page and main: exposes exactly one HostApi as `window.concordHost`,
 * one method per `concord:` channel. Nothing raw crosses: no ipcRenderer, no IPC event objects, no
 * Node. Main validates every argument again; this side only shapes calls.
 */
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import type { AppCommand, HostApi, OpenedFile } from '../../shared/host/HostApi.ts';
import type { QueuedEvent } from '../main/ipcChannels.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../main/ipcChannels.ts';

/** Subscribes to one main -> renderer channel, passing only the payload; returns the unsubscribe. */
function subscribe<T>(channel: string, callback: (payload: T) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: T) => callback(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

/** Like subscribe, then tells main to deliver what waited for a listener (files given at launch). */
function subscribeQueued<T>(event: QueuedEvent, callback: (payload: T) => void): () => void {
  const unsubscribe = subscribe(EVENT_CHANNELS[event], callback);
  void ipcRenderer.invoke(INVOKE_CHANNELS.listen, event);
  return unsubscribe;
}

const concordHost: HostApi = {
  kind: 'desktop',
  openFile: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, request),
  getSetting: (key) => ipcRenderer.invoke(INVOKE_CHANNELS.getSetting, key),
  setSetting: (key, value) => ipcRenderer.invoke(INVOKE_CHANNELS.setSetting, key, value),
  openExternal: (url) => ipcRenderer.invoke(INVOKE_CHANNELS.openExternal, url),
  appInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.appInfo),
  printToPdf: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.printToPdf, request),
  revealFile: (location) => ipcRenderer.invoke(INVOKE_CHANNELS.revealFile, location),
  downloadImage: (url, maxBytes) => ipcRenderer.invoke(INVOKE_CHANNELS.downloadImage, url, maxBytes),
  readImportSibling: (relativePath) => ipcRenderer.invoke(INVOKE_CHANNELS.readImportSibling, relativePath),
  onOpenFileRequest: (callback) => subscribeQueued<OpenedFile>('onOpenFileRequest', callback),
  onCommand: (callback) => subscribe<AppCommand>(EVENT_CHANNELS.onCommand, callback),
  onInviteLink: (callback) => subscribeQueued<string>('onInviteLink', callback),
};

contextBridge.exposeInMainWorld('concordHost', concordHost);
