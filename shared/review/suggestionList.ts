import type { Node as PMNode } from '@tiptap/pm/model';

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

/**
 * Every suggestion in a document, in document order. One pass over the text: callers run it when
 * the suggestion list is shown, debounced, never per keystroke.
 */
export function collectSuggestions(doc: PMNode): SuggestionEntry[] {
  const byId = new Map<string, SuggestionEntry>();
  const blockOf = new Map<string, PMNode>();
  doc.descendants((node, pos, parent) => {
    for (const mark of node.marks) {
      const kind = mark.type.name;
      if (kind !== 'insertion' && kind !== 'deletion' && kind !== 'modification') continue;
      const id = String(mark.attrs.id);
      let entry = byId.get(id);
      if (!entry)
        byId.set(id, (entry = { id, inserted: '', deleted: '', modified: false, from: pos, to: pos + node.nodeSize }));
      entry.to = Math.max(entry.to, pos + node.nodeSize);
      // A suggestion that runs on into another paragraph shows the break as ¶.
      const newBlock = parent !== null && blockOf.has(id) && blockOf.get(id) !== parent;
      if (parent) blockOf.set(id, parent);
      const text = (newBlock ? '¶' : '') + (node.isText ? (node.text ?? '').replace(ZWSP, '') : '');
      if (kind === 'insertion') entry.inserted += text;
      else if (kind === 'deletion') entry.deleted += text;
      else entry.modified = true;
    }
    return true;
  });
  return [...byId.values()];
}
