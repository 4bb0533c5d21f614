/**
 * IPC channel names, shared by main and preload (this file must stay free of imports so the sandboxed
 * preload bundle holds nothing but names). Every channel is namespaced `concord:` and carries exactly
 * one HostApi method.
 */

/** Renderer -> main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  openFile: 'concord:openFile',
  saveFile: 'concord:saveFile',
  getSetting: 'concord:getSetting',
  setSetting: 'concord:setSetting',
  openExternal: 'concord:openExternal',
  appInfo: 'concord:appInfo',
  printToPdf: 'concord:printToPdf',
  revealFile: 'concord:revealFile',
  downloadImage: 'concord:downloadImage',
  readImportSibling: 'concord:readImportSibling',
  /** The renderer tells main it subscribed to a queued event, so main may deliver what waited. */
  listen: 'concord:listen',
} as const;
export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

/** Main -> renderer events (webContents.send / ipcRenderer.on), named after the HostApi method. */
export const EVENT_CHANNELS = {
  onCommand: 'concord:onCommand',
  onOpenFileRequest: 'concord:onOpenFileRequest',
  onInviteLink: 'concord:onInviteLink',
} as const;

/** Events main holds back until the renderer listens (files and links given at launch). */
export const QUEUED_EVENTS = ['onOpenFileRequest', 'onInviteLink'] as const;
export type QueuedEvent = (typeof QUEUED_EVENTS)[number];
