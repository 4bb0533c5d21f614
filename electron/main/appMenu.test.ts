import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/host/HostApi.ts';
import type { MenuContext } from './appMenu.ts';
import { buildMenuTemplate } from './appMenu.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { loadCatalogue } from '../../shared/i18n/catalogue.ts';
import { en } from '../../shared/i18n/catalogues/en.ts';

function context(overrides: Partial<MenuContext> = {}) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  const ctx: MenuContext = {
    platform: 'linux',
    appName: 'Concord',
    recentFiles: [],
    developer: false,
    t: createTranslator('en', en),
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
      ['Save As…', 'CmdOrCtrl+S', 'save-file'],
      ['Export…', 'CmdOrCtrl+E', 'export'],
      ['Find…', 'CmdOrCtrl+F', 'find'],
      ['Keyboard shortcuts', 'CmdOrCtrl+/', 'keyboard-shortcuts'],
    ];
    for (const [label, accelerator] of expected) {
      const item = byLabel(menu, label);
      expect(item.accelerator).toBe(accelerator);
      click(item);
    }
    expect(sent).toEqual(expected.map(([, , name]) => name));
  });

  it('binds a shortcut’s further keys in hidden items: F1 opens the keyboard shortcuts too', () => {
    const { ctx, sent } = context();
    const items = flatten(buildMenuTemplate(ctx)).filter((item) => item.label === 'Keyboard shortcuts');
    expect(items.map((item) => [item.accelerator, item.visible ?? true])).toEqual([
      ['CmdOrCtrl+/', true],
      ['F1', false],
    ]);
    click(items[1]!);
    expect(sent).toEqual(['keyboard-shortcuts']);
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

  it('speaks the interface language: French labels, with the mnemonics the French catalogue places', async () => {
    const { ctx, sent } = context({ t: createTranslator('fr', await loadCatalogue('fr')) });
    const menu = buildMenuTemplate(ctx);
    expect(menu.map((item) => item.label)).toEqual(['&Fichier', '&Édition', '&Affichage', 'Fe&nêtre', 'Ai&de']);
    click(byLabel(menu, 'Nouveau document'));
    click(byLabel(menu, 'Exporter…'));
    expect(sent).toEqual(['new-document', 'export']);
    // Standard items carry their role (the system does the work) under a French label.
    expect(byLabel(menu, 'Copier').role).toBe('copy');
    expect(byLabel(menu, 'Tout sélectionner').role).toBe('selectAll');
    expect(byLabel(menu, 'Aucun document récent').enabled).toBe(false);
    expect(byLabel(menu, 'À propos de Concord').role).toBe('about');
    // No label is left in English.
    const english = flatten(buildMenuTemplate(context().ctx)).map((item) => item.label);
    const french = flatten(menu).map((item) => item.label);
    expect(french.filter((text) => text && english.includes(text) && text !== 'Concord')).toEqual([]);
  });

  it('takes the mnemonic marker out on macOS, wherever the language puts it', async () => {
    const { ctx } = context({ platform: 'darwin', t: createTranslator('zh', await loadCatalogue('zh')) });
    expect(buildMenuTemplate(ctx).map((item) => item.label)).toEqual([
      'Concord',
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
    const linux = buildMenuTemplate({ ...ctx, platform: 'linux' });
    expect(linux.map((item) => item.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
  });
});
