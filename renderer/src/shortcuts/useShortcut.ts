import { useContext } from 'react';
import { HostContext } from '../app/hostContext.ts';
import { keysIn, shortcut, type ShortcutId } from '../../../shared/shortcuts/shortcuts.ts';
import { ariaKeys, displayKeys } from '../../../shared/shortcuts/keyNotation.ts';
import { isMac } from './platform.ts';

export interface ShortcutText {
  /** Each way to press it, as people read it ("Ctrl+B", "⌘B"). */
  shown: string[];
  /** For `aria-keyshortcuts`. */
  aria: string;
}

/** How a shortcut of the app's list is pressed here (this shell, this platform). */
export function useShortcut(id: ShortcutId): ShortcutText {
  const shell = useContext(HostContext)?.kind ?? 'web';
  const mac = isMac();
  const keys = keysIn(shortcut(id), shell);
  return { shown: keys.map((k) => displayKeys(k, mac)), aria: ariaKeys(keys, mac) };
}
