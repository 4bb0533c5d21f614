import type * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { createDocumentDoc, readMeta, writeMeta } from './documentMeta.ts';

/**
 * A copy of a document's current text and metadata as a new document with a fresh history, so the
 * copy and the original never merge into each other.
 */
export function duplicateDocument(source: Y.Doc, title: string, now: string): Y.Doc {
  const copy = createDocumentDoc();
  const json = yXmlFragmentToProsemirrorJSON(source.getXmlFragment(BODY_FIELD));
  copy.transact(() => {
    prosemirrorJSONToYXmlFragment(documentSchema(), json, copy.getXmlFragment(BODY_FIELD));
    writeMeta(copy, { ...readMeta(source), title, status: 'draft', createdAt: now });
  });
  return copy;
}
