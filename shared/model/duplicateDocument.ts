import type * as Y from 'yjs';
import { readBody, writeBody } from './body.ts';
import { createDocumentDoc, readMeta, writeMeta } from './documentMeta.ts';

/**
 * A copy of a document's current text and metadata as a new document with a fresh history, so the
 * copy and the original never merge into each other.
 */
export function duplicateDocument(source: Y.Doc, title: string, now: string): Y.Doc {
  const copy = createDocumentDoc();
  copy.transact(() => {
    writeBody(copy, readBody(source));
    writeMeta(copy, { ...readMeta(source), title, status: 'draft', createdAt: now });
  });
  return copy;
}
