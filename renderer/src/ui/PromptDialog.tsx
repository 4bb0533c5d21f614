import { useState } from 'react';
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
}: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const submit = async () => {
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
        <>
          {extraActions}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {confirm}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{label}</span>
        {multiline ? (
          <textarea
            dir="auto"
            autoFocus
            rows={4}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error !== null}
          />
        ) : (
          <input
            dir="auto"
            autoFocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error !== null}
          />
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
