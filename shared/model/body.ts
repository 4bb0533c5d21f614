import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Fragment } from '@tiptap/pm/model';
import { readElement, type BindingMapping } from '../binding/readYjs.ts';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import { writeNodeMarks } from '../binding/nodeMarks.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';

/**
 * A document's body as a ProseMirror node, read as the editor reads it (marks on footnotes
 * included); content the schema cannot hold is left out, and the document is not changed.
 */
export function readBody(doc: Y.Doc): PMNode {
  const schema = documentSchema();
  const mapping: BindingMapping = new Map();
  const blocks = doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .flatMap((el) => (el instanceof Y.XmlElement ? [readElement(el, schema, mapping, () => undefined)] : []))
    .filter((node): node is PMNode => node !== null);
  return schema.topNodeType.create(null, Fragment.fromArray(blocks));
}

/**
 * Writes a whole body (a node or its JSON) into a document's empty body, marks on footnotes
 * included (y-tiptap's writer leaves those out). Call inside the caller's transaction.
 */
export function writeBody(doc: Y.Doc, body: PMNode | JSONContent): void {
  const node = toNode(body);
  const fragment = doc.getXmlFragment(BODY_FIELD);
  prosemirrorToYXmlFragment(node, fragment);
  fragment.toArray().forEach((el, i) => el instanceof Y.XmlElement && writeNodeMarks(el, node.child(i)));
}

/** A ProseMirror node as is, or one built from JSON against the document schema (throws if it does not fit). */
export function toNode(doc: PMNode | JSONContent): PMNode {
  return isNode(doc) ? doc : documentSchema().nodeFromJSON(doc);
}

function isNode(doc: PMNode | JSONContent): doc is PMNode {
  return typeof (doc as PMNode).nodeSize === 'number' && typeof (doc as PMNode).descendants === 'function';
}
