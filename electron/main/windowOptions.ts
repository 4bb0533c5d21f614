import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Rect } from './windowBounds.ts';

/**
 * The renderer's sandbox: no Node, isolated preload world, Chromium's OS sandbox, same-origin policy,
 * no <webview>, no insecure content, and no way around any of it from the page.
 */
function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Options of the main window: restored bounds, hidden until first paint. */
export function mainWindowOptions(
  bounds: Rect | { width: number; height: number },
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 640,
    minHeight: 420,
    title: 'Concord',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
