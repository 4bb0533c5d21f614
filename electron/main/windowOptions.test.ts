import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './windowOptions.ts';

describe('window options', () => {
  it('isolate and sandbox the renderer', () => {
    const prefs = mainWindowOptions({ width: 800, height: 600 }, '/app/dist/electron/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs?.preload).toBe('/app/dist/electron/preload.cjs');
  });
});
