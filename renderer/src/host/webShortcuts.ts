import type { AppCommand } from '../../../shared/host/HostApi.ts';

const KEYS: Record<string, AppCommand> = { s: 'save-file', o: 'open-file' };

/** In a browser there is no native menu: the menu's shortcuts (Ctrl/Cmd+S, Ctrl/Cmd+O) send the same commands. */
export function webShortcuts(callback: (command: AppCommand) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
    const command = KEYS[e.key.toLowerCase()];
    if (!command) return;
    e.preventDefault();
    callback(command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
