import type { AppCommand } from '../../../shared/host/HostApi.ts';
import { SHORTCUTS } from '../../../shared/shortcuts/shortcuts.ts';
import { matchesKeys } from '../../../shared/shortcuts/keyNotation.ts';

/**
 * In a browser there is no native menu: the window's shortcuts of `shared/shortcuts` (Ctrl/Cmd+S,
 * Ctrl/Cmd+O, Ctrl/Cmd+E, Ctrl/Cmd+/ or F1) send the same commands the menu would.
 */
export function webShortcuts(callback: (command: AppCommand) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const found = SHORTCUTS.find(
      (s) => s.scope === 'window' && 'command' in s && s.keys.some((k) => matchesKeys(k, e)),
    );
    if (!found || !('command' in found)) return;
    e.preventDefault();
    callback(found.command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
