import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Plugin, Transaction } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { IncrementalBinding } from './IncrementalBinding.ts';

/**
 * A ProseMirror position as a Yjs relative position, like y-tiptap's absolutePositionToRelativePosition
 * but walking only the top-level block holding it (the binding knows each block's Yjs element)
 * instead of every block before it. Positions between blocks, at a block's start or in a document
 * Yjs does not hold yet take y-tiptap's walk.
 */
export function relativePosition(binding: IncrementalBinding, doc: PMNode, pos: number): unknown {
  const $pos = doc.resolve(pos);
  const local = $pos.depth > 0 ? pos - $pos.start(1) : 0;
  const el = $pos.depth > 0 && doc === binding.syncedDoc ? binding.blocks[$pos.index(0)] : undefined;
  if (!el || local <= 0) return absolutePositionToRelativePosition(pos, binding.type, binding.mapping);
  return absolutePositionToRelativePosition(local, el as unknown as Y.XmlFragment, binding.mapping);
}

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
    const prevSel =
      tr.docChanged && binding
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
