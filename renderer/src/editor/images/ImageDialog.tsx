import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { Dialog } from '../../ui/Dialog.tsx';
import { useT } from '../../i18n/useT.ts';
import type { LocalBlobStore } from '../../images/localBlobStore.ts';
import { MAX_ALT_CHARS } from '../../../../shared/schema/image.ts';
import { imageContent, insertImages, type ImageRef } from './imageCommands.ts';

interface ImageDialogProps {
  editor: Editor;
  blobs: LocalBlobStore;
  image: ImageRef;
  /** Where to insert (null: at the selection). */
  pos: number | null;
  onClose(): void;
}

/** Asks for a new image's alt text and an optional caption, showing the image, then inserts it. */
export function ImageDialog({ editor, blobs, image, pos, onClose }: ImageDialogProps) {
  const t = useT();
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => void blobs.objectUrl(image.hash).then(setPreview), [blobs, image.hash]);
  return (
    <Dialog
      title={t('image.describeTitle')}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      onSubmit={() => {
        insertImages(editor, pos, imageContent(image, alt, caption));
        onClose();
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('image.insertConfirm')}
          </button>
        </>
      }
    >
      {preview && <img className="image-preview" src={preview} alt="" />}
      <label className="field">
        <span>{t('image.altLabel')}</span>
        <textarea
          autoFocus
          rows={3}
          dir="auto"
          maxLength={MAX_ALT_CHARS}
          value={alt}
          onChange={(e) => setAlt(e.target.value)}
        />
      </label>
      <p className="field-hint">{t('image.altHint')}</p>
      <label className="field">
        <span>{t('image.captionLabel')}</span>
        <input dir="auto" value={caption} onChange={(e) => setCaption(e.target.value)} />
      </label>
    </Dialog>
  );
}
