import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';

interface Props {
  /** Saves the file, encrypted unless `inClear`. */
  onSave(inClear: boolean): void;
  onClose(): void;
}

/**
 * Saving a private document as a `.concord` file: encrypted for the workspace's members unless the
 * person chooses the clear file (docs/private-workspaces.md, Formats: file).
 */
export function SaveFileDialog({ onSave, onClose }: Props) {
  const t = useT();
  const [inClear, setInClear] = useState(false);
  const save = () => {
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
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </>
      }
    >
      <fieldset className="field">
        <label className="toggle">
          <input type="radio" name="file-sealing" checked={!inClear} onChange={() => setInClear(false)} autoFocus />
          {t('file.saveEncrypted')}
        </label>
        <label className="toggle">
          <input type="radio" name="file-sealing" checked={inClear} onChange={() => setInClear(true)} />
          {t('file.saveInClear')}
        </label>
      </fieldset>
    </Dialog>
  );
}
