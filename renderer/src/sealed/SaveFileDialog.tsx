import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';

interface Props {
  /** The workspace's keys are on this computer, so the file can be encrypted. */
  canSeal: boolean;
  /** Saves the file, encrypted unless `inClear`. */
  onSave(inClear: boolean): void;
  onClose(): void;
}

/**
 * Saving a private document as a `.concord` file: encrypted for the workspace's members unless the
 * person chooses the clear file (docs/private-workspaces.md, Formats: file). Without the keys only
 * the clear file is possible, and nothing is chosen for the person: Save waits for that choice.
 */
export function SaveFileDialog({ canSeal, onSave, onClose }: Props) {
  const t = useT();
  const [inClear, setInClear] = useState<boolean | null>(canSeal ? false : null);
  const save = () => {
    if (inClear === null) return;
    onClose();
    onSave(inClear);
  };
  return (
    <Dialog
      title={t('file.saveCopyTitle')}
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={inClear === null}>
            {t('common.save')}
          </button>
        </>
      }
    >
      {!canSeal && <p className="hint">{t('file.keyMissingToSeal')}</p>}
      <fieldset className="field">
        <label className="toggle">
          <input
            type="radio"
            name="file-sealing"
            checked={inClear === false}
            disabled={!canSeal}
            onChange={() => setInClear(false)}
            autoFocus={canSeal}
          />
          {t('file.saveEncrypted')}
        </label>
        <label className="toggle">
          <input
            type="radio"
            name="file-sealing"
            checked={inClear === true}
            onChange={() => setInClear(true)}
            autoFocus={!canSeal}
          />
          {t('file.saveInClear')}
        </label>
      </fieldset>
    </Dialog>
  );
}
