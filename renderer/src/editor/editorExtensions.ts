import type * as Y from 'yjs';
import type { AnyExtension } from '@tiptap/core';
import { documentExtensions, BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { FootnoteEditing } from './footnoteView.ts';
import { StableNodeViews } from './stableNodeViews.ts';
import { ReactSelectionGuard } from './reactSelectionGuard.ts';
import { EditorShortcuts } from './editorShortcuts.ts';
import { FreshSelection } from './freshSelection.ts';
import { LaidOutSelection } from './laidOutSelection.ts';
import { BlockDirection } from './blockDirection.ts';
import type { Translate } from '../i18n/useT.ts';
import { IncrementalCollaboration } from './collaboration.ts';
import { EmptyBlockPlaceholder } from './placeholder.ts';
import { ImageEditing } from './images/imageView.ts';
import { CaptionLabels } from './images/captionLabels.ts';
import { ImageInput } from './images/imageInput.ts';
import type { ImageServices } from './images/imageServices.ts';
import type { ImageInsertion } from './images/imageInsertion.ts';

export interface EditorHooks {
  onEditFootnote(pos: number): void;
  onLink(): void;
  /** Images: showing them (null: placeholders only) and bringing them in by paste or drop. */
  images?: { services: ImageServices; insertion: ImageInsertion };
  /** The interface language, for what the editor itself shows (placeholders, footnote labels). */
  t: Translate;
}

/**
 * The editor's extensions: the shared document schema, with interactive parts swapped in, bound to
 * the document's Y.Doc from the first keystroke by the incremental binding (Collaboration brings Yjs
 * undo: Ctrl/Cmd+Z, Shift+Z, Y).
 */
export function editorExtensions(doc: Y.Doc, hooks: EditorHooks, extra: AnyExtension[] = []): AnyExtension[] {
  const images = hooks.images;
  const schema = documentExtensions().map((ext) => {
    if (ext.name === 'footnote') return FootnoteEditing.configure({ onEdit: hooks.onEditFootnote, t: hooks.t });
    if (ext.name === 'image') return ImageEditing.configure({ services: images?.services ?? null });
    return ext;
  });
  return [
    ...schema,
    IncrementalCollaboration.configure({ document: doc, field: BODY_FIELD }),
    EmptyBlockPlaceholder.configure({ t: hooks.t }),
    StableNodeViews,
    ReactSelectionGuard,
    FreshSelection,
    LaidOutSelection,
    EditorShortcuts.configure({ onLink: hooks.onLink }),
    // Before BlockDirection (Tiptap runs the plugins of later extensions first): the caption labels
    // read the document language from that plugin's state, which must be up to date by then.
    CaptionLabels,
    ...(images
      ? [
          ImageInput.configure({
            onFiles: (files, pos) => void images.insertion.insertFiles(files, pos),
            onHtml: (html, clipboard) => void images.insertion.pasteHtml(html, clipboard),
          }),
        ]
      : []),
    BlockDirection.configure({ doc }),
    ...extra,
  ];
}
