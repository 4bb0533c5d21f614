import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/host/HostApi.ts';
import type { MenuContext } from './appMenu.ts';
import { buildMenuTemplate } from './appMenu.ts';

function context(overrides: Partial<MenuContext> = {}) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  const ctx: MenuContext = {
    platform: 'linux',
    appName: 'Concord',
    recentFiles: [],
    developer: false,
    send: (command) => void sent.push(command),
    openRecent: (file) => void opened.push(file),
    clearRecent: () => void opened.push('<clear>'),
    ...overrides,
  };
  return { ctx, sent, opened };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const byLabel = (items: MenuItemConstructorOptions[], label: string) => {
  const item = flatten(items).find((entry) => entry.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
};
// The click handlers ignore their arguments; Electron passes (item, window, event).
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('buildMenuTemplate', () => {
  it('has the standard menus in order', () => {
    const { ctx } = context();
    expect(buildMenuTemplate(ctx).map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const mac = buildMenuTemplate({ ...ctx, platform: 'darwin' });
    expect(mac[0]).toMatchObject({ role: 'appMenu' });
    expect(mac.map((item) => item.label)).toEqual(['Concord', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends commands with the usual shortcuts', () => {
    const { ctx, sent } = context();
    const menu = buildMenuTemplate(ctx);
    const expected: [string, string, AppCommand][] = [
      ['New Document', 'CmdOrCtrl+N', 'new-document'],
      ['Open…', 'CmdOrCtrl+O', 'open-file'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'save-file'],
      ['Export…', 'CmdOrCtrl+E', 'export'],
      ['Find…', 'CmdOrCtrl+F', 'find'],
    ];
    for (const [label, accelerator] of expected) {
      const item = byLabel(menu, label);
      expect(item.accelerator).toBe(accelerator);
      click(item);
    }
    expect(sent).toEqual(expected.map(([, , name]) => name));
  });

  it('uses roles for editing so the OS shortcuts work', () => {
    const { ctx } = context();
    const roles = flatten(buildMenuTemplate(ctx)).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    expect(roles).not.toContain('toggleDevTools');
    expect(flatten(buildMenuTemplate({ ...ctx, developer: true })).map((item) => item.role)).toContain(
      'toggleDevTools',
    );
  });

  it('lists recent files and opens or clears them', () => {
    const { ctx, opened } = context({ recentFiles: ['/docs/a.concord', '/docs/R&D/b.concord'] });
    const menu = buildMenuTemplate(ctx);
    click(byLabel(menu, '/docs/R&&D/b.concord'));
    click(byLabel(menu, 'Clear Recent'));
    expect(opened).toEqual(['/docs/R&D/b.concord', '<clear>']);
    expect(byLabel(buildMenuTemplate(context().ctx), 'No Recent Documents').enabled).toBe(false);
  });
});
