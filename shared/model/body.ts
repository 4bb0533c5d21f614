import type * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';

/** A document's body as a ProseMirror node. */
export function readBody(doc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), documentSchema());
}

/** A ProseMirror node as is, or one built from JSON against the document schema (throws if it does not fit). */
export function toNode(doc: PMNode | JSONContent): PMNode {
  return isNode(doc) ? doc : documentSchema().nodeFromJSON(doc);
}

function isNode(doc: PMNode | JSONContent): doc is PMNode {
  return typeof (doc as PMNode).nodeSize === 'number' && typeof (doc as PMNode).descendants === 'function';
}
