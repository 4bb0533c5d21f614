import { Extension } from '@tiptap/core';
import { bindKeys } from '../shortcuts/bindKeys.ts';
import { toolbarEntry } from '../ui/rovingToolbar.ts';

export interface EditorShortcutsOptions {
  onLink(): void;
}

/**
 * Leaves the text for the formatting toolbar, the documented way out of the editor (which keeps Tab
 * for lists and tables): true when there was a toolbar control to move to.
 */
function focusToolbar(text: HTMLElement): boolean {
  const toolbar = text.closest('main')?.querySelector<HTMLElement>('[role="toolbar"]');
  const tool = toolbar ? toolbarEntry(toolbar) : undefined;
  tool?.focus();
  return tool !== undefined;
}

/**
 * Shortcuts that open the app's own dialogs: Ctrl/Cmd+K edits the link at the selection. Escape and
 * Alt+F10 move focus to the formatting toolbar, so no one is trapped in the text (keys: `shared/shortcuts`).
 */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'editorShortcuts',
  addOptions() {
    return { onLink: () => undefined };
  },
  addKeyboardShortcuts() {
    const leave = () => focusToolbar(this.editor.view.dom);
    return {
      ...bindKeys('link', () => {
        // A read-only editor (a viewer, a final document) offers no link to edit.
        if (!this.editor.isEditable) return false;
        this.options.onLink();
        return true;
      }),
      ...bindKeys('toToolbar', leave),
    };
  },
});
