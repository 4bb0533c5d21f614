import type * as Y from 'yjs';
import type { AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { Placeholder } from '@tiptap/extensions';
import { documentExtensions, BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { FootnoteEditing } from './footnoteView.ts';
import { EditorShortcuts } from './editorShortcuts.ts';
import { BlockDirection } from './blockDirection.ts';

export interface EditorHooks {
  onEditFootnote(pos: number): void;
  onLink(): void;
}

/**
 * The editor's extensions: the shared document schema, with interactive parts swapped in, bound to
 * the document's Y.Doc from the first keystroke (Collaboration brings Yjs undo: Ctrl/Cmd+Z, Shift+Z, Y).
 */
export function editorExtensions(doc: Y.Doc, hooks: EditorHooks, extra: AnyExtension[] = []): AnyExtension[] {
  const schema = documentExtensions().map((ext) =>
    ext.name === 'footnote' ? FootnoteEditing.configure({ onEdit: hooks.onEditFootnote }) : ext,
  );
  return [
    ...schema,
    Collaboration.configure({ document: doc, field: BODY_FIELD }),
    Placeholder.configure({
      placeholder: ({ node }) => (node.type.name === 'heading' ? 'Heading' : 'Write here…'),
      includeChildren: false,
    }),
    EditorShortcuts.configure({ onLink: hooks.onLink }),
    BlockDirection.configure({ doc }),
    ...extra,
  ];
}
