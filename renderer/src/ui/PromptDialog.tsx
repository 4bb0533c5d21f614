import { useId, useState } from 'react';
import { Dialog } from './Dialog.tsx';
import { useT } from '../i18n/useT.ts';

interface PromptDialogProps {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  multiline?: boolean;
  /** Returns an error message to show, or null when the value was accepted. */
  onConfirm(value: string): string | null | Promise<string | null>;
  onClose(): void;
  extraActions?: React.ReactNode;
  onClosed?(): void;
  /**
   * Why the person may only read the value (their role, a final document): shown above it, the field
   * is read-only and only Close is offered. Undefined: they may change it.
   */
  readOnlyReason?: string;
}

/** A dialog asking for one value, with its error shown in place. */
export function PromptDialog({
  title,
  label,
  initial,
  confirm,
  multiline,
  onConfirm,
  onClose,
  extraActions,
  onClosed,
  readOnlyReason,
}: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const hint = useId();
  const readOnly = readOnlyReason !== undefined;
  const field = {
    dir: 'auto',
    autoFocus: true,
    value,
    readOnly,
    'aria-describedby': readOnly ? hint : undefined,
    'aria-invalid': error !== null,
  } as const;
  const submit = async () => {
    if (readOnly) return onClose();
    const problem = await onConfirm(value);
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onClosed={onClosed}
      onSubmit={() => void submit()}
      actions={
        readOnly ? (
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <>
            {extraActions}
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary">
              {confirm}
            </button>
          </>
        )
      }
    >
      {readOnly && (
        <p className="field-hint" id={hint}>
          {readOnlyReason}
        </p>
      )}
      <label className="field">
        <span>{label}</span>
        {multiline ? (
          <textarea {...field} rows={4} onChange={(e) => setValue(e.target.value)} />
        ) : (
          <input {...field} onChange={(e) => setValue(e.target.value)} />
        )}
      </label>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
