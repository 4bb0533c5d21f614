import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc, writeMeta } from './documentMeta.ts';
import { documentFacts, listDocument } from './documentListing.ts';
import { getEntry, trashEntry } from './workspaceIndex.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';

function documentWith(text: string): Y.Doc {
  const doc = createDocumentDoc();
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  prosemirrorJSONToYXmlFragment(documentSchema(), body, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

describe('documentFacts', () => {
  it('reads every fact the library shows from the document', () => {
    const doc = documentWith('Four words of text.');
    writeMeta(doc, {
      title: 'Pledge',
      createdAt: '2026-01-01T00:00:00.000Z',
      templateId: 't1',
      milestoneId: 'm1',
      status: 'final',
      deadline: '2026-05-05',
      language: 'ar',
    });
    expect(documentFacts(doc)).toEqual({
      title: 'Pledge',
      createdAt: '2026-01-01T00:00:00.000Z',
      wordCount: 4,
      templateId: 't1',
      milestoneId: 'm1',
      status: 'final',
      deadline: '2026-05-05',
      language: 'ar',
    });
  });

  it('reads a document from before languages as English, and ignores a language we do not write in', () => {
    const doc = documentWith('Text.');
    expect(documentFacts(doc).language).toBe('en');
    doc.getMap('meta').set('language', 'de');
    expect(documentFacts(doc).language).toBe('en');
  });
});

describe('listDocument', () => {
  const now = '2026-02-01T10:00:00.000Z';
  const later = '2026-02-02T10:00:00.000Z';

  it('adds a missing entry, stamped now and out of the trash', () => {
    const workspace = new Y.Doc();
    const doc = documentWith('Hello there.');
    writeMeta(doc, { title: 'Note', deadline: '2026-03-03' });
    listDocument(workspace, 'doc1', doc, { now });
    expect(getEntry(workspace, 'doc1')).toMatchObject({
      title: 'Note',
      deadline: '2026-03-03',
      wordCount: 2,
      createdAt: now,
      updatedAt: now,
      trashedAt: null,
    });
  });

  it('leaves the word count as it is listed when told not to count (a new entry: none yet)', () => {
    const workspace = new Y.Doc();
    const doc = documentWith('Hello there.');
    writeMeta(doc, { title: 'Note' });
    listDocument(workspace, 'doc1', doc, { now, uncounted: true });
    expect(getEntry(workspace, 'doc1')).toMatchObject({ title: 'Note', wordCount: 0 });
    listDocument(workspace, 'doc1', doc, { now });
    expect(getEntry(workspace, 'doc1')?.wordCount).toBe(2);
    const more = documentWith('Three more words.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(more));
    writeMeta(doc, { title: 'Longer note' });
    listDocument(workspace, 'doc1', doc, { now, uncounted: true });
    expect(getEntry(workspace, 'doc1')).toMatchObject({ title: 'Longer note', wordCount: 2 });
  });

  it('keeps "last edited" and the trash unless told, and writes nothing for an unchanged document', () => {
    const workspace = new Y.Doc();
    const doc = documentWith('Hello.');
    listDocument(workspace, 'doc1', doc, { now });
    trashEntry(workspace, 'doc1', now);
    let writes = 0;
    workspace.on('update', () => writes++);
    listDocument(workspace, 'doc1', doc, { now: later });
    expect(writes).toBe(0);
    writeMeta(doc, { status: 'in-review' });
    listDocument(workspace, 'doc1', doc, { now: later });
    expect(getEntry(workspace, 'doc1')).toMatchObject({ status: 'in-review', updatedAt: now, trashedAt: now });
    listDocument(workspace, 'doc1', doc, { now: later, edited: true, untrash: true });
    expect(getEntry(workspace, 'doc1')).toMatchObject({ updatedAt: later, trashedAt: null, createdAt: now });
  });
});
