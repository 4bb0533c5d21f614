import type * as Y from 'yjs';
import { Plugin } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { IncrementalBinding, type BindingView } from './IncrementalBinding.ts';

/** The sync plugin's state, in the shape y-tiptap's own has (its cursor and undo plugins, and Tiptap's helpers, read it). */
export interface SyncState {
  type: Y.XmlFragment;
  doc: Y.Doc;
  binding: IncrementalBinding;
  snapshot: null;
  prevSnapshot: null;
  isChangeOrigin: boolean;
  isUndoRedoOperation: boolean;
  addToHistory: boolean;
  colors: never[];
  colorMapping: Map<string, unknown>;
  permanentUserData: null;
}

/**
 * The Yjs sync plugin, under y-tiptap's plugin key, with the incremental binding behind it (`binding`:
 * one that has already read the body for the editor's first document, `readInitial`). Version
 * snapshots are not rendered in the editor (Concord shows versions in a viewer of their own).
 */
export function incrementalSyncPlugin(
  fragment: Y.XmlFragment,
  onFirstRender: () => void = () => undefined,
  binding = new IncrementalBinding(fragment),
): Plugin {
  return new Plugin<SyncState>({
    key: ySyncPluginKey,
    state: {
      init: () => ({
        type: fragment,
        doc: binding.doc,
        binding,
        snapshot: null,
        prevSnapshot: null,
        isChangeOrigin: false,
        isUndoRedoOperation: false,
        addToHistory: true,
        colors: [],
        colorMapping: new Map<string, unknown>(),
        permanentUserData: null,
      }),
      apply(tr, value) {
        const change = tr.getMeta(ySyncPluginKey) as Partial<SyncState> | undefined;
        const isChangeOrigin = change?.isChangeOrigin === true;
        const isUndoRedoOperation = isChangeOrigin && change?.isUndoRedoOperation === true;
        const addToHistory = tr.docChanged ? tr.getMeta('addToHistory') !== false : value.addToHistory;
        if (
          value.isChangeOrigin === isChangeOrigin &&
          value.isUndoRedoOperation === isUndoRedoOperation &&
          value.addToHistory === addToHistory
        )
          return value;
        return { ...value, isChangeOrigin, isUndoRedoOperation, addToHistory };
      },
    },
    view: (view) => {
      binding.initView(view as BindingView);
      onFirstRender();
      return {
        update: () => binding.writeLocal(view.state),
        destroy: () => binding.destroy(),
      };
    },
  });
}
