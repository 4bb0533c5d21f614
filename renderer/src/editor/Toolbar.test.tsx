import { afterEach, describe, expect, it } from 'vitest';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { Toolbar } from './Toolbar.tsx';

let opened: ReturnType<typeof openEditor> | null = null;
let bar: Mounted | null = null;

afterEach(() => {
  bar?.unmount();
  opened?.close();
});

describe('Toolbar', () => {
  it('offers undo once something was typed and redo once something was undone (the Yjs undo manager)', () => {
    opened = openEditor(documentWithBody([paragraph('One')]));
    const editor = opened.editor;
    const noop = () => undefined;
    bar = mount(<Toolbar editor={editor} onLink={noop} onFootnote={noop} onTag={noop} onShortcuts={noop} />);
    const undo = () => button(bar!.container, 'Undo');
    const redo = () => button(bar!.container, 'Redo');
    expect([undo().disabled, redo().disabled]).toEqual([true, true]);
    settle(() => editor.view.dispatch(editor.state.tr.insertText('Two ', 1)));
    expect([undo().disabled, redo().disabled]).toEqual([false, true]);
    settle(() => undo().click());
    expect(editor.state.doc.textContent).toBe('One');
    expect([undo().disabled, redo().disabled]).toEqual([true, false]);
    settle(() => redo().click());
    expect(editor.state.doc.textContent).toBe('Two One');
    expect([undo().disabled, redo().disabled]).toEqual([false, true]);
  });
});
