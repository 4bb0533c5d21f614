import type { Editor } from '@tiptap/core';
import { PromptDialog } from '../../ui/PromptDialog.tsx';
import { useT } from '../../i18n/useT.ts';
import { imageAttrs, MAX_ALT_CHARS } from '../../../../shared/schema/image.ts';
import { updateImage } from './imageCommands.ts';

/** Edits the alt text of the image at `pos`. */
export function ImageAltDialog({ editor, pos, onClose }: { editor: Editor; pos: number; onClose(): void }) {
  const t = useT();
  const node = editor.state.doc.nodeAt(pos);
  return (
    <PromptDialog
      title={t('image.altTitle')}
      label={t('image.altLabel')}
      multiline
      initial={node?.type.name === 'image' ? imageAttrs(node.attrs).alt : ''}
      confirm={t('common.save')}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      onConfirm={(value) => {
        updateImage(editor, pos, { alt: value.replace(/\s+/g, ' ').trim().slice(0, MAX_ALT_CHARS) });
        return null;
      }}
    />
  );
}
