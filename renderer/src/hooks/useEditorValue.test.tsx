import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { useEditorValue } from './useEditorValue.ts';
import { SETTLE_MS, settleNow } from './settle.ts';
import { afterPainting, mount, settle, type Mounted } from '../testing/mount.tsx';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor>;
let view: Mounted;
let reads = 0;

function Length({ editor }: { editor: Editor }) {
  const length = useEditorValue(editor, (e) => {
    reads++;
    return e.state.doc.textContent.length;
  });
  return <p>{length}</p>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  opened = openEditor(documentWithBody([paragraph('Hello')]));
  view = mount(<Length editor={opened.editor} />);
  reads = 0;
});
afterEach(() => {
  view.unmount();
  opened.close();
  vi.useRealTimers();
});

describe('useEditorValue', () => {
  it('re-derives once the typing pauses, not per keystroke', () => {
    for (const ch of ' world') settle(() => opened.editor.commands.insertContent(ch));
    expect(view.container.textContent).toBe('5');
    expect(reads).toBe(0);
    settle(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(view.container.textContent).toBe('11');
    expect(reads).toBe(1);
  });

  it("re-derives at once after the user's own action", () => {
    const { editor } = opened;
    settle(() => editor.view.dispatch(settleNow(editor.state.tr.insertText('!', editor.state.doc.content.size - 1))));
    expect(view.container.textContent).toBe('6');
  });

  it('with a value for while opening, reads the document only once the editor has been painted', async () => {
    let lateReads = 0;
    function LateLength({ editor }: { editor: Editor }) {
      const length = useEditorValue(editor, (e) => (lateReads++, e.state.doc.textContent.length), [], {
        whileOpening: -1,
      });
      return <p>{length}</p>;
    }
    const late = mount(<LateLength editor={opened.editor} />);
    try {
      expect(late.container.textContent).toBe('-1');
      expect(lateReads).toBe(0);
      await afterPainting();
      expect(late.container.textContent).toBe('5');
      expect(lateReads).toBe(1);
    } finally {
      late.unmount();
    }
  });
});
