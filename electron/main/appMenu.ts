import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/host/HostApi.ts';

/** What the menu needs from the running app. */
export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly string[];
  /** Shows the developer tools entry (unpackaged builds only). */
  developer: boolean;
  send(command: AppCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

const command = (
  ctx: MenuContext,
  label: string,
  name: AppCommand,
  accelerator?: string,
): MenuItemConstructorOptions => ({
  label,
  ...(accelerator ? { accelerator } : {}),
  click: () => ctx.send(name),
});

/** Windows and Linux read `&` in a label as a mnemonic marker; macOS shows it as is. */
const mnemonic = (ctx: MenuContext, label: string) => (ctx.platform === 'darwin' ? label : `&${label}`);
const literal = (ctx: MenuContext, text: string) => (ctx.platform === 'darwin' ? text : text.replaceAll('&', '&&'));

function recentMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = ctx.recentFiles.map((file) => ({
    label: literal(ctx, file),
    click: () => ctx.openRecent(file),
  }));
  if (items.length === 0) items.push({ label: 'No Recent Documents', enabled: false });
  items.push(
    { type: 'separator' },
    { label: 'Clear Recent', enabled: ctx.recentFiles.length > 0, click: () => ctx.clearRecent() },
  );
  return { label: 'Open Recent', submenu: items };
}

/**
 * The native menu bar: File (New, Open…, Open Recent, Save As…, Export…), Edit (standard roles plus
 * Find), View, Window, Help, and the application menu on macOS. Items that act on documents send an
 * AppCommand to the renderer, which owns those flows.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const file: MenuItemConstructorOptions[] = [
    command(ctx, 'New Document', 'new-document', 'CmdOrCtrl+N'),
    command(ctx, 'Open…', 'open-file', 'CmdOrCtrl+O'),
    recentMenu(ctx),
    { type: 'separator' },
    command(ctx, 'Save As…', 'save-file', 'CmdOrCtrl+Shift+S'),
    command(ctx, 'Export…', 'export', 'CmdOrCtrl+E'),
    { type: 'separator' },
    command(ctx, 'Join a Relay…', 'join-relay'),
    { type: 'separator' },
    mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
  ];
  const edit: MenuItemConstructorOptions[] = [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'delete' },
    { role: 'selectAll' },
    { type: 'separator' },
    command(ctx, 'Find…', 'find', 'CmdOrCtrl+F'),
  ];
  const view: MenuItemConstructorOptions[] = [
    command(ctx, 'Library', 'show-library', 'CmdOrCtrl+Shift+L'),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(ctx.developer
      ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
      : []),
  ];
  const windowMenu: MenuItemConstructorOptions[] = mac
    ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
    : [{ role: 'minimize' }, { role: 'close' }];
  const template: MenuItemConstructorOptions[] = [
    { label: mnemonic(ctx, 'File'), submenu: file },
    { label: mnemonic(ctx, 'Edit'), submenu: edit },
    { label: mnemonic(ctx, 'View'), submenu: view },
    { label: mnemonic(ctx, 'Window'), role: 'windowMenu', submenu: windowMenu },
    { label: mnemonic(ctx, 'Help'), role: 'help', submenu: [{ label: `About ${ctx.appName}`, role: 'about' }] },
  ];
  if (mac) template.unshift({ label: ctx.appName, role: 'appMenu' });
  return template;
}
