import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from './windowOptions.ts';

describe('window options', () => {
  it('isolate and sandbox the renderer', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
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
    expect(mainWindowOptions({ width: 800, height: 600 }, '/p.cjs').webPreferences).toEqual(
      secureWebPreferences('/p.cjs'),
    );
  });
});
