import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { createDocumentDoc, writeMeta } from './documentMeta.ts';
import { readBody, writeBody } from './body.ts';
import { duplicateDocument } from './duplicateDocument.ts';

/** A sentence with its footnote, all suggested for deletion. */
const deleted = { type: 'deletion', attrs: { id: 4 } };
const BODY: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Detention harms children.', marks: [deleted] },
        { type: 'footnote', attrs: { id: 'n1' }, marks: [deleted], content: [{ type: 'text', text: 'UNICEF, 2024.' }] },
      ],
    },
  ],
};

describe('a body written and read whole', () => {
  it('keeps the marks on a footnote, through a copy of the document too', () => {
    const doc = createDocumentDoc();
    doc.transact(() => {
      writeBody(doc, BODY);
      writeMeta(doc, { title: 'Key messages' });
    });
    expect(readBody(doc).toJSON()).toEqual(BODY);
    const copy = duplicateDocument(doc, 'Key messages (copy)', '2026-12-01T10:00:00.000Z');
    expect(readBody(copy).toJSON()).toEqual(BODY);
  });
});
