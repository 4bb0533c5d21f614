import { afterEach, describe, expect, it } from 'vitest';
import { applyTags, tagTarget } from './tagCommands.ts';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor>;
afterEach(() => opened.close());

const heading = (text: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });

describe('tag commands', () => {
  it('tags the section of the heading the cursor is in', () => {
    opened = openEditor(documentWithBody([heading('Detention'), paragraph('End child detention.')]));
    const { editor } = opened;
    editor.commands.setTextSelection(3);
    const target = tagTarget(editor);
    expect(target).toMatchObject({ kind: 'section', current: [] });
    applyTags(editor, target!, ['O13']);
    expect(editor.state.doc.firstChild?.attrs.tags).toEqual(['O13']);
    expect(tagTarget(editor)?.current).toEqual(['O13']);
  });

  it('tags selected text, keeps tags others added, and removes the ones unticked', () => {
    opened = openEditor(documentWithBody([paragraph('End child detention now.')]));
    const { editor } = opened;
    editor.commands.setTextSelection({ from: 5, to: 20 });
    applyTags(editor, tagTarget(editor)!, ['O13', 'O7']);
    const target = tagTarget(editor)!;
    expect(target).toMatchObject({ kind: 'text', from: 5, to: 20 });
    expect([...target.current].sort()).toEqual(['O13', 'O7']);
    applyTags(editor, target, ['O13']);
    expect(tagTarget(editor)?.current).toEqual(['O13']);
  });

  it('tags the whole paragraph when the cursor is in it without a selection', () => {
    opened = openEditor(documentWithBody([paragraph('Protect migrants.')]));
    const { editor } = opened;
    editor.commands.setTextSelection(4);
    expect(tagTarget(editor)).toMatchObject({ kind: 'text', from: 1, to: 18 });
  });
});
