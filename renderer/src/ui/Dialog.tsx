import { useEffect, useId, useRef, type ReactNode } from 'react';
import { trapTab } from './trapTab.ts';

interface DialogProps {
  title: string;
  children: ReactNode;
  onClose(): void;
  /** Called when the form is submitted (Enter or the primary button). */
  onSubmit?(): void;
  actions: ReactNode;
  /** Runs as the dialog closes, in the same task: hand focus back to where the user was working. */
  onClosed?(): void;
}

/** A modal dialog on the native <dialog> element: focus is trapped, Escape closes, the title names it. */
export function Dialog({ title, children, onClose, onSubmit, actions, onClosed }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closed = useRef(onClosed);
  closed.current = onClosed;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      closed.current?.();
    };
  }, []);
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
