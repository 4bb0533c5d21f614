import { Extension } from '@tiptap/core';

export interface EditorShortcutsOptions {
  onLink(): void;
}

/**
 * Leaves the text for the formatting toolbar, the documented way out of the editor (which keeps Tab
 * for lists and tables): true when there was a toolbar control to move to.
 */
function focusToolbar(text: HTMLElement): boolean {
  const tool = text.closest('main')?.querySelector<HTMLElement>('[role="toolbar"] button:not(:disabled)');
  tool?.focus();
  return tool !== null && tool !== undefined;
}

/**
 * Shortcuts that open the app's own dialogs: Ctrl/Cmd+K edits the link at the selection. Escape and
 * Alt+F10 move focus to the formatting toolbar, so no one is trapped in the text.
 */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'editorShortcuts',
  addOptions() {
    return { onLink: () => undefined };
  },
  addKeyboardShortcuts() {
    const leave = () => focusToolbar(this.editor.view.dom);
    return {
      'Mod-k': () => {
        this.options.onLink();
        return true;
      },
      Escape: leave,
      'Alt-F10': leave,
    };
  },
});
