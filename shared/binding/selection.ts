import type * as Y from 'yjs';
import { AllSelection, NodeSelection, TextSelection, type Selection, type Transaction } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import type { BindingMapping } from './readYjs.ts';

/** A selection as y-tiptap's undo plugin stores it with each undo step (Yjs relative positions). */
export interface RelativeSelection {
  type: string;
  anchor: unknown;
  head: unknown;
}

/**
 * Keeps the local selection where it was through a collaborator's change: ProseMirror maps it through
 * the (minimal) steps, associating to the left like the Yjs positions y-tiptap used to restore, so
 * text a collaborator types right at the caret appears after it.
 */
export function keepSelection(tr: Transaction, before: Selection): void {
  if (!(before instanceof TextSelection)) return;
  const anchor = tr.mapping.map(before.anchor, -1);
  const head = tr.mapping.map(before.head, -1);
  tr.setSelection(TextSelection.between(tr.doc.resolve(anchor), tr.doc.resolve(head)));
}

/** Puts the selection back where an undo step says it was (y-tiptap's undo plugin hands it over). */
export function restoreSelection(
  tr: Transaction,
  saved: RelativeSelection,
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  mapping: BindingMapping,
): void {
  if (saved.type === 'all') {
    tr.setSelection(new AllSelection(tr.doc));
    return;
  }
  const clamp = (pos: number | null) => (pos === null ? null : Math.max(0, Math.min(pos, tr.doc.content.size)));
  let anchor = clamp(relativePositionToAbsolutePosition(doc, fragment, saved.anchor, mapping));
  let head = clamp(relativePositionToAbsolutePosition(doc, fragment, saved.head, mapping));
  anchor ??= head;
  head ??= anchor;
  if (anchor === null || head === null) return;
  if (saved.type === 'node' && tr.doc.resolve(anchor).nodeAfter) {
    tr.setSelection(NodeSelection.create(tr.doc, anchor));
    return;
  }
  tr.setSelection(TextSelection.between(tr.doc.resolve(anchor), tr.doc.resolve(head)));
}
