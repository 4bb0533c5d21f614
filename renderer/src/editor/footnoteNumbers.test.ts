import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { deleteFootnote, insertFootnote, listFootnotes } from './footnoteCommands.ts';

let opened: ReturnType<typeof openEditor> | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

const note = (id: string, text: string): JSONContent => ({
  type: 'footnote',
  attrs: { id },
  content: [{ type: 'text', text }],
});

/** The numbers the footnotes show, in the order they stand in the page, with their notes. */
function shown(): string[] {
  return [...opened!.editor.view.dom.querySelectorAll<HTMLElement>('.footnote-ref')].map(
    (el) => `${el.dataset.number} ${el.title}`,
  );
}

function threeNotes() {
  return documentWithBody([
    paragraph('Returns rose', note('n1', 'IOM, 2026.')),
    paragraph('No footnote here.'),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Pledges', note('n2', 'Pledge 12.'))] }] },
    paragraph('And later', note('n3', 'UNHCR.'), ' text.'),
  ]);
}

describe('footnote numbers in the editor', () => {
  it('number the footnotes in document order, lists and all, as the footnotes panel does', () => {
    opened = openEditor(threeNotes());
    expect(shown()).toEqual(['1 IOM, 2026.', '2 Pledge 12.', '3 UNHCR.']);
    expect(listFootnotes(opened.editor).map((f) => f.number)).toEqual([1, 2, 3]);
  });

  it('renumber the ones after a footnote added or deleted, and keep them while typing', () => {
    opened = openEditor(threeNotes());
    const { editor } = opened;
    editor.commands.setTextSelection(13);
    editor.commands.insertContent('Typed ');
    expect(shown()).toEqual(['1 IOM, 2026.', '2 Pledge 12.', '3 UNHCR.']);
    // Into the paragraph without one: it becomes the second.
    editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize + 3);
    insertFootnote(editor, 'New source.');
    expect(shown()).toEqual(['1 IOM, 2026.', '2 New source.', '3 Pledge 12.', '4 UNHCR.']);
    deleteFootnote(editor, listFootnotes(editor)[0]!.pos);
    expect(shown()).toEqual(['1 New source.', '2 Pledge 12.', '3 UNHCR.']);
  });

  it('follow two footnotes of one paragraph that trade places', () => {
    opened = openEditor(
      documentWithBody([paragraph('Intro.'), paragraph('A', note('a', 'First.'), ' and B', note('b', 'Second.'))]),
    );
    const { editor } = opened;
    expect(shown()).toEqual(['1 First.', '2 Second.']);
    const block = editor.state.doc.child(1);
    const start = editor.state.doc.child(0).nodeSize;
    const [a, b] = [block.child(1), block.child(3)];
    const { schema } = editor.state;
    const swapped = schema.nodes.paragraph!.create(null, [schema.text('B'), b, schema.text(' and A'), a]);
    editor.view.dispatch(editor.state.tr.replaceWith(start, start + block.nodeSize, swapped));
    expect(shown()).toEqual(['1 Second.', '2 First.']);
    expect(listFootnotes(editor).map((f) => `${f.number} ${f.text}`)).toEqual(['1 Second.', '2 First.']);
  });

  it('renumber when a collaborator adds a footnote, and when text holding footnotes is moved', () => {
    const doc = threeNotes();
    opened = openEditor(doc);
    const { editor } = opened;
    // A collaborator's replica adds a footnote at the start of the second paragraph.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'relay'));
    const body = other.getXmlFragment('body').get(1) as Y.XmlElement;
    const footnote = new Y.XmlElement('footnote');
    footnote.setAttribute('id', 'n4');
    footnote.insert(0, [new Y.XmlText('From Bruno.')]);
    body.insert(0, [footnote]);
    expect(shown()).toEqual(['1 IOM, 2026.', '2 From Bruno.', '3 Pledge 12.', '4 UNHCR.']);
    // The last paragraph, footnote and all, moved to the top in one transaction.
    const last = editor.state.doc.lastChild!;
    const at = editor.state.doc.content.size - last.nodeSize;
    editor.view.dispatch(editor.state.tr.delete(at, at + last.nodeSize).insert(0, last));
    expect(shown()).toEqual(['1 UNHCR.', '2 IOM, 2026.', '3 From Bruno.', '4 Pledge 12.']);
  });
});
