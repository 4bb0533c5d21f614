import { describe, expect, it } from 'vitest';
import { accelerator, ariaKeys, displayKeys, matchesKeys, normaliseKeys } from './keyNotation.ts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('key notation', () => {
  it('spells one combination one way whatever the order and case', () => {
    expect(normaliseKeys('Shift-Mod-Z')).toBe(normaliseKeys('Mod-Shift-z'));
    expect(normaliseKeys('Mod-B')).toBe('Mod-b');
    expect(normaliseKeys('Alt-F10')).toBe('Alt-F10');
  });

  it('shows Ctrl elsewhere and the command symbols on macOS', () => {
    expect(displayKeys('Mod-Shift-8', false)).toBe('Ctrl+Shift+8');
    expect(displayKeys('Mod-Alt-m', true)).toBe('⌘⌥M');
    expect(displayKeys('Escape', false)).toBe('Esc');
  });

  it('spells aria-keyshortcuts and Electron accelerators', () => {
    expect(ariaKeys(['Mod-b'], false)).toBe('Control+B');
    expect(ariaKeys(['Escape', 'Alt-F10'], true)).toBe('Escape Alt+F10');
    expect(ariaKeys(['Mod-b'], true)).toBe('Meta+B');
    expect(accelerator('Mod-Shift-s')).toBe('CmdOrCtrl+Shift+S');
  });

  it('matches key presses exactly, Mod being Ctrl or Cmd', () => {
    expect(matchesKeys('Mod-s', press('S', { metaKey: true }))).toBe(true);
    expect(matchesKeys('Mod-s', press('s', { ctrlKey: true }))).toBe(true);
    expect(matchesKeys('Mod-s', press('s', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKeys('Mod-s', press('s'))).toBe(false);
    expect(matchesKeys('F1', press('F1'))).toBe(true);
    expect(matchesKeys('F1', press('F1', { ctrlKey: true }))).toBe(false);
  });
});
