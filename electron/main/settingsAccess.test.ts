import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { readSetting, rendererMayWrite, writeSetting } from './settingsAccess.ts';

// electron-store is conf plus Electron's paths; conf itself runs here, so the tests use the real thing.
const dirs: string[] = [];
function store() {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-settings-'));
  dirs.push(cwd);
  return new Conf<Record<string, unknown>>({ cwd, configName: 'settings', accessPropertiesByDotNotation: false });
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('settings access', () => {
  it('round-trips valid values through the file', () => {
    const s = store();
    writeSetting(s, 'displayName', 'Ana Lima');
    writeSetting(s, 'relays', { 'ws-1': { url: 'wss://relay.example.org', token: 'abc' } });
    const again = new Conf<Record<string, unknown>>({
      cwd: path.dirname(s.path),
      configName: 'settings',
      accessPropertiesByDotNotation: false,
    });
    expect(readSetting(again, 'displayName')).toBe('Ana Lima');
    expect(readSetting(again, 'relays')).toEqual({ 'ws-1': { url: 'wss://relay.example.org', token: 'abc' } });
    expect(readSetting(again, 'colour')).toBeUndefined();
  });

  it('refuses to write invalid values', () => {
    const s = store();
    expect(() => writeSetting(s, 'colour', 'red')).toThrow();
    expect(s.get('colour')).toBeUndefined();
  });

  it('reads a hand-broken value as unset and removes it', () => {
    const s = store();
    s.set('windowBounds', { x: 'left', y: 0, width: 10, height: 10 });
    expect(readSetting(s, 'windowBounds')).toBeUndefined();
    expect(s.has('windowBounds')).toBe(false);
  });

  it('lets the renderer shrink recent files but never add to them or move the window', () => {
    const current = { recentFiles: ['/a.concord', '/b.concord'] };
    expect(rendererMayWrite('recentFiles', [], current)).toBe(true);
    expect(rendererMayWrite('recentFiles', ['/b.concord'], current)).toBe(true);
    expect(rendererMayWrite('recentFiles', ['/b.concord', '/home/ana/.ssh/id_rsa'], current)).toBe(false);
    expect(rendererMayWrite('windowBounds', { x: 0, y: 0, width: 800, height: 600 }, current)).toBe(false);
    expect(rendererMayWrite('displayName', 'Ana', current)).toBe(true);
  });
});
