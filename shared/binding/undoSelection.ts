import type * as Y from 'yjs';
import type { EditorState, Plugin, Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { IncrementalBinding } from './IncrementalBinding.ts';
import { relativePosition } from './positions.ts';

interface UndoState {
  undoManager: Y.UndoManager;
  prevSel: unknown;
  hasUndoOps: boolean;
  hasRedoOps: boolean;
}

/**
 * Makes y-tiptap's undo plugin remember the selection before each change (restored on undo) with
 * relativePosition, and only for transactions that change the document, instead of walking the
 * body from its start on every transaction. Call before the plugin is part of a state.
 */
export function withLocalUndoSelection(undoPlugin: Plugin): Plugin {
  const state = undoPlugin.spec.state as {
    apply: (tr: Transaction, value: UndoState, old: EditorState, next: EditorState) => UndoState;
  };
  state.apply = (tr, value, old, next) => {
    const binding = (ySyncPluginKey.getState(next) as { binding?: IncrementalBinding } | undefined)?.binding;
    const um = value.undoManager;
    // Only a local change becomes an undo step; a change from Yjs keeps the last selection.
    const local = !(tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
    const prevSel =
      tr.docChanged && local && binding
        ? {
            type: (old.selection as unknown as { jsonID: string }).jsonID,
            anchor: relativePosition(binding, old.doc, old.selection.anchor),
            head: relativePosition(binding, old.doc, old.selection.head),
          }
        : value.prevSel;
    const hasUndoOps = um.undoStack.length > 0;
    const hasRedoOps = um.redoStack.length > 0;
    if (prevSel === value.prevSel && hasUndoOps === value.hasUndoOps && hasRedoOps === value.hasRedoOps) return value;
    return { undoManager: um, prevSel, hasUndoOps, hasRedoOps };
  };
  return undoPlugin;
}
