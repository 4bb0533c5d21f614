import type { EditorState } from '@tiptap/pm/state';

/**
 * What a control that reflects the selection (bold pressed, in a list, in a table) can see of a
 * state: the kind of selection, its ranges counted from the start of the first top-level block it
 * is in, those blocks (the very same node objects until something inside them changes) and the
 * stored marks. Positions are relative, so a collaborator's keystroke in another block, which only
 * shifts them, leaves the key equal.
 */
function selectionKey(state: EditorState): unknown[] {
  const { selection, doc } = state;
  const { $from, $to } = selection;
  // At the document's very end (a gap cursor after the last block) that last block counts.
  const first = Math.min($from.index(0), doc.childCount - 1);
  const start = $from.depth > 0 ? $from.before(1) : $from.pos;
  const last = Math.min(Math.max($to.index(0), first), doc.childCount - 1);
  const key: unknown[] = [selection.constructor, state.storedMarks];
  for (const range of selection.ranges) key.push(range.$from.pos - start, range.$to.pos - start);
  for (let i = first; i <= last; i++) key.push(doc.child(i));
  return key;
}

/**
 * `read`, run again only when the selection, the blocks it is in or the stored marks changed
 * (selectionKey). For what depends on nothing else and on no absolute position: the formatting
 * toolbar asks on every transaction, every keystroke of a collaborator included, and 12 `isActive`
 * checks were about a twentieth of applying one in a 100-page report.
 */
export function memoAtSelection<T>(read: (state: EditorState) => T): (state: EditorState) => T {
  let key: unknown[] | null = null;
  let value: T;
  return (state) => {
    const next = selectionKey(state);
    if (key?.length === next.length && next.every((part, i) => part === key![i])) return value;
    value = read(state);
    key = next;
    return value;
  };
}
