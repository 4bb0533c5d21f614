import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc } from '../model/documentMeta.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { editBody } from './bodyEdit.ts';
import { anchorRange, resolveAnchor } from './schema/anchors.ts';
import { createThread, deleteMessage, editMessage, reply, setResolved } from './comments.ts';
import { readThreads } from './commentRead.ts';
import type { Author } from './suggestionMeta.ts';

const amina: Author = { id: 'amina-id', name: 'Amina', colour: '#1f77b4' };
const bruno: Author = { id: 'bruno-id', name: 'Bruno', colour: '#d62728' };

function docWith(...paragraphs: string[]): Y.Doc {
  const doc = createDocumentDoc();
  const content = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  prosemirrorJSONToYXmlFragment(documentSchema(), { type: 'doc', content }, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = createDocumentDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function view(doc: Y.Doc) {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  return { fragment, ...initProseMirrorDoc(fragment, documentSchema()) };
}

/** Opens a thread on the first occurrence of `words`. */
function comment(doc: Y.Doc, words: string, text: string): string {
  const { fragment, doc: pm, mapping } = view(doc);
  const from = pm.textContent.indexOf(words) + 1;
  return createThread(doc, amina, { ...anchorRange(fragment, mapping, from, from + words.length), quote: words, text });
}

/** The text a thread is anchored to now, or null when orphaned. */
function anchored(doc: Y.Doc, threadId: string): string | null {
  const { fragment, doc: pm, mapping } = view(doc);
  const thread = readThreads(doc).find((t) => t.id === threadId)!;
  const range = resolveAnchor(fragment, mapping, thread);
  return range ? pm.textBetween(range.from, range.to, '\n') : null;
}

const insertAt = (doc: Y.Doc, before: string, text: string) =>
  editBody(doc, (s) => s.tr.insertText(text, s.doc.textContent.indexOf(before) + 1));
const deleteText = (doc: Y.Doc, words: string) =>
  editBody(doc, (s) =>
    s.tr.delete(s.doc.textContent.indexOf(words) + 1, s.doc.textContent.indexOf(words) + 1 + words.length),
  );

describe('comment anchors', () => {
  it('stay on their text through concurrent edits around and inside the range', () => {
    const a = docWith('States commit to end child detention in all circumstances.');
    const id = comment(a, 'child detention', 'Which States?');
    const b = copyOf(a);
    insertAt(a, 'States', 'All ');
    insertAt(a, 'detention', 'immigration ');
    insertAt(b, ' in all', ' (edge)');
    insertAt(b, 'child', 'the ');
    deleteText(b, 'circumstances');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(view(doc).doc.textContent).toBe(
        'All States commit to end the child immigration detention (edge) in all .',
      );
      expect(anchored(doc, id)).toBe('child immigration detention');
    }
  });

  it('an anchor whose text was deleted is orphaned but keeps its thread and quote', () => {
    const a = docWith('First paragraph.', 'Second paragraph with the anchor.');
    const inside = comment(a, 'the anchor', 'Keep this.');
    const whole = comment(a, 'First', 'And this.');
    const b = copyOf(a);
    deleteText(a, 'the anchor');
    editBody(b, (s) => s.tr.delete(0, s.doc.child(0).nodeSize));
    sync(a, b);
    expect(anchored(b, inside)).toBeNull();
    expect(anchored(b, whole)).toBeNull();
    expect(
      readThreads(b)
        .map((t) => t.quote)
        .sort(),
    ).toEqual(['First', 'the anchor']);
  });

  it('text deleted and brought back by undo anchors (or orphans) a comment alike on every replica', () => {
    // Found by the soak (seed 1000): Yjs links a deleted item to the text an undo recreated only on
    // the replica that undid, so resolving through that link anchored the comment there alone.
    const a = docWith('States commit to end child detention.');
    const id = comment(a, 'child detention', 'Which States?');
    const b = copyOf(a);
    const undo = new Y.UndoManager(a.getXmlFragment(BODY_FIELD), { trackedOrigins: new Set(['typing']) });
    editBody(
      a,
      (s) => s.tr.delete(s.doc.textContent.indexOf('child') + 1, s.doc.textContent.indexOf('.') + 1),
      'typing',
    );
    undo.undo();
    sync(a, b);
    expect(view(a).doc.textContent).toBe(view(b).doc.textContent);
    expect(view(a).doc.textContent).toContain('child detention');
    expect(anchored(a, id)).toBe(anchored(b, id));
  });

  it('replies, edits, deletions and resolution merge between members', () => {
    const a = docWith('Text to discuss.');
    const id = comment(a, 'discuss', 'Should we discuss?');
    const b = copyOf(a);
    reply(a, id, amina, { text: 'Yes, @Bruno', mentions: ['person:bruno-id'] });
    reply(b, id, bruno, { text: 'Agreed.' });
    sync(a, b);
    const aminas = readThreads(b)[0]!.messages.find((m) => m.text === 'Yes, @Bruno')!;
    expect(aminas.mentions).toEqual(['person:bruno-id']);
    expect(() => editMessage(b, id, aminas.id, bruno, { text: 'hijack' })).toThrow(/own/);
    editMessage(a, id, aminas.id, amina, { text: 'Yes, @Bruno!' });
    setResolved(b, id, true, bruno);
    sync(a, b);
    const [thread] = readThreads(a);
    expect(thread!.resolved).toBe(true);
    expect(thread!.resolvedBy).toBe('Bruno');
    expect(thread!.messages.map((m) => m.text).sort()).toEqual(['Agreed.', 'Should we discuss?', 'Yes, @Bruno!']);
    deleteMessage(a, id, thread!.messages[0]!.id, amina);
    expect(readThreads(a)[0]!.messages[0]).toMatchObject({ deleted: true, text: '' });
    expect(readThreads(a)[0]!.messages).toHaveLength(3);
  });
});
