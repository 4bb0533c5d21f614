import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { afterPainting, button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { settleNow } from '../hooks/settle.ts';
import { FootnotesPanel } from './FootnotesPanel.tsx';

const note = (text: string) => ({ type: 'footnote', attrs: { id: `n-${text}` }, content: [{ type: 'text', text }] });

let opened: ReturnType<typeof openEditor>;
let panel: Mounted;
const edited: number[] = [];
const notes = () => [...panel.container.querySelectorAll('li .footnote-text')].map((el) => el.textContent);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  edited.length = 0;
  opened = openEditor(documentWithBody([paragraph('One', note('first')), paragraph('Two', note('second'))]));
  panel = mount(<FootnotesPanel editor={opened.editor} onEdit={(pos) => edited.push(pos)} />);
  // The notes are listed once the editor has been painted.
  expect(notes()).toEqual([]);
  await afterPainting();
  expect(notes()).toEqual(['first', 'second']);
});

afterEach(() => {
  panel.unmount();
  opened.close();
  vi.useRealTimers();
});

describe('FootnotesPanel', () => {
  it('opens the note at its current position after text was typed before it', () => {
    const editor = opened.editor;
    settle(() => editor.view.dispatch(settleNow(editor.state.tr.insertText('Intro ', 1))));
    settle(() => button(panel.container, 'Edit footnote 2').click());
    expect(editor.state.doc.nodeAt(edited[0]!)?.textContent).toBe('second');
    expect(notes()).toEqual(['first', 'second']);
  });

  it('follows a note added, changed or removed', () => {
    const editor = opened.editor;
    const at = editor.state.doc.child(0).nodeSize - 1;
    settle(() =>
      editor.view.dispatch(settleNow(editor.state.tr.insert(at, editor.schema.nodeFromJSON(note('middle'))))),
    );
    expect(notes()).toEqual(['first', 'middle', 'second']);
    settle(() => button(panel.container, 'Edit footnote 3').click());
    expect(editor.state.doc.nodeAt(edited[0]!)?.textContent).toBe('second');
    settle(() => editor.view.dispatch(settleNow(editor.state.tr.delete(at, at + 8))));
    expect(notes()).toEqual(['first', 'second']);
  });
});
