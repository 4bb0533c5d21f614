import { Extension } from '@tiptap/core';

export interface EditorShortcutsOptions {
  onLink(): void;
}

/** Shortcuts that open the app's own dialogs: Ctrl/Cmd+K edits the link at the selection. */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'editorShortcuts',
  addOptions() {
    return { onLink: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onLink();
        return true;
      },
    };
  },
});
