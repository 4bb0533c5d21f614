import type { EditorState, Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { ProsemirrorMapping } from '../../../shared/review/schema/anchors.ts';

interface SyncMeta {
  isChangeOrigin?: boolean;
  isUndoRedoOperation?: boolean;
  incremental?: boolean;
}

/**
 * Whether a transaction came from the Yjs binding (a collaborator's change, or Yjs undo/redo). When
 * such a transaction is applied the Yjs document (and the binding's mapping) are already up to date.
 */
export function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as SyncMeta | undefined;
  return tr.docChanged && meta?.isChangeOrigin === true;
}

/**
 * Whether review decorations must be rebuilt from Yjs rather than mapped: after a full re-render
 * (every mapped decoration is lost) and after Yjs undo or redo (it can bring back anchored text).
 * A collaborator's change arrives as steps over the changed range and maps like a local edit.
 */
export function needsFreshDecorations(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as SyncMeta | undefined;
  return isRemoteChange(tr) && (meta?.incremental !== true || meta.isUndoRedoOperation === true);
}

/**
 * The Yjs body, the binding's map from Yjs types to nodes and its top-level Yjs elements (one per
 * child of the document, in order), from an editor state (null before the binding exists).
 */
export function yBindingOf(
  state: EditorState,
): { fragment: Y.XmlFragment; mapping: ProsemirrorMapping; blocks: readonly Y.XmlElement[] } | null {
  const sync = ySyncPluginKey.getState(state) as
    { type?: Y.XmlFragment; binding?: { mapping: ProsemirrorMapping; blocks?: Y.XmlElement[] } } | undefined;
  if (!sync?.type || !sync.binding) return null;
  return {
    fragment: sync.type,
    mapping: sync.binding.mapping,
    blocks: sync.binding.blocks ?? (sync.type.toArray() as Y.XmlElement[]),
  };
}
