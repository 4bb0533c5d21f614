import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import type { ShortcutId } from '../../../shared/shortcuts/shortcuts.ts';
import { useShortcut } from '../shortcuts/useShortcut.ts';

interface ToolProps {
  /** The action's name, read by screen readers and shown as the tooltip. */
  label: string;
  /** Its shortcut in the app's list (`shared/shortcuts`): shown in the tooltip, announced (`aria-keyshortcuts`). */
  shortcut?: ShortcutId;
  pressed?: boolean;
  disabled?: boolean;
  /**
   * Why the person may not use it now (their role, a final document: `useGate`): disables it, and the
   * tooltip (its accessible description) says why instead of naming the shortcut.
   */
  reason?: string;
  /** Whether the glyph points a way (undo, redo): it is mirrored in a right-to-left interface. */
  directional?: boolean;
  onClick(): void;
  children: ReactNode;
}

/**
 * A toolbar button: a glyph, named by its action, with a tooltip naming the shortcut (or why it is not
 * available); keeps the editor's focus.
 */
export function Tool({ label, shortcut, pressed, disabled, reason, directional, onClick, children }: ToolProps) {
  const t = useT();
  const keys = useShortcut(shortcut ?? 'bold');
  const title =
    reason !== undefined
      ? t('toolbar.withReason', { label, reason })
      : shortcut
        ? t('toolbar.withShortcut', { label, shortcut: keys.shown.join(' / ') })
        : label;
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? keys.aria : undefined}
      disabled={disabled || reason !== undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true" className={directional ? 'mirror-in-rtl' : undefined}>
        {children}
      </span>
    </button>
  );
}
