import type * as Y from 'yjs';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';

/** Transaction origin of body edits made outside an editor (restores, reviews in tests, tools). */
const BODY_EDIT_ORIGIN = 'concord-body-edit';

/**
 * Writes a new body into a document's Y.Doc as an ordinary edit: y-tiptap diffs it against what is
 * there, so unchanged paragraphs keep their Yjs items (comment anchors, authorship) and the change
 * merges with concurrent edits like typing would. An open editor follows through its Yjs binding.
 */
export function replaceBody(doc: Y.Doc, body: PMNode, origin: unknown = BODY_EDIT_ORIGIN): void {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const { meta } = initProseMirrorDoc(fragment, documentSchema());
  doc.transact(() => updateYFragment(doc, fragment, body, meta), origin);
}

/** Runs a ProseMirror edit (e.g. accepting suggestions) on a document's body without an editor. */
export function editBody(doc: Y.Doc, edit: (state: EditorState) => Transaction | null, origin?: unknown): boolean {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const { doc: current } = initProseMirrorDoc(fragment, documentSchema());
  const tr = edit(EditorState.create({ schema: documentSchema(), doc: current }));
  if (!tr || !tr.docChanged) return false;
  replaceBody(doc, tr.doc, origin);
  return true;
}
