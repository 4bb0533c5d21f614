import type { Editor, JSONContent } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { imageAttrs, type ImageAttrs } from '../../../../shared/schema/image.ts';
import type { CaptionKind } from '../../../../shared/schema/caption.ts';
import { newId } from '../../../../shared/ids.ts';

/** What an inserted image refers to: its blob and pixel size. */
export interface ImageRef {
  hash: string;
  type: ImageAttrs['type'];
  width: number;
  height: number;
}

/** The text column's width in CSS pixels at print size (A4 less margins): a smaller image is shown at its own size. */
const COLUMN_PX = 605;

/** The shown size of a new image: its own width when it fits the column, else the column's. */
export function defaultSize(width: number): number {
  return imageAttrs({ size: (width / COLUMN_PX) * 100 }).size;
}

/** The image node (and its figure caption, when there is text for one) for an image. */
export function imageContent(image: ImageRef, alt: string, caption = ''): JSONContent[] {
  const attrs = imageAttrs({ ...image, blob: image.hash, size: defaultSize(image.width), alt: alt.trim() });
  const nodes: JSONContent[] = [{ type: 'image', attrs }];
  const text = caption.replace(/\s+/g, ' ').trim();
  if (text) nodes.push(captionContent('figure', text));
  return nodes;
}

function captionContent(kind: CaptionKind, text: string): JSONContent {
  return { type: 'caption', attrs: { id: newId(), kind }, content: text ? [{ type: 'text', text }] : [] };
}

/** Inserts images at `pos` (the selection when null). */
export function insertImages(editor: Editor, pos: number | null, content: JSONContent[]): void {
  const chain = editor.chain().focus();
  (pos === null ? chain.insertContent(content) : chain.insertContentAt(pos, content)).run();
}

/** The selected image and its position, or null. */
export function selectedImage(editor: Editor): { pos: number; attrs: ImageAttrs } | null {
  const sel = editor.state.selection;
  if (!(sel instanceof NodeSelection) || sel.node.type.name !== 'image') return null;
  return { pos: sel.from, attrs: imageAttrs(sel.node.attrs) };
}

/** Changes attributes of the image at `pos`, keeping it selected. */
export function updateImage(editor: Editor, pos: number, change: Partial<ImageAttrs>): void {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'image') return;
  const attrs = imageAttrs({ ...node.attrs, ...change });
  const tr = editor.state.tr.setNodeMarkup(pos, undefined, attrs);
  editor.view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)));
  editor.view.focus();
}

/**
 * Adds an empty caption where it belongs and puts the cursor in it: after the selected image (a
 * figure), or before the table the cursor is in. False when neither is selected.
 */
export function addCaption(editor: Editor): boolean {
  const image = selectedImage(editor);
  const { $from } = editor.state.selection;
  let at: number | null = null;
  let kind: CaptionKind = 'figure';
  if (image) at = image.pos + editor.state.doc.nodeAt(image.pos)!.nodeSize;
  else
    for (let depth = $from.depth; depth > 0; depth--)
      if ($from.node(depth).type.name === 'table') {
        at = $from.before(depth);
        kind = 'table';
        break;
      }
  if (at === null) return false;
  return editor
    .chain()
    .focus()
    .insertContentAt(at, captionContent(kind, ''))
    .setTextSelection(at + 1)
    .run();
}

/** Inserts a cross-reference to the caption `id` at the cursor. */
export function insertCrossRef(editor: Editor, id: string): void {
  editor
    .chain()
    .focus()
    .insertContent([
      { type: 'crossRef', attrs: { target: id } },
      { type: 'text', text: ' ' },
    ])
    .run();
}
