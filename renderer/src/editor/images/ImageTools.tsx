import { useRef } from 'react';
import './images.css';
import { useEditorState } from '@tiptap/react';
import { useT } from '../../i18n/useT.ts';
import { useDocument } from '../../document/DocumentContext.ts';
import { IMAGE_MIME } from '../../../../shared/images/imageFormat.ts';
import type { ImageAlign } from '../../../../shared/schema/image.ts';
import { addCaption, selectedImage, updateImage } from './imageCommands.ts';
import { useRovingToolbar } from '../../ui/rovingToolbar.ts';
import { useDocumentGate } from '../../document/useDocumentGate.ts';
import { Tool } from '../Tool.tsx';

/** Glyphs that are the same in every language. */
const GLYPH = { image: '🖼', start: '⇤', center: '↔', end: '⇥', smaller: '−', larger: '+' } as const;
const ACCEPT = Object.values(IMAGE_MIME).join(',');
const STEP = 10;

/**
 * The image tools: insert an image from a file, add a caption to the selected image or table,
 * refer to a captioned figure or table; with an image selected, its alignment, size and alt text.
 */
export function ImageTools() {
  const t = useT();
  const { editor, openDialog, images } = useDocument();
  // The same rule as the formatting toolbar: a commenter's image is a suggestion; viewers and final documents change nothing.
  const reason = useDocumentGate()('suggest').reason;
  const input = useRef<HTMLInputElement>(null);
  const roving = useRovingToolbar(() => editor.commands.focus());
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ image: selectedImage(e), table: e.isActive('table') }),
  });
  const image = state.image;
  const tool = (
    label: string,
    glyph: string,
    onClick: () => void,
    opts: { pressed?: boolean; disabled?: boolean } = {},
  ) => (
    <Tool label={label} pressed={opts.pressed} disabled={opts.disabled} reason={reason} onClick={onClick}>
      {glyph}
    </Tool>
  );
  const align = (value: ImageAlign, label: string) =>
    image &&
    tool(label, GLYPH[value], () => updateImage(editor, image.pos, { align: value }), {
      pressed: image.attrs.align === value,
    });
  return (
    <div role="toolbar" aria-label={t('image.tools')} className="toolbar image-tools" {...roving}>
      {tool(t('image.insert'), GLYPH.image, () => input.current?.click())}
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label={t('image.fileLabel')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void images.insertFiles(files, null);
        }}
      />
      {tool(
        t(state.table && !image ? 'caption.addTable' : 'caption.add'),
        t('caption.short'),
        () => addCaption(editor),
        {
          disabled: !image && !state.table,
        },
      )}
      {tool(t('crossRef.insert'), t('crossRef.short'), () => openDialog({ kind: 'crossRef' }))}
      {image && (
        <span role="group" aria-label={t('image.tools')} className="table-tools">
          {align('start', t('image.alignStart'))}
          {align('center', t('image.alignCenter'))}
          {align('end', t('image.alignEnd'))}
          {tool(t('image.smaller'), GLYPH.smaller, () =>
            updateImage(editor, image.pos, { size: image.attrs.size - STEP }),
          )}
          {tool(t('image.larger'), GLYPH.larger, () =>
            updateImage(editor, image.pos, { size: image.attrs.size + STEP }),
          )}
          {tool(t('image.altEdit'), t('image.altShort'), () => openDialog({ kind: 'imageAlt', pos: image.pos }))}
        </span>
      )}
    </div>
  );
}
