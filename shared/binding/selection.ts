import { TextSelection, type Selection, type Transaction } from '@tiptap/pm/state';

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
