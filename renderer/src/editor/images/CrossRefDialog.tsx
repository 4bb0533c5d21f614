import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { Dialog } from '../../ui/Dialog.tsx';
import { useT } from '../../i18n/useT.ts';
import { listCaptions } from '../../../../shared/schema/captionNumbers.ts';
import { insertCrossRef } from './imageCommands.ts';
import { captionLabelsOf } from './captionLabelSet.ts';
import { editorLanguage } from '../blockDirection.ts';

/** Picks a captioned figure or table and inserts a cross-reference to it at the cursor. */
export function CrossRefDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const t = useT();
  const [captions] = useState(() =>
    listCaptions(editor.state.doc, captionLabelsOf(editorLanguage(editor.state))).filter((c) => c.id !== null),
  );
  const [target, setTarget] = useState(captions[0]?.id ?? '');
  return (
    <Dialog
      title={t('crossRef.title')}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      onSubmit={() => {
        if (target) insertCrossRef(editor, target);
        onClose();
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {captions.length > 0 && (
            <button type="submit" className="primary">
              {t('image.insertConfirm')}
            </button>
          )}
        </>
      }
    >
      {captions.length === 0 ? (
        <p>{t('crossRef.none')}</p>
      ) : (
        <label className="field">
          <span>{t('crossRef.choose')}</span>
          <select autoFocus value={target} onChange={(e) => setTarget(e.target.value)}>
            {captions.map((c) => (
              <option key={c.id} value={c.id!}>
                {t('crossRef.option', { label: c.label, text: c.text })}
              </option>
            ))}
          </select>
        </label>
      )}
    </Dialog>
  );
}
