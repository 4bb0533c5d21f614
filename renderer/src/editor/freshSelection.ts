import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The selection the page shows, as document positions, or null when it is not a text selection
 * inside this editor (or lies where no document position is, such as inside a widget).
 */
function domTextSelection(view: EditorView): { anchor: number; head: number } | null {
  const root = view.root as Document | ShadowRoot;
  const selection = 'getSelection' in root && root.getSelection ? root.getSelection() : window.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return null;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return null;
  try {
    return {
      anchor: view.posAtDOM(anchorNode, selection.anchorOffset),
      head: view.posAtDOM(focusNode, selection.focusOffset),
    };
  } catch {
    return null;
  }
}

/**
 * Brings the editor's selection up to what the page shows. ProseMirror learns of a selection the
 * browser made (Shift+Home, Shift+Ctrl+→) from a `selectionchange` event, which Chromium delivers as
 * an ordinary task: on a busy machine the next key press, which it handles first, can arrive before
 * it, and a shortcut then acts on the old selection ("Select some text first" for Ctrl+Alt+M right
 * after Shift+Home). Returns whether the selection changed.
 */
function syncSelectionFromDom(view: EditorView): boolean {
  const current = view.state.selection;
  if (view.composing || !(current instanceof TextSelection) || !view.hasFocus()) return false;
  const seen = domTextSelection(view);
  if (!seen || (seen.anchor === current.anchor && seen.head === current.head)) return false;
  const { doc } = view.state;
  const size = doc.content.size;
  if (seen.anchor < 0 || seen.head < 0 || seen.anchor > size || seen.head > size) return false;
  const next = TextSelection.between(doc.resolve(seen.anchor), doc.resolve(seen.head));
  view.dispatch(view.state.tr.setSelection(next).setMeta('addToHistory', false));
  return true;
}

/**
 * Keys whose handlers act on the editor's selection rather than letting the browser act on the
 * page's: Backspace, Delete and Enter (ProseMirror's keymaps delete, join or split at the selection).
 * Pressed right after Shift+Arrow or Home, they deleted at the old caret (at a paragraph's end before
 * a figure, Delete selected the figure instead of deleting the selected words).
 */
const ACTS_ON_SELECTION = new Set(['Backspace', 'Delete', 'Enter']);

/**
 * Before any shortcut with Ctrl, Cmd or Alt, and before Backspace, Delete and Enter, the editor reads
 * the selection from the page, so a key pressed right after selecting with the keyboard acts on what
 * the person selected. Runs before every other key handler (highest priority).
 */
export const FreshSelection = Extension.create({
  name: 'freshSelection',
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('freshSelection'),
        props: {
          handleKeyDown(view, event) {
            if (event.ctrlKey || event.metaKey || event.altKey || ACTS_ON_SELECTION.has(event.key))
              syncSelectionFromDom(view);
            return false;
          },
        },
      }),
    ];
  },
});
