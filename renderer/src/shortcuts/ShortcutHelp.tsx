import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useHost } from '../app/hostContext.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';

const OpenShortcuts = createContext<() => void>(() => undefined);

/**
 * The keyboard shortcut help, anywhere in the app: Ctrl/Cmd+/ or F1 (the menu's command on the
 * desktop), or a button that calls `useOpenShortcuts()`.
 */
export function ShortcutHelp({ children }: { children: ReactNode }) {
  const host = useHost();
  const [open, setOpen] = useState(false);
  useEffect(() => host.onCommand((command) => command === 'keyboard-shortcuts' && setOpen(true)), [host]);
  return (
    <OpenShortcuts.Provider value={() => setOpen(true)}>
      {children}
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </OpenShortcuts.Provider>
  );
}

/** Opens the keyboard shortcut help. */
export function useOpenShortcuts(): () => void {
  return useContext(OpenShortcuts);
}
