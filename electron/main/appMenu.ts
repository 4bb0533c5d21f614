import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/host/HostApi.ts';
import type { Translator } from '../../shared/i18n/translator.ts';
import { keysIn, shortcut, type ShortcutId } from '../../shared/shortcuts/shortcuts.ts';
import { accelerator } from '../../shared/shortcuts/keyNotation.ts';

/** What the menu needs from the running app. */
export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly string[];
  /** Shows the developer tools entry (unpackaged builds only). */
  developer: boolean;
  /** The interface language (the `language` setting, else the system's). */
  t: Translator;
  send(command: AppCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

/** The menu's accelerators for a shortcut of the app's one list (`shared/shortcuts`), the one shown first. */
const keysOf = (id: ShortcutId): string[] => keysIn(shortcut(id), 'desktop').map(accelerator);

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/**
 * Windows and Linux read `&` in a label as a mnemonic marker, placed by each catalogue ("&File",
 * "文件(&F)"); macOS has no mnemonics and would show the marker, so it is taken out there.
 */
const label = (ctx: MenuContext, text: string) =>
  ctx.platform === 'darwin' ? text.replace(/\(&[^)]\)/, '').replace(/&(?!&)/, '') : text;
const literal = (ctx: MenuContext, text: string) => (ctx.platform === 'darwin' ? text : text.replaceAll('&', '&&'));

/**
 * A menu item sending a command. A menu item shows one accelerator; each further key of the shortcut
 * (F1 beside Ctrl+/) is a hidden item that sends the same command.
 */
const command = (
  ctx: MenuContext,
  text: string,
  name: AppCommand,
  [shown, ...others]: readonly string[] = [],
): MenuItemConstructorOptions[] => [
  { label: text, ...(shown ? { accelerator: shown } : {}), click: () => ctx.send(name) },
  ...others.map((accelerator) => ({
    label: text,
    accelerator,
    visible: false,
    acceleratorWorksWhenHidden: true,
    click: () => ctx.send(name),
  })),
];

/** A standard item the system carries out (undo, copy, zoom…), labelled in the interface language. */
const role = (role: Role, text: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
  role,
  label: text,
  ...extra,
});

function recentMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const { t } = ctx;
  const items: MenuItemConstructorOptions[] = ctx.recentFiles.map((file) => ({
    label: literal(ctx, file),
    click: () => ctx.openRecent(file),
  }));
  if (items.length === 0) items.push({ label: t('menu.noRecent'), enabled: false });
  items.push(
    { type: 'separator' },
    { label: t('menu.clearRecent'), enabled: ctx.recentFiles.length > 0, click: () => ctx.clearRecent() },
  );
  return { label: t('menu.openRecent'), submenu: items };
}

/**
 * The native menu bar, in the interface language: File (New, Open…, Open Recent, Save As…, Export…),
 * Edit (standard roles plus Find), View, Window, Help, and the application menu on macOS. Items that
 * act on documents send an AppCommand to the renderer, which owns those flows.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const { t } = ctx;
  const mac = ctx.platform === 'darwin';
  const file: MenuItemConstructorOptions[] = [
    ...command(ctx, t('menu.newDocument'), 'new-document', keysOf('newDocument')),
    ...command(ctx, t('menu.open'), 'open-file', keysOf('openFile')),
    recentMenu(ctx),
    { type: 'separator' },
    ...command(ctx, t('menu.saveAs'), 'save-file', keysOf('saveFile')),
    ...command(ctx, t('menu.export'), 'export', keysOf('export')),
    { type: 'separator' },
    ...command(ctx, t('menu.joinRelay'), 'join-relay'),
    { type: 'separator' },
    mac ? role('close', t('menu.closeWindow')) : role('quit', t('menu.quit'), { accelerator: 'Ctrl+Q' }),
  ];
  const edit: MenuItemConstructorOptions[] = [
    role('undo', t('menu.undo')),
    role('redo', t('menu.redo')),
    { type: 'separator' },
    role('cut', t('menu.cut')),
    role('copy', t('menu.copy')),
    role('paste', t('menu.paste')),
    role('pasteAndMatchStyle', t('menu.pasteAndMatchStyle')),
    role('delete', t('menu.delete')),
    role('selectAll', t('menu.selectAll')),
    { type: 'separator' },
    ...command(ctx, t('menu.find'), 'find', keysOf('find')),
  ];
  const view: MenuItemConstructorOptions[] = [
    ...command(ctx, t('menu.library'), 'show-library', keysOf('library')),
    { type: 'separator' },
    role('resetZoom', t('menu.resetZoom')),
    role('zoomIn', t('menu.zoomIn')),
    role('zoomOut', t('menu.zoomOut')),
    { type: 'separator' },
    role('togglefullscreen', t('menu.fullScreen')),
    ...(ctx.developer
      ? [{ type: 'separator' } as const, role('reload', t('menu.reload')), role('toggleDevTools', t('menu.devTools'))]
      : []),
  ];
  const windowMenu: MenuItemConstructorOptions[] = mac
    ? [
        role('minimize', t('menu.minimize')),
        role('zoom', t('menu.zoom')),
        { type: 'separator' },
        role('front', t('menu.front')),
      ]
    : [role('minimize', t('menu.minimize')), role('close', t('menu.closeWindow'))];
  const template: MenuItemConstructorOptions[] = [
    { label: label(ctx, t('menu.file')), submenu: file },
    { label: label(ctx, t('menu.edit')), submenu: edit },
    { label: label(ctx, t('menu.view')), submenu: view },
    { label: label(ctx, t('menu.window')), role: 'windowMenu', submenu: windowMenu },
    {
      label: label(ctx, t('menu.help')),
      role: 'help',
      submenu: [
        ...command(ctx, t('menu.shortcuts'), 'keyboard-shortcuts', keysOf('shortcuts')),
        { type: 'separator' },
        role('about', t('menu.about', { appName: ctx.appName })),
      ],
    },
  ];
  if (mac) template.unshift({ label: ctx.appName, role: 'appMenu' });
  return template;
}
