import type { Node as PMNode } from '@tiptap/pm/model';
import { blockMemo } from '../model/blockMemo.ts';

const ZWSP = /\u200B/g;

/** One suggestion as found in the text: what it inserts and deletes, and where it starts and ends. */
export interface SuggestionEntry {
  id: string;
  inserted: string;
  deleted: string;
  /** Formatting or attribute changes tracked by `modification` marks. */
  modified: boolean;
  from: number;
  to: number;
}

/** A node carrying a suggestion mark, at a position from its top-level block's start. */
interface MarkedNode {
  id: string;
  kind: 'insertion' | 'deletion' | 'modification';
  at: number;
  size: number;
  text: string;
  /** The node's parent; TOP for a top-level block (its parent, the document, changes with every edit). */
  parent: object;
}

const TOP = {};
const SUGGESTION_MARKS = new Set(['insertion', 'deletion', 'modification']);

function marksOf(node: PMNode, at: number, parent: object, out: MarkedNode[]): void {
  for (const mark of node.marks) {
    const kind = mark.type.name;
    if (!SUGGESTION_MARKS.has(kind)) continue;
    const text = node.isText ? (node.text ?? '').replace(ZWSP, '') : '';
    out.push({ id: String(mark.attrs.id), kind: kind as MarkedNode['kind'], at, size: node.nodeSize, text, parent });
  }
}

// A top-level block's suggestion-marked nodes in document order, remembered by the block (blockMemo.ts).
const markedIn = blockMemo((block) => {
  const out: MarkedNode[] = [];
  marksOf(block, 0, TOP, out);
  block.descendants((node, pos, parent) => marksOf(node, 1 + pos, parent ?? block, out));
  return out;
});

/**
 * Every suggestion in a document, in document order. Callers run it when the suggestion list is
 * shown, debounced, never per keystroke; each top-level block is read once per block node, so a
 * re-read after typing walks the changed blocks only.
 */
export function collectSuggestions(doc: PMNode): SuggestionEntry[] {
  const byId = new Map<string, SuggestionEntry>();
  const blockOf = new Map<string, object>();
  doc.forEach((block, offset) => {
    for (const { id, kind, at, size, text, parent } of markedIn(block)) {
      const pos = offset + at;
      let entry = byId.get(id);
      if (!entry) byId.set(id, (entry = { id, inserted: '', deleted: '', modified: false, from: pos, to: pos + size }));
      entry.to = Math.max(entry.to, pos + size);
      // A suggestion that runs on into another paragraph shows the break as ¶.
      const newBlock = blockOf.has(id) && blockOf.get(id) !== parent;
      blockOf.set(id, parent);
      if (kind === 'insertion') entry.inserted += (newBlock ? '¶' : '') + text;
      else if (kind === 'deletion') entry.deleted += (newBlock ? '¶' : '') + text;
      else entry.modified = true;
    }
  });
  return [...byId.values()];
}
