import { shortcut, type ShortcutId } from '../../../shared/shortcuts/shortcuts.ts';

/** A Tiptap keyboard-shortcut map binding every key of one shortcut of the app's list to `run`. */
export function bindKeys(id: ShortcutId, run: () => boolean): Record<string, () => boolean> {
  return Object.fromEntries(shortcut(id).keys.map((keys) => [keys, run]));
}
