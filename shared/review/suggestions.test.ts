import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc } from '../model/documentMeta.ts';
import { readBody } from '../model/body.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { editBody } from './bodyEdit.ts';
import { suggestTransaction } from './suggestTransaction.ts';
import { readAllSuggestionMeta, readSuggestionMeta, recordSuggestion, type Author } from './suggestionMeta.ts';
import { collectSuggestions } from './suggestionList.ts';
import { reviewSuggestions } from './reviewSuggestions.ts';
import { wrapInList } from '@tiptap/pm/schema-list';
import { TextSelection } from '@tiptap/pm/state';

const amina: Author = { id: 'amina-id', name: 'Amina', colour: '#1f77b4' };
const bruno: Author = { id: 'bruno-id', name: 'Bruno', colour: '#d62728' };

function docWith(text: string): Y.Doc {
  const doc = createDocumentDoc();
  prosemirrorJSONToYXmlFragment(
    documentSchema(),
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    doc.getXmlFragment(BODY_FIELD),
  );
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = createDocumentDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

/** Makes an edit in suggesting mode, as the editor does, and records its author. */
function suggest(doc: Y.Doc, author: Author, edit: (state: EditorState) => Transaction): void {
  editBody(doc, (state) => {
    const mine = (id: string) => readSuggestionMeta(doc, id)?.authorId === author.id;
    const { tr, created } = suggestTransaction(edit(state), state, mine);
    created.forEach((id) => recordSuggestion(doc, id, author));
    return tr;
  });
}

const text = (doc: Y.Doc) => readBody(doc).textContent.replace(/\u200B/g, '');
const find = (state: EditorState, word: string) => {
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text?.includes(word)) at = pos + node.text.indexOf(word);
  });
  return at;
};

describe('suggestions', () => {
  it('two members suggesting in the same paragraph while apart both see both after merging', () => {
    const a = docWith('States should end child detention.');
    const b = copyOf(a);
    suggest(a, amina, (s) => s.tr.insertText('immediately ', find(s, 'end')));
    suggest(b, bruno, (s) => s.tr.delete(find(s, 'child'), find(s, 'child') + 'child '.length));
    sync(a, b);
    for (const doc of [a, b]) {
      const found = collectSuggestions(readBody(doc));
      expect(found.map((f) => [f.inserted, f.deleted])).toEqual([
        ['immediately ', ''],
        ['', 'child '],
      ]);
      const meta = readAllSuggestionMeta(doc);
      expect(found.map((f) => meta.get(f.id)?.authorName)).toEqual(['Amina', 'Bruno']);
    }
    expect(readBody(a).toJSON()).toEqual(readBody(b).toJSON());
  });

  it('accepting on one member yields the same text on both; rejecting removes the suggestion', () => {
    const a = docWith('We call on States to end detention.');
    const b = copyOf(a);
    suggest(a, amina, (s) => s.tr.insertText('all ', find(s, 'States')));
    suggest(b, bruno, (s) => s.tr.insertText(' of children', find(s, '.')));
    sync(a, b);
    const [first, second] = collectSuggestions(readBody(a));
    editBody(a, (s) => reviewSuggestions(s, [first!.id], 'accept'));
    editBody(b, (s) => reviewSuggestions(s, [second!.id], 'reject'));
    sync(a, b);
    expect(text(a)).toBe('We call on all States to end detention.');
    expect(readBody(a).toJSON()).toEqual(readBody(b).toJSON());
    expect(collectSuggestions(readBody(b))).toEqual([]);
  });

  it('accepting all of one author leaves the other author’s suggestions', () => {
    const a = docWith('Protect migrants at borders.');
    suggest(a, amina, (s) => s.tr.insertText('all ', find(s, 'migrants')));
    suggest(a, bruno, (s) => s.tr.delete(find(s, ' at borders'), find(s, ' at borders') + ' at borders'.length));
    const meta = readAllSuggestionMeta(a);
    const aminas = collectSuggestions(readBody(a))
      .filter((f) => meta.get(f.id)?.authorId === amina.id)
      .map((f) => f.id);
    editBody(a, (s) => reviewSuggestions(s, aminas, 'accept'));
    expect(collectSuggestions(readBody(a)).map((f) => f.deleted)).toEqual([' at borders']);
    editBody(a, (s) => reviewSuggestions(s, null, 'accept'));
    expect(text(a)).toBe('Protect all migrants.');
  });

  it('typing next to someone else’s suggestion starts a new one of your own', () => {
    const a = docWith('Text.');
    suggest(a, amina, (s) => s.tr.insertText(' more', find(s, '.')));
    suggest(a, bruno, (s) => s.tr.insertText('!', find(s, '.')));
    const meta = readAllSuggestionMeta(a);
    const found = collectSuggestions(readBody(a));
    expect(found.map((f) => [f.inserted, meta.get(f.id)?.authorName])).toEqual([
      [' more', 'Amina'],
      ['!', 'Bruno'],
    ]);
  });

  it('whole pasted paragraphs become one suggestion that accepts and rejects cleanly', () => {
    const original = 'Before. After.';
    const pasted = documentSchema().nodeFromJSON({
      type: 'doc',
      content: ['One', 'Two', 'Three'].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    });
    const paste = (doc: Y.Doc) =>
      suggest(doc, amina, (s) =>
        s.tr.replace(find(s, ' After'), find(s, ' After'), pasted.slice(1, pasted.content.size - 1)),
      );
    const a = docWith(original);
    paste(a);
    expect(collectSuggestions(readBody(a)).map((f) => f.inserted)).toEqual(['One¶Two¶Three']);
    const b = copyOf(a);
    editBody(a, (s) => reviewSuggestions(s, null, 'reject'));
    expect(text(a)).toBe(original);
    expect(readBody(a).childCount).toBe(1);
    editBody(b, (s) => reviewSuggestions(s, null, 'accept'));
    expect(readBody(b).childCount).toBe(3);
    expect(collectSuggestions(readBody(b))).toEqual([]);
  });

  it('refuses an edit it cannot express as a suggestion, such as turning a paragraph into a heading', () => {
    const a = docWith('A paragraph.');
    expect(() =>
      suggest(a, amina, (s) => s.tr.setBlockType(1, 1, documentSchema().nodes.heading!, { level: 1 })),
    ).toThrow();
    expect(readBody(a).child(0).type.name).toBe('paragraph');
  });

  it('a suggested list leaves no empty paragraph or list item behind, accepted or rejected', () => {
    const a = docWith('Item one');
    suggest(a, amina, (s) => {
      let tr: Transaction | null = null;
      wrapInList(documentSchema().nodes.bulletList!)(
        s.apply(s.tr.setSelection(TextSelection.create(s.doc, 2))),
        (t) => (tr = t),
      );
      return tr!;
    });
    const b = copyOf(a);
    editBody(a, (s) => reviewSuggestions(s, null, 'reject'));
    expect(readBody(a).toJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item one' }] }],
    });
    editBody(b, (s) => reviewSuggestions(s, null, 'accept'));
    expect(readBody(b).child(0).type.name).toBe('bulletList');
    expect(readBody(b).childCount).toBe(1);
    expect(text(b)).toBe('Item one');
  });
});
