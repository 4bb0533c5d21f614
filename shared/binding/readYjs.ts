import * as Y from 'yjs';
import type { Mark, Node as PMNode, NodeType, Schema } from '@tiptap/pm/model';
import type { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import { readNodeMarks } from './nodeMarks.ts';

/**
 * The binding's map from Yjs types to the ProseMirror nodes rendering them (an XmlElement to its
 * node, an XmlText to its text nodes): the same shape y-tiptap's helpers for relative positions
 * read, so carets, comment anchors and the undo manager resolve positions through it unchanged.
 */
export type BindingMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** Any Yjs type, as the mapping keys them. */
export type YType = Parameters<BindingMapping['get']>[0];

/** Called with the Yjs item of content that cannot be read into the schema (it gets deleted, as y-tiptap does). */
export type OnUnreadable = (item: Y.Item) => void;

// Marks that do not exclude themselves are stored under `name--hash` (one attribute per instance).
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** The mark name a Y.XmlText formatting attribute stands for. */
function markNameOfAttribute(attribute: string): string {
  return HASHED_MARK.exec(attribute)?.[1] ?? attribute;
}

function textNodes(text: Y.XmlText, schema: Schema): PMNode[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, Record<string, unknown>> }[];
  return delta.map((d) => {
    if (typeof d.insert !== 'string') throw new Error('an embed in a paragraph');
    const marks: Mark[] = [];
    for (const name in d.attributes) marks.push(schema.mark(markNameOfAttribute(name), d.attributes[name]));
    return schema.text(d.insert, marks);
  });
}

/**
 * The ProseMirror node for a Y.XmlElement, reusing the mapped node of every element the mapping
 * still holds (unchanged subtrees cost nothing). Content the schema cannot hold is reported to
 * `onUnreadable` and left out; null when the element itself cannot be read.
 */
export function readElement(
  el: Y.XmlElement,
  schema: Schema,
  mapping: BindingMapping,
  onUnreadable: OnUnreadable,
  /** The type of the element's parent, which decides the marks the element may carry (none: the top). */
  parent: NodeType | null = null,
): PMNode | null {
  const known = mapping.get(el);
  if (known !== undefined && !Array.isArray(known)) return known;
  const children: PMNode[] = [];
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) {
      const node = readElement(child, schema, mapping, onUnreadable, schema.nodes[el.nodeName] ?? null);
      if (node) children.push(node);
    } else if (child instanceof Y.XmlText) {
      try {
        children.push(...textNodes(child, schema));
      } catch {
        if (child._item) onUnreadable(child._item);
      }
    }
  }
  try {
    const type = schema.nodes[el.nodeName];
    if (!type) throw new RangeError(`unknown node ${el.nodeName}`);
    const node = type.createChecked(el.getAttributes(), children, parent ? readNodeMarks(el, parent) : []);
    mapping.set(el, node);
    return node;
  } catch {
    mapping.delete(el);
    if (el._item) onUnreadable(el._item);
    return null;
  }
}

/**
 * Records that `node` (structurally equal to what `readElement` built for `el`) now renders `el`
 * and its descendants: ProseMirror rebuilds the ancestors of a replaced range, and the mapping must
 * hold the nodes really in the document for identity checks to stay fast.
 */
export function bindElement(
  el: Y.XmlElement,
  node: PMNode,
  mapping: BindingMapping,
  /**
   * Descend even where an element already maps to its node (the nodes below it may be older), and
   * call this with every element and its node on the way.
   */
  everyLevel?: (el: Y.XmlElement, node: PMNode) => void,
): void {
  if (!everyLevel && mapping.get(el) === node) return;
  mapping.set(el, node);
  everyLevel?.(el, node);
  let index = 0;
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) {
      while (index < node.childCount && node.child(index).isText) index++;
      if (index < node.childCount) bindElement(child, node.child(index++), mapping, everyLevel);
    } else if (child instanceof Y.XmlText) {
      // The text nodes holding exactly this Y.XmlText's characters; none when ProseMirror joined its
      // text with a neighbour's (two adjacent Y.XmlTexts): a wrong entry would fool y-tiptap's differ.
      const texts: PMNode[] = [];
      let length = 0;
      while (length < child.length && index < node.childCount && node.child(index).isText) {
        texts.push(node.child(index));
        length += node.child(index++).nodeSize;
      }
      if (length === child.length && texts.length > 0) mapping.set(child, texts);
      else mapping.delete(child);
    }
  }
}
