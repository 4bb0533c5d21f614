import { afterEach, describe, expect, it } from 'vitest';
import { createWebHost } from './webHost.ts';
import { webShortcuts } from './webShortcuts.ts';
import type { AppCommand } from '../../../shared/host/HostApi.ts';

afterEach(() => {
  for (const key of ['displayName', 'colour', 'speakingPaceWpm']) localStorage.removeItem(`concord.setting.${key}`);
});

describe('web host settings', () => {
  it('stores settings in localStorage, validated', async () => {
    const host = createWebHost();
    expect(await host.getSetting('displayName')).toBeUndefined();
    await host.setSetting('displayName', 'Amina');
    expect(await createWebHost().getSetting('displayName')).toBe('Amina');
    await expect(host.setSetting('colour', 'red')).rejects.toThrow();
  });

  it('treats a damaged or invalid stored setting as unset', async () => {
    localStorage.setItem('concord.setting.displayName', '{oops');
    localStorage.setItem('concord.setting.colour', JSON.stringify('not a colour'));
    const host = createWebHost();
    expect(await host.getSetting('displayName')).toBeUndefined();
    expect(await host.getSetting('colour')).toBeUndefined();
  });

  it('refuses to open links other than http, https and mailto', async () => {
    await expect(createWebHost().openExternal('javascript:alert(1)')).rejects.toThrow(/Only http, https and mailto/);
  });
});

describe('web shortcuts', () => {
  it('sends the menu commands for Ctrl/Cmd+S, O, E, / and F1, and nothing for other keys', () => {
    const heard: AppCommand[] = [];
    const stop = webShortcuts((c) => heard.push(c));
    const press = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { cancelable: true, ...init });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press({ key: 's', ctrlKey: true })).toBe(true);
    expect(press({ key: 'O', metaKey: true })).toBe(true);
    expect(press({ key: 's', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(press({ key: 'b', ctrlKey: true })).toBe(false);
    expect(press({ key: 'e', ctrlKey: true })).toBe(true);
    expect(press({ key: '/', ctrlKey: true })).toBe(true);
    expect(press({ key: 'F1' })).toBe(true);
    expect(press({ key: 'F1', altKey: true })).toBe(false);
    stop();
    press({ key: 's', ctrlKey: true });
    expect(heard).toEqual(['save-file', 'open-file', 'export', 'keyboard-shortcuts', 'keyboard-shortcuts']);
  });
});
