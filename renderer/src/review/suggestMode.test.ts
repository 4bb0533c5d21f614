import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { enableSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { collectSuggestions } from '../../../shared/review/suggestionList.ts';
import { readAllSuggestionMeta } from '../../../shared/review/suggestionMeta.ts';
import { BRUNO, documentWithBody, openEditor, paragraph, textOf } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor>;
afterEach(() => opened.close());

function suggesting(author = BRUNO) {
  opened = openEditor(documentWithBody([paragraph('Protect migrants.')]), author);
  const { editor } = opened;
  enableSuggestChanges(editor.state, editor.view.dispatch);
  return editor;
}

describe('SuggestMode', () => {
  it("turns the user's typing into a suggestion attributed to them", () => {
    const editor = suggesting();
    editor.commands.insertContentAt(17, ' now');
    expect(collectSuggestions(editor.state.doc)).toMatchObject([{ inserted: ' now', deleted: '' }]);
    const [id] = collectSuggestions(editor.state.doc).map((s) => s.id);
    expect(readAllSuggestionMeta(opened.review.doc).get(id!)).toMatchObject({ authorId: 'bruno', authorName: 'Bruno' });
  });

  it('turns a deletion into a suggested deletion, leaving the text in place', () => {
    const editor = suggesting();
    editor.commands.deleteRange({ from: 9, to: 18 });
    expect(textOf(editor)).toBe('Protect migrants.');
    expect(collectSuggestions(editor.state.doc)).toMatchObject([{ deleted: 'migrants.' }]);
  });

  it('refuses, and says why, an edit that cannot be a suggestion', () => {
    const editor = suggesting();
    const refusals: string[] = [];
    opened.review.onRefused = (m) => refusals.push(m);
    editor.commands.setNode('heading', { level: 2 });
    expect(editor.state.doc.firstChild?.type.name).toBe('paragraph');
    expect(refusals).toEqual(['review.cannotSuggest']);
  });

  it("lets a collaborator's changes through untouched", () => {
    const editor = suggesting();
    const remote = new Y.Doc({ gc: false });
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(opened.review.doc));
    const [block] = remote.getXmlFragment('body').toArray() as Y.XmlElement[];
    (block!.get(0) as Y.XmlText).insert(0, 'Please ');
    Y.applyUpdate(opened.review.doc, Y.encodeStateAsUpdate(remote));
    expect(textOf(editor)).toBe('Please Protect migrants.');
    expect(collectSuggestions(editor.state.doc)).toEqual([]);
  });
});
