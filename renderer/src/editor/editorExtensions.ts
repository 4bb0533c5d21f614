import type * as Y from 'yjs';
import type { AnyExtension } from '@tiptap/core';
import { documentExtensions, BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { FootnoteEditing } from './footnoteView.ts';
import { EditorShortcuts } from './editorShortcuts.ts';
import type { Translate } from '../i18n/useT.ts';
import { IncrementalCollaboration } from './collaboration.ts';
import { EmptyBlockPlaceholder } from './placeholder.ts';

export interface EditorHooks {
  onEditFootnote(pos: number): void;
  onLink(): void;
  /** The interface language, for what the editor itself shows (placeholders, footnote labels). */
  t: Translate;
}

/**
 * The editor's extensions: the shared document schema, with interactive parts swapped in, bound to
 * the document's Y.Doc from the first keystroke by the incremental binding (Collaboration brings Yjs
 * undo: Ctrl/Cmd+Z, Shift+Z, Y).
 */
export function editorExtensions(doc: Y.Doc, hooks: EditorHooks, extra: AnyExtension[] = []): AnyExtension[] {
  const schema = documentExtensions().map((ext) =>
    ext.name === 'footnote' ? FootnoteEditing.configure({ onEdit: hooks.onEditFootnote, t: hooks.t }) : ext,
  );
  return [
    ...schema,
    IncrementalCollaboration.configure({ document: doc, field: BODY_FIELD }),
    EmptyBlockPlaceholder.configure({ t: hooks.t }),
    EditorShortcuts.configure({ onLink: hooks.onLink }),
    ...extra,
  ];
}
