import { afterEach, describe, expect, it } from 'vitest';
import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import { getExtensionField, type AnyExtension, type Editor } from '@tiptap/core';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { EDITING_KEYS, SHORTCUTS } from '../../../shared/shortcuts/shortcuts.ts';
import { normaliseKeys } from '../../../shared/shortcuts/keyNotation.ts';

/** Every key combination the app's editor binds, read from its extensions as Tiptap reads them. */
function boundKeys(editor: Editor): Set<string> {
  const keys = new Set<string>();
  for (const extension of editor.extensionManager.extensions as AnyExtension[]) {
    const context = { name: extension.name, options: extension.options, storage: extension.storage, editor };
    const add = getExtensionField<(this: typeof context) => Record<string, unknown>>(
      extension,
      'addKeyboardShortcuts',
      context,
    );
    for (const k of Object.keys(add?.() ?? {})) keys.add(normaliseKeys(k));
  }
  return keys;
}

describe('the shortcut list and the editor', () => {
  let close = () => undefined as void;
  afterEach(() => close());

  it('lists exactly what the editor binds, apart from the platform’s own editing keys', () => {
    const opened = openEditor(documentWithBody([paragraph('Regular pathways')]));
    close = opened.close;
    const bound = boundKeys(opened.editor);
    const listed = SHORTCUTS.filter((s) => s.scope === 'editor').flatMap((s) => s.keys.map(normaliseKeys));
    // Every key the help panel names for the text is one the editor really binds…
    expect(listed.filter((k) => !bound.has(k))).toEqual([]);
    // …and every key the editor binds is named there (or is plain editing: Enter, Backspace, select all).
    const editing = new Set(EDITING_KEYS.map(normaliseKeys));
    expect([...bound].filter((k) => !listed.includes(k) && !editing.has(k))).toEqual([]);
  });

  it('runs the listed command for a listed key: Ctrl+Shift+E turns suggesting on and off', () => {
    const opened = openEditor(documentWithBody([paragraph('Regular pathways')]));
    close = opened.close;
    const press = (init: KeyboardEventInit) =>
      opened.editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    const suggesting = () => isSuggestChangesEnabled(opened.editor.state);
    expect(suggesting()).toBe(false);
    press({ key: 'e', ctrlKey: true, shiftKey: true });
    expect(suggesting()).toBe(true);
    press({ key: 'e', ctrlKey: true, shiftKey: true });
    expect(suggesting()).toBe(false);
  });
});
