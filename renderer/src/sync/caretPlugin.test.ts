import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { editorExtensions } from '../editor/editorExtensions.ts';
import { englishT } from '../testing/english.ts';
import { documentWithBody, paragraph } from '../testing/editorFixture.ts';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import type { DocConnection } from './docConnection.ts';
import { presenceExtensions } from './presence.ts';
import { yCursorPluginKey } from '@tiptap/y-tiptap';
import type { DecorationSet } from '@tiptap/pm/view';

let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  close = null;
});

/** Amina's editor with carets, and Bruno on a copy of the document, his presence passed on as a relay would. */
function aminaAndBruno() {
  const doc = documentWithBody([paragraph('The first paragraph.'), paragraph('The second paragraph.')]);
  const awareness = new Awareness(doc);
  const element = document.createElement('div');
  document.body.append(element);
  // The caret extension reads only the connection's awareness.
  const connection = { awareness } as unknown as DocConnection;
  const amina = { id: 'amina', name: 'Amina', named: true, colour: '#1f77b4' };
  const editor = new Editor({
    element,
    extensions: editorExtensions(doc, { onEditFootnote: () => undefined, onLink: () => undefined, t: englishT }, [
      ...presenceExtensions(connection, amina),
    ]),
  });
  const bruno = new Y.Doc();
  Y.applyUpdate(bruno, Y.encodeStateAsUpdate(doc));
  const presence = new Awareness(bruno);
  presence.on('update', ({ added, updated }: { added: number[]; updated: number[] }) =>
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(presence, [...added, ...updated]), 'relay'),
  );
  close = () => {
    editor.destroy();
    element.remove();
    presence.destroy();
    awareness.destroy();
  };
  const second = (bruno.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
  /** Bruno's caret at `offset` in the second paragraph. */
  const caretAt = (offset: number) => {
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(second, offset));
    presence.setLocalStateField('cursor', { anchor: at, head: at });
  };
  /** Bruno's selection from the first paragraph's offset 9 to the second's 4. */
  const selectAcross = () => {
    const first = (bruno.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const anchor = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(first, 9));
    const head = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(second, 4));
    presence.setLocalStateField('cursor', { anchor, head });
  };
  return { doc, bruno, editor, awareness, presence, caretAt, selectAcross };
}

// The carets follow presence through y-tiptap's queue of plugin metadata (a zero-delay timer).
const settled = () => new Promise((resolve) => setTimeout(resolve, 10));
const labels = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('.collaboration-carets__label')].map((l) => l.textContent);

describe('collaborators’ carets', () => {
  it('show a collaborator’s new name and colour as soon as they change them', async () => {
    const { editor, presence, caretAt } = aminaAndBruno();
    presence.setLocalStateField('user', { name: 'Bruno', color: '#d62728' });
    caretAt(4);
    await settled();
    expect(labels(editor)).toEqual(['Bruno']);
    presence.setLocalStateField('user', { name: 'Bruno Keller, Caritas', color: '#d62728' });
    await settled();
    expect(labels(editor)).toEqual(['Bruno Keller, Caritas']);
    presence.setLocalStateField('user', { name: 'Bruno Keller, Caritas', color: '#2ca02c' });
    await settled();
    const label = editor.view.dom.querySelector<HTMLElement>('.collaboration-carets__label')!;
    expect(label.style.backgroundColor).toBe('rgb(44, 160, 44)');
  });
});

describe('a collaborator’s caret in text not yet received', () => {
  it('shows once the text arrives, though their presence does not change again', async () => {
    const { doc, bruno, editor, presence } = aminaAndBruno();
    presence.setLocalStateField('user', { name: 'Bruno', color: '#d62728' });
    // Bruno writes a third paragraph and puts his caret in it; his presence reaches Amina first.
    const sent = Y.encodeStateVector(doc);
    const text = new Y.XmlText('A third paragraph.');
    const block = new Y.XmlElement('paragraph');
    block.insert(0, [text]);
    bruno.getXmlFragment(BODY_FIELD).push([block]);
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 2));
    presence.setLocalStateField('cursor', { anchor: at, head: at });
    await settled();
    expect(labels(editor)).toEqual([]);
    // Then his paragraph.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(bruno, sent), 'relay');
    await settled();
    expect(labels(editor)).toEqual(['Bruno']);
    const third = editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1;
    expect((yCursorPluginKey.getState(editor.state) as DecorationSet).find().map((d) => d.from)).toEqual([third + 2]);
  });
});

describe('carets and this editor’s own presence', () => {
  it('are not redone when only this editor’s own caret moves (it does at every keystroke)', async () => {
    const { editor, awareness, presence, caretAt } = aminaAndBruno();
    let redone = 0;
    editor.on('transaction', ({ transaction }) => {
      if (transaction.getMeta(yCursorPluginKey)) redone++;
    });
    presence.setLocalStateField('user', { name: 'Bruno', color: '#d62728' });
    caretAt(4);
    await settled();
    expect(redone).toBeGreaterThan(0);
    expect(labels(editor)).toEqual(['Bruno']);
    const before = redone;
    // Amina types, and her presence changes at each key (as publishing her caret makes it do): it is
    // for the others, her own editor shows no caret of hers.
    for (let i = 0; i < 5; i++) {
      editor.view.dispatch(editor.state.tr.insertText('x', 1));
      awareness.setLocalStateField('cursor', { anchor: i, head: i });
      await settled();
    }
    expect(redone).toBe(before);
    expect(labels(editor)).toEqual(['Bruno']);
    // Bruno's moves still redo them.
    caretAt(8);
    await settled();
    expect(redone).toBe(before + 1);
    const second = editor.state.doc.child(0).nodeSize + 1;
    expect((yCursorPluginKey.getState(editor.state) as DecorationSet).find().map((d) => d.from)).toEqual([second + 8]);
  });
});

describe('carets in a long document', () => {
  it('are placed in their block without listing every block, and a selection over blocks is shown whole', async () => {
    const { editor, presence, caretAt, selectAcross } = aminaAndBruno();
    presence.setLocalStateField('user', { name: 'Bruno', color: '#d62728' });
    await settled();
    // Count the lists of the document's blocks (ProseMirror's DecorationSet.create makes one).
    const content = editor.state.doc.content;
    const forEach = content.forEach.bind(content);
    let listed = 0;
    content.forEach = (f) => (listed++, forEach(f));
    caretAt(4);
    await settled();
    expect(editor.state.doc.content).toBe(content);
    expect(listed).toBe(0);
    const second = editor.state.doc.child(0).nodeSize + 1;
    const shown = () => (yCursorPluginKey.getState(editor.state) as DecorationSet).find();
    expect(shown().map((d) => [d.from, d.to])).toEqual([[second + 4, second + 4]]);
    expect(editor.view.dom.querySelectorAll('p')[1]!.querySelector('.collaboration-carets__label')?.textContent).toBe(
      'Bruno',
    );
    // Typing before the caret moves it with the text.
    editor.view.dispatch(editor.state.tr.insertText('Very ', 1));
    expect(shown().map((d) => d.from)).toEqual([second + 9]);
    selectAcross();
    await settled();
    const highlighted = shown().filter((d) => d.from !== d.to);
    expect(highlighted.map((d) => [d.from, d.to])).toEqual([[1 + 'Very The first'.length, second + 5 + 4]]);
    expect(editor.view.dom.querySelectorAll('p')[0]!.querySelector('.ProseMirror-yjs-selection')).not.toBeNull();
  });
});
