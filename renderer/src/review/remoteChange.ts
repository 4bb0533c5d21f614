import type { EditorState, Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { ProsemirrorMapping } from '../../../shared/review/schema/anchors.ts';

/**
 * Whether a transaction came from the Yjs binding (a collaborator's change, or Yjs undo/redo). The
 * binding applies those as one replacement of the whole document, which drops mapped decorations,
 * so review decorations are rebuilt from Yjs after them; when such a transaction is applied the
 * Yjs document (and the binding's mapping) are already up to date.
 */
export function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return tr.docChanged && meta?.isChangeOrigin === true;
}

/** The Yjs body and y-tiptap's map from Yjs types to nodes, from an editor state (null before the binding exists). */
export function yBindingOf(state: EditorState): { fragment: Y.XmlFragment; mapping: ProsemirrorMapping } | null {
  const sync = ySyncPluginKey.getState(state) as
    { type?: Y.XmlFragment; binding?: { mapping: ProsemirrorMapping } } | undefined;
  return sync?.type && sync.binding ? { fragment: sync.type, mapping: sync.binding.mapping } : null;
}
