import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { trapTab } from './trapTab.ts';

interface DialogProps {
  title: string;
  children: ReactNode;
  onClose(): void;
  /** Called when the form is submitted (Enter or the primary button). */
  onSubmit?(): void;
  actions: ReactNode;
  /**
   * Runs as the dialog closes when it was opened from the text (or what opened it is gone): puts
   * the caret back. Otherwise focus returns to what had it when the dialog opened.
   */
  onClosed?(): void;
}

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes, the title names it,
 * and focus goes back where it was when it closes.
 */
export function Dialog({ title, children, onClose, onSubmit, actions, onClosed }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closed = useRef(onClosed);
  closed.current = onClosed;
  // Read while rendering, before a field inside takes focus (autoFocus) as the dialog mounts.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      const back = opener?.isConnected && opener !== document.body ? opener : null;
      if (closed.current && (!back || back.isContentEditable)) closed.current();
      else back?.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onCancel={(e) => (e.preventDefault(), onClose())}
      className="dialog"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  );
}
