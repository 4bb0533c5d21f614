import { describe, expect, it } from 'vitest';
import type { IpcHandlers, IpcMainLike, InvokeEventLike } from './ipcRouter.ts';
import { IpcRefused, registerIpcHandlers } from './ipcRouter.ts';
import { INVOKE_CHANNELS } from './ipcChannels.ts';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** A stand-in for ipcMain: Electron cannot run here, and the router only calls handle/removeHandler. */
function fakeIpc() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike<InvokeEventLike> = {
    handle: (channel, listener) => void listeners.set(channel, listener),
    removeHandler: (channel) => void listeners.delete(channel),
  };
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler on ${channel}`);
    return listener({ senderFrame: url === null ? null : { url } }, ...args);
  };
  return { ipc, listeners, invoke };
}

function recordingHandlers(calls: string[]): IpcHandlers<InvokeEventLike> {
  return {
    openFile: () => void calls.push('openFile'),
    saveFile: () => void calls.push('saveFile'),
    getSetting: ([key]) => (calls.push(`getSetting:${key}`), 'Ana'),
    setSetting: () => void calls.push('setSetting'),
    openExternal: ([url]) => void calls.push(`openExternal:${url}`),
    appInfo: () => ({ name: 'Concord', version: '0.1.0', platform: 'linux', locales: ['en-GB'] }),
    listen: () => void calls.push('listen'),
    printToPdf: () => (calls.push('printToPdf'), new Uint8Array()),
    revealFile: () => void calls.push('revealFile'),
    downloadImage: () => (calls.push('downloadImage'), { ok: false, tooLarge: null }),
    readImportSibling: ([path]) => (calls.push(`readImportSibling:${path}`), null),
  };
}

const APP = 'app://concord/index.html';

describe('registerIpcHandlers', () => {
  it('registers one namespaced channel per method and removes them all', () => {
    const { ipc, listeners } = fakeIpc();
    const unregister = registerIpcHandlers(ipc, recordingHandlers([]));
    expect([...listeners.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect([...listeners.keys()].every((channel) => channel.startsWith('concord:'))).toBe(true);
    unregister();
    expect(listeners.size).toBe(0);
  });

  it('passes validated arguments from the app frame to the handler', () => {
    const calls: string[] = [];
    const { ipc, invoke } = fakeIpc();
    registerIpcHandlers(ipc, recordingHandlers(calls));
    expect(invoke(INVOKE_CHANNELS.getSetting, APP, 'displayName')).toBe('Ana');
    invoke(INVOKE_CHANNELS.openExternal, APP, 'https://example.org');
    expect(calls).toEqual(['getSetting:displayName', 'openExternal:https://example.org']);
  });

  it('refuses senders other than the app page before looking at arguments', () => {
    const calls: string[] = [];
    const { ipc, invoke } = fakeIpc();
    registerIpcHandlers(ipc, recordingHandlers(calls));
    for (const url of [null, 'https://evil.example/', 'file:///tmp/x.html', 'app://other/']) {
      expect(() => invoke(INVOKE_CHANNELS.getSetting, url, 'displayName')).toThrow(IpcRefused);
    }
    expect(calls).toEqual([]);
  });

  it('refuses invalid arguments without calling the handler or echoing them', () => {
    const calls: string[] = [];
    const { ipc, invoke } = fakeIpc();
    registerIpcHandlers(ipc, recordingHandlers(calls));
    expect(() => invoke(INVOKE_CHANNELS.openExternal, APP, 'javascript:secret()')).toThrow(/invalid arguments/);
    expect(() => invoke(INVOKE_CHANNELS.openExternal, APP, 'javascript:secret()')).not.toThrow(/secret/);
    expect(() => invoke(INVOKE_CHANNELS.setSetting, APP, 'colour', 'not-a-colour')).toThrow(IpcRefused);
    expect(() => invoke(INVOKE_CHANNELS.appInfo, APP, 'extra')).toThrow(IpcRefused);
    expect(calls).toEqual([]);
  });
});
