/**
 * Every keyboard shortcut of the app, in one list: the editor's extensions bind the `editor` ones
 * (`renderer/src/shortcuts/editorBindings.test.ts` checks that the editor binds exactly these), the browser host and
 * the desktop menu bind the `window` ones from here, and the shortcut help panel lists them all.
 * Keys use ProseMirror's notation: `Mod` is Ctrl, or Cmd on macOS; alternatives are listed in order.
 */
import type { AppCommand } from '../host/HostApi.ts';

export type ShortcutGroup = 'format' | 'edit' | 'review' | 'move' | 'app';

/** Where a shortcut is bound: by the editor (while the text has focus), a toolbar, a review panel, or the whole window. */
export type ShortcutScope = 'editor' | 'toolbar' | 'panel' | 'window';

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  scope: ShortcutScope;
  /** The keys in the browser (and, unless `desktop` says otherwise, on the desktop). */
  keys: readonly string[];
  /** The desktop menu's accelerators, where they differ from `keys` (null: a browser keeps that key). */
  desktop?: readonly string[];
  /** A command of the native menu (`AppCommand`) this shortcut sends. */
  command?: AppCommand;
}

export const SHORTCUTS = [
  { id: 'bold', group: 'format', scope: 'editor', keys: ['Mod-b'] },
  { id: 'italic', group: 'format', scope: 'editor', keys: ['Mod-i'] },
  { id: 'underline', group: 'format', scope: 'editor', keys: ['Mod-u'] },
  { id: 'strike', group: 'format', scope: 'editor', keys: ['Mod-Shift-s'] },
  { id: 'heading1', group: 'format', scope: 'editor', keys: ['Mod-Alt-1'] },
  { id: 'heading2', group: 'format', scope: 'editor', keys: ['Mod-Alt-2'] },
  { id: 'heading3', group: 'format', scope: 'editor', keys: ['Mod-Alt-3'] },
  { id: 'paragraph', group: 'format', scope: 'editor', keys: ['Mod-Alt-0'] },
  { id: 'bulletList', group: 'format', scope: 'editor', keys: ['Mod-Shift-8'] },
  { id: 'numberedList', group: 'format', scope: 'editor', keys: ['Mod-Shift-7'] },
  { id: 'blockquote', group: 'format', scope: 'editor', keys: ['Mod-Shift-b'] },
  { id: 'link', group: 'format', scope: 'editor', keys: ['Mod-k'] },
  { id: 'undo', group: 'edit', scope: 'editor', keys: ['Mod-z'] },
  { id: 'redo', group: 'edit', scope: 'editor', keys: ['Mod-Shift-z', 'Mod-y'] },
  { id: 'lineBreak', group: 'edit', scope: 'editor', keys: ['Shift-Enter', 'Mod-Enter'] },
  { id: 'indent', group: 'edit', scope: 'editor', keys: ['Tab'] },
  { id: 'outdent', group: 'edit', scope: 'editor', keys: ['Shift-Tab'] },
  { id: 'comment', group: 'review', scope: 'editor', keys: ['Mod-Alt-m'] },
  { id: 'suggest', group: 'review', scope: 'editor', keys: ['Mod-Shift-e'] },
  { id: 'toToolbar', group: 'move', scope: 'editor', keys: ['Escape', 'Alt-F10'] },
  { id: 'toText', group: 'move', scope: 'toolbar', keys: ['Escape'] },
  { id: 'fromPanel', group: 'move', scope: 'panel', keys: ['Escape'] },
  { id: 'withinToolbar', group: 'move', scope: 'toolbar', keys: ['ArrowRight', 'ArrowLeft', 'Home', 'End'] },
  // The same key in both shells: Ctrl+Shift+S, the usual Save As, is strike through in the text.
  { id: 'saveFile', group: 'app', scope: 'window', keys: ['Mod-s'], command: 'save-file' },
  { id: 'openFile', group: 'app', scope: 'window', keys: ['Mod-o'], command: 'open-file' },
  { id: 'export', group: 'app', scope: 'window', keys: ['Mod-e'], command: 'export' },
  { id: 'shortcuts', group: 'app', scope: 'window', keys: ['Mod-/', 'F1'], command: 'keyboard-shortcuts' },
  // The desktop menu's own: a browser keeps these keys (new window, address bar, find in page).
  { id: 'newDocument', group: 'app', scope: 'window', keys: [], desktop: ['Mod-n'], command: 'new-document' },
  { id: 'library', group: 'app', scope: 'window', keys: [], desktop: ['Mod-Shift-l'], command: 'show-library' },
  { id: 'find', group: 'app', scope: 'window', keys: [], desktop: ['Mod-f'], command: 'find' },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** The shortcut with this id. */
export function shortcut(id: ShortcutId): Shortcut {
  const found: Shortcut | undefined = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`unknown shortcut ${id}`);
  return found;
}

/** The keys of a shortcut in this shell. */
export function keysIn(s: Shortcut, shell: 'desktop' | 'web'): readonly string[] {
  return shell === 'desktop' && s.desktop ? s.desktop : s.keys;
}

/**
 * Keys the editor binds that are the platform's own editing keys (typing, deleting, selecting all),
 * not shortcuts of Concord: the help panel leaves them out.
 */
export const EDITING_KEYS: readonly string[] = [
  'Enter',
  'Backspace',
  'Shift-Backspace',
  'Mod-Backspace',
  'Delete',
  'Mod-Delete',
  'Mod-a',
];
