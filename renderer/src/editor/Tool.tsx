import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

interface ToolProps {
  /** The action's name, read by screen readers and shown as the tooltip. */
  label: string;
  /** As written in the tooltip, "Ctrl+B"; also announced (`aria-keyshortcuts`). */
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Whether the glyph points a way (undo, redo): it is mirrored in a right-to-left interface. */
  directional?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** A toolbar button: a glyph, named by its action, with a tooltip naming the shortcut; keeps the editor's focus. */
export function Tool({ label, shortcut, pressed, disabled, directional, onClick, children }: ToolProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={shortcut ? t('toolbar.withShortcut', { label, shortcut }) : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true" className={directional ? 'mirror-in-rtl' : undefined}>
        {children}
      </span>
    </button>
  );
}
