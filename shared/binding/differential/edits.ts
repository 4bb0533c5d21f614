import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { joinBackward, splitBlock, toggleMark } from '@tiptap/pm/commands';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from '@tiptap/pm/schema-list';
import { addColumnAfter, addRowAfter, deleteRow } from '@tiptap/pm/tables';
import { redo, undo } from '@tiptap/y-tiptap';
import { suggestTransaction } from '../../review/suggestTransaction.ts';
import { reviewSuggestions } from '../../review/reviewSuggestions.ts';
import { blockStarts, randomCaret, randomRange } from './positions.ts';
import type { Random } from './random.ts';

type Command = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;

/** What an edit needs from a collaborator (a differential Replica, a soak member). */
export interface EditTarget {
  readonly state: EditorState;
  suggesting: boolean;
  dispatch(tr: Transaction): void;
  /** Whether a suggestion is this collaborator's own (default: every one). */
  owns?(id: string): boolean;
  /** Told the suggestion ids a suggested edit created, before it is dispatched (the app records their author). */
  suggested?(ids: readonly string[]): void;
}

let ids = 0;

/**
 * Whether an edit leaves a document the schema accepts. Commands on tables that concurrent edits
 * made irregular can nest rows in rows; ProseMirror applies that, Yjs stores it, and every reader
 * (y-tiptap's and the binding's) drops it: that is the editor's invariant, not the binding's.
 */
function valid(tr: Transaction): boolean {
  try {
    tr.doc.check();
    return true;
  } catch {
    return false;
  }
}
const WORDS = ['a', 'b', 'lo', 'rem', ' ', 'ipsum ', 'xy', 'Zz'];

/** Runs a command with the caret (or selection) at from..to; the transaction it makes, if any. */
function atSelection(state: EditorState, from: number, to: number, command: Command): Transaction | null {
  const placed = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  let out: Transaction | null = null;
  command(placed, (tr) => (out = tr));
  if (!out) return null;
  // Rebase onto the replica's own state: the same steps, applied to the unmoved selection.
  const tr = state.tr;
  for (const step of (out as Transaction).steps) if (tr.maybeStep(step).failed) return null;
  return tr;
}

function table(state: EditorState): Transaction | null {
  const at = randomBoundary(state);
  const s = state.schema;
  const cell = () => s.nodes.tableCell!.create(null, s.nodes.paragraph!.create(null, s.text('c')));
  const row = () => s.nodes.tableRow!.create(null, [cell(), cell()]);
  return state.tr.insert(at, s.nodes.table!.create(null, [row(), row()]));
}

function randomBoundary(state: EditorState): number {
  let pos = 0;
  const cut = Math.floor(state.doc.childCount / 2);
  for (let i = 0; i < cut; i++) pos += state.doc.child(i).nodeSize;
  return pos;
}

/** One random local edit on `r`; returns its description (null: nothing applicable). */
export function randomEdit(rnd: Random, r: EditTarget): string | null {
  const state = r.state;
  const s = state.schema;
  const kind = rnd.pick([
    'type',
    'type',
    'type',
    'delete',
    'split',
    'join',
    'mark',
    'list',
    'listItem',
    'table',
    'tableRow',
    'footnote',
    'markFootnote',
    'heading',
    'suggestMode',
    'review',
    'undo',
    'redo',
  ] as const);
  let tr: Transaction | null = null;
  const caret = randomCaret(rnd, state.doc);
  const range = randomRange(rnd, state.doc, 12);
  if (kind === 'undo' || kind === 'redo') return (kind === 'undo' ? undo : redo)(state) ? kind : null;
  if (kind === 'suggestMode') {
    r.suggesting = !r.suggesting;
    return `suggesting ${r.suggesting}`;
  }
  if (caret === null || range === null) return null;
  const [from, to] = range;
  if (kind === 'type') tr = state.tr.insertText(rnd.pick(WORDS), caret);
  if (kind === 'delete' && from < to) tr = state.tr.delete(from, to);
  if (kind === 'split') tr = atSelection(state, caret, caret, splitBlock);
  if (kind === 'join')
    tr = atSelection(state, rnd.pick(blockStarts(state.doc)), rnd.pick(blockStarts(state.doc)), joinBackward);
  if (kind === 'mark') tr = atSelection(state, from, to, toggleMark(rnd.chance(0.5) ? s.marks.bold! : s.marks.italic!));
  if (kind === 'list')
    tr = atSelection(state, from, to, wrapInList(rnd.chance(0.5) ? s.nodes.bulletList! : s.nodes.orderedList!));
  if (kind === 'listItem')
    tr = atSelection(
      state,
      caret,
      caret,
      rnd.pick([liftListItem, sinkListItem, splitListItem].map((f) => f(s.nodes.listItem!))),
    );
  if (kind === 'table') tr = table(state);
  if (kind === 'tableRow') tr = atSelection(state, caret, caret, rnd.pick([addRowAfter, addColumnAfter, deleteRow]));
  if (kind === 'markFootnote') {
    // A mark on exactly one footnote (an objective tag, bold): it lives on the node, not on text.
    const notes: number[] = [];
    state.doc.descendants((node, pos) => void (node.type === s.nodes.footnote && notes.push(pos)));
    if (notes.length === 0) return null;
    const at = rnd.pick(notes);
    const mark = rnd.chance(0.5) ? s.marks.tag!.create({ tags: [rnd.pick(['O2', 'O16'])] }) : s.marks.bold!.create();
    tr = atSelection(state, at, at + state.doc.nodeAt(at)!.nodeSize, toggleMark(mark.type, mark.attrs));
  }
  if (kind === 'footnote') tr = state.tr.insert(caret, s.nodes.footnote!.create({ id: `n${ids++}` }, s.text('note')));
  if (kind === 'heading') {
    const $pos = state.doc.resolve(caret);
    const level = rnd.int(1, 3);
    tr = atSelection(state, caret, caret, (st, dispatch) => {
      dispatch?.(
        st.tr.setBlockType($pos.before(), $pos.after(), rnd.chance(0.7) ? s.nodes.heading! : s.nodes.paragraph!, {
          level,
        }),
      );
      return true;
    });
  }
  if (kind === 'review') {
    tr = reviewSuggestions(state, null, rnd.chance(0.5) ? 'accept' : 'reject');
    if (!tr || !valid(tr)) return null;
    r.dispatch(tr);
    return 'review suggestions';
  }
  if (!tr || !tr.docChanged) return null;
  let created: readonly string[] = [];
  if (r.suggesting && (kind === 'type' || kind === 'delete')) {
    try {
      const suggested = suggestTransaction(
        tr,
        state,
        (id) => r.owns?.(id) ?? true,
        () => `s${ids++}`,
      );
      tr = suggested.tr;
      created = suggested.created;
    } catch {
      return null;
    }
  }
  if (!valid(tr)) return null;
  if (created.length > 0) r.suggested?.(created);
  r.dispatch(tr);
  return `${kind} ${from}-${to}`;
}
