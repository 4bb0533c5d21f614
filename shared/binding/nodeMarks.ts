import * as Y from 'yjs';
import { Mark, type Node as PMNode, type NodeType } from '@tiptap/pm/model';

/**
 * Marks on a node other than text (a suggested deletion or insertion of a footnote, bold across an
 * inline atom) live in this attribute of its Y.XmlElement, as the marks' JSON. y-tiptap writes only
 * a node's attributes, so without it such a mark stayed in the editor of the person who made it:
 * accepting a suggested deletion of a sentence with a footnote removed the footnote on their screen
 * and nowhere else (found by the soak, seed 2004). Readers that do not know it (y-tiptap's) ignore
 * it: ProseMirror keeps only the attributes a node type declares.
 */
export const NODE_MARKS_ATTRIBUTE = 'marks';

/** A node's marks as stored: their JSON, or undefined when it has none. */
function stored(node: PMNode): unknown[] | undefined {
  return node.marks.length > 0 ? node.marks.map((mark) => mark.toJSON() as unknown) : undefined;
}

/**
 * The marks stored on an element that the schema knows and `parent` allows on its children; bad
 * entries are skipped.
 */
export function readNodeMarks(el: Y.XmlElement, parent: NodeType): readonly Mark[] {
  const value: unknown = el.getAttribute(NODE_MARKS_ATTRIBUTE);
  if (!Array.isArray(value)) return Mark.none;
  const marks: Mark[] = [];
  for (const json of value.slice(0, 16)) {
    try {
      const mark = Mark.fromJSON(parent.schema, json);
      if (parent.allowsMarkType(mark.type)) marks.push(mark);
    } catch {
      // An unknown mark or bad attributes: the node is read without it.
    }
  }
  return Mark.setFrom(marks);
}

/** Writes the marks of `node` into `el` alone (inside the caller's Yjs transaction), when they differ. */
export function writeOwnNodeMarks(el: Y.XmlElement, node: PMNode): void {
  const want = stored(node);
  const have: unknown = el.getAttribute(NODE_MARKS_ATTRIBUTE);
  if (JSON.stringify(want) === JSON.stringify(have ?? undefined)) return;
  // Yjs stores any JSON value in an attribute; its typings say string.
  if (want) el.setAttribute(NODE_MARKS_ATTRIBUTE, want as unknown as string);
  else el.removeAttribute(NODE_MARKS_ATTRIBUTE);
}

/**
 * Writes the marks of `node` and of every element node inside it into their elements (inside the
 * caller's Yjs transaction), after y-tiptap wrote `node` into `el`; touches only what differs.
 */
export function writeNodeMarks(el: Y.XmlElement, node: PMNode): void {
  writeOwnNodeMarks(el, node);
  let index = 0;
  for (const child of el.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    while (index < node.childCount && node.child(index).isText) index++;
    if (index < node.childCount) writeNodeMarks(child, node.child(index++));
  }
}
