import { Extension } from '@tiptap/core';

/**
 * Gives ProseMirror the same node and mark view functions for the editor's whole life. Tiptap builds
 * new ones each time it is asked (its extension manager's `nodeViews` getter), and its EditorContent
 * asks again once it has mounted: ProseMirror then sees changed node views and redraws the whole
 * document, so opening a long report built and laid out its DOM twice. Our node views (footnotes,
 * images, tables) are plain DOM, not React renderers, which are what that second pass is for; the
 * functions are pinned on the editor's extension manager before its view is created.
 */
export const StableNodeViews = Extension.create({
  name: 'stableNodeViews',
  onBeforeCreate() {
    const manager = this.editor.extensionManager;
    const nodeViews = manager.nodeViews;
    const markViews = manager.markViews;
    Object.defineProperty(manager, 'nodeViews', { get: () => nodeViews, configurable: true });
    Object.defineProperty(manager, 'markViews', { get: () => markViews, configurable: true });
  },
});
