import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { newId } from '../ids.ts';
import { claimSuggestions } from './suggestOwnership.ts';

/** A transaction turned into a suggestion, and the suggestion ids it created (to record their author). */
export interface SuggestedTransaction {
  tr: Transaction;
  created: string[];
}

/**
 * Our schema (like y-tiptap, which does not store node marks) keeps suggestion marks on inline
 * content. Where the library would mark a whole block (a pasted paragraph, a table), this marks the
 * block's inline content instead, which accepts and rejects the same way.
 */
function inlineNodeMarks(tr: Transaction): Transaction {
  const addNodeMark = tr.addNodeMark.bind(tr);
  tr.addNodeMark = (pos: number, mark: Mark) => {
    const $pos = tr.doc.resolve(pos);
    const node = $pos.nodeAfter;
    if (!node || $pos.parent.type.allowsMarkType(mark.type)) return addNodeMark(pos, mark);
    node.descendants((child, offset) => {
      if (!child.isInline) return true;
      const from = pos + 1 + offset;
      tr.addMark(from, from + child.nodeSize, mark);
      return false;
    });
    return tr;
  };
  return tr;
}

/**
 * Turns an ordinary edit into a suggestion (with @handlewithcare/prosemirror-suggest-changes):
 * insertions are marked `insertion`, deletions `deletion`, formatting becomes delete + insert.
 * `isMine` says whether an existing suggestion id belongs to the author making this edit, so the
 * result never extends someone else's suggestion. Throws when the edit cannot be expressed as a
 * suggestion in this schema (e.g. turning a paragraph into a heading); callers refuse the edit then.
 */
export function suggestTransaction(
  original: Transaction,
  state: EditorState,
  isMine: (id: string) => boolean,
  makeId: () => string = newId,
): SuggestedTransaction {
  const generated: string[] = [];
  const generateId = () => {
    const id = makeId();
    generated.push(id);
    return id;
  };
  const patched = Object.create(state) as EditorState;
  Object.defineProperty(patched, 'tr', { get: () => inlineNodeMarks(state.tr) });
  const tr = transformToSuggestionTransaction(original, patched, generateId);
  const mine = (id: string) => generated.includes(id) || isMine(id);
  const used = claimSuggestions(tr, state.doc, mine, generated[0] ?? generateId());
  tr.doc.check();
  return { tr, created: [...used].filter((id) => generated.includes(id)) };
}
