import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc } from '../../model/documentMeta.ts';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { documentSchema } from '../../schema/schema.ts';
import { editBody } from '../../review/bodyEdit.ts';
import { anchorRange, resolveAnchor } from '../../review/schema/anchors.ts';
import { createThread, deleteMessage } from '../../review/comments.ts';
import { readThreads } from '../../review/commentRead.ts';
import { snapshotExportModel } from '../exportModel.ts';

const amina = { id: 'amina-id', name: 'Amina', colour: '#1f77b4' };

function docWith(...paragraphs: string[]): Y.Doc {
  const doc = createDocumentDoc();
  const content = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  prosemirrorJSONToYXmlFragment(documentSchema(), { type: 'doc', content }, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

/** Opens a thread, as the app does, from the start of `from` to the end of `to` (both in the body's text). */
function comment(doc: Y.Doc, from: string, to: string, text: string): string {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, documentSchema());
  const at = (words: string, end: boolean) => {
    let found = -1;
    pm.descendants((node, pos) => {
      const i = node.isText ? node.text!.indexOf(words) : -1;
      if (found < 0 && i >= 0) found = pos + i + (end ? words.length : 0);
      return found < 0;
    });
    return found;
  };
  const range = anchorRange(fragment, mapping, at(from, false), at(to, true));
  return createThread(doc, amina, { ...range, quote: `${from}…${to}`, text });
}

/** Where the app's margin places each thread: its text, or null when orphaned. */
function appPlaces(doc: Y.Doc): Map<string, string | null> {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, documentSchema());
  return new Map(
    readThreads(doc).map((t) => {
      const range = resolveAnchor(fragment, mapping, t);
      return [t.id, range ? pm.textBetween(range.from, range.to, '\n') : null];
    }),
  );
}

/** Where the export places each thread: its text, or null when orphaned. */
function exportPlaces(doc: Y.Doc): Map<string, string | null> {
  const model = snapshotExportModel(doc);
  return new Map(model.comments.map((c) => [c.id, c.orphaned ? null : model.body.textBetween(c.from, c.to, '\n')]));
}

describe('comments in an export', () => {
  it('sit where the app shows them, and nowhere when a deleted paragraph took their text', () => {
    const doc = docWith('First paragraph.', 'Second paragraph, soon deleted.', 'Third paragraph stays.');
    const across = comment(doc, 'soon deleted', 'Third', 'Runs from the deleted paragraph into the next.');
    const inside = comment(doc, 'Second', 'deleted', 'Wholly inside the deleted paragraph.');
    const kept = comment(doc, 'paragraph stays', 'paragraph stays', 'On text that stays.');
    const before = exportPlaces(doc);
    expect(before).toEqual(appPlaces(doc));
    expect(before.get(across)).toBe('soon deleted.\nThird');

    editBody(doc, (s) => s.tr.delete(s.doc.child(0).nodeSize, s.doc.child(0).nodeSize + s.doc.child(1).nodeSize));
    const app = appPlaces(doc);
    expect(app.get(across)).toBeNull();
    expect(app.get(inside)).toBeNull();
    expect(app.get(kept)).toBe('paragraph stays');
    // The export once resolved the first anchor to where the paragraph had been and printed this
    // comment on "Third", a text the app never showed it on.
    expect(exportPlaces(doc)).toEqual(app);
  });

  it('leave out a thread whose every message was deleted, and deleted messages of the others', () => {
    const doc = docWith('Some text to discuss.');
    const gone = comment(doc, 'Some', 'text', 'Withdrawn.');
    deleteMessage(doc, gone, readThreads(doc)[0]!.messages[0]!.id, amina);
    comment(doc, 'discuss', 'discuss', 'Still here.');
    expect(snapshotExportModel(doc).comments.map((c) => c.messages.map((m) => m.text))).toEqual([['Still here.']]);
  });
});
