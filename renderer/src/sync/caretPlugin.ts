import * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type DecorationAttrs, type EditorView } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';
import { setMeta, ySyncPluginKey, yCursorPluginKey } from '@tiptap/y-tiptap';
import type { IncrementalBinding } from '../../../shared/binding/IncrementalBinding.ts';
import type { AwarenessChange } from '../../../shared/sealedSync/sealedPresence.ts';
import { absolutePosition, relativePosition } from '../../../shared/binding/positions.ts';

type User = { name: string; color: string };

/** How carets look: y-tiptap's builders, as CollaborationCaret configures them. */
export interface CaretLook {
  cursorBuilder(user: User, clientId: number): HTMLElement;
  selectionBuilder(user: User, clientId: number): DecorationAttrs;
}

/**
 * A collaborator's caret: a thin coloured bar with their name above it. Word joiners (U+2060) on
 * both sides of the name give Chromium text to stand on: with only an element that cannot be edited
 * at the start of a line, Shift+End and Shift+Home there select nothing. The name is a `span`, as
 * a `div` may not sit inside a line of text.
 */
export function caretElement(user: User): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = user.color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  caret.append('\u2060', label, '\u2060');
  return caret;
}

const bindingOf = (state: EditorState) =>
  (ySyncPluginKey.getState(state) as { binding?: IncrementalBinding } | undefined)?.binding ?? null;

/** A collaborator's caret and selection: where they are, and their decorations counted from `offset`. */
type Placed = { from: number; to: number; make: (offset: number) => Decoration[] };

// ProseMirror's DecorationSet constructor (internal: a set's own decorations, then [from, to, set]
// triples for the children that hold some), what `DecorationSet.create` ends with.
const assemble = (children: (number | DecorationSet)[]) =>
  new (DecorationSet as unknown as new (local: Decoration[], children: (number | DecorationSet)[]) => DecorationSet)(
    [],
    children,
  );

/**
 * The carets as a decoration set. `DecorationSet.create` of the document lists every top-level block
 * to sort the decorations into them (2,278 at 400 pages, at each move of a collaborator's caret);
 * carets sit in a few blocks, so the set of each block that holds one is built alone and the
 * document's set made of those. A selection over several blocks takes `create`.
 */
function caretSet(doc: PMNode, placed: Placed[]): DecorationSet {
  const whole = () =>
    DecorationSet.create(
      doc,
      placed.flatMap((p) => p.make(0)),
    );
  const blocks = new Map<number, { node: PMNode; decorations: Decoration[] }>();
  for (const p of placed) {
    const $from = doc.resolve(p.from);
    if ($from.depth === 0) return whole();
    const start = $from.before(1);
    const node = $from.node(1);
    if (p.to > start + node.nodeSize - 1) return whole();
    const block = blocks.get(start) ?? { node, decorations: [] };
    block.decorations.push(...p.make(start + 1));
    blocks.set(start, block);
  }
  const children: (number | DecorationSet)[] = [];
  for (const [start, { node, decorations }] of [...blocks].sort(([a], [b]) => a - b)) {
    const inner = DecorationSet.create(node, decorations);
    if (inner !== DecorationSet.empty) children.push(start, start + node.nodeSize, inner);
  }
  return children.length ? assemble(children) : DecorationSet.empty;
}

function carets(state: EditorState, awareness: Awareness, look: CaretLook): { set: DecorationSet; unplaced: boolean } {
  const binding = bindingOf(state);
  if (!binding) return { set: DecorationSet.empty, unplaced: false };
  const placed: Placed[] = [];
  let unplaced = false;
  const max = Math.max(state.doc.content.size - 1, 0);
  awareness.getStates().forEach((aw, clientId) => {
    const cursor = (aw as { cursor?: { anchor: unknown; head: unknown } } | null)?.cursor;
    if (clientId === binding.doc.clientID || !cursor) return;
    const user = { name: `User: ${clientId}`, color: '#ffa500', ...(aw as { user?: Partial<User> }).user };
    const resolve = (json: unknown) => absolutePosition(binding, state.doc, Y.createRelativePositionFromJSON(json));
    const anchor = resolve(cursor.anchor);
    const head = resolve(cursor.head);
    if (anchor === null || head === null) {
      unplaced = true;
      return;
    }
    const [a, h] = [Math.min(anchor, max), Math.min(head, max)];
    const [from, to] = [Math.min(a, h), Math.max(a, h)];
    // ProseMirror keeps a widget's element while its key stays the same: the key names what the
    // element shows, so a collaborator who changes their name or colour is drawn anew.
    const key = `${clientId} ${user.color} ${user.name}`;
    placed.push({
      from,
      to,
      make: (offset) => [
        Decoration.widget(h - offset, () => look.cursorBuilder(user, clientId), { key, side: 10 }),
        Decoration.inline(from - offset, to - offset, look.selectionBuilder(user, clientId), {
          inclusiveEnd: true,
          inclusiveStart: false,
        }),
      ],
    });
  });
  return { set: placed.length ? caretSet(state.doc, placed) : DecorationSet.empty, unplaced };
}

/** Publishes this editor's selection in the awareness state while it has the focus, and withdraws it on blur. */
function publish(view: EditorView, awareness: Awareness): void {
  const binding = bindingOf(view.state);
  if (!binding) return;
  const current = awareness.getLocalState()?.cursor as { anchor: unknown; head: unknown } | null | undefined;
  if (!view.hasFocus()) {
    if (current) awareness.setLocalStateField('cursor', null);
    return;
  }
  const { anchor, head } = view.state.selection;
  const rel = (pos: number) => relativePosition(binding, view.state.doc, pos) as Y.RelativePosition;
  const [a, h] = [rel(anchor), rel(head)];
  const same = (json: unknown, pos: Y.RelativePosition) =>
    Y.compareRelativePositions(Y.createRelativePositionFromJSON(json), pos);
  if (!current || !same(current.anchor, a) || !same(current.head, h))
    awareness.setLocalStateField('cursor', { anchor: a, head: h });
}

/**
 * Collaborators' carets and selections (y-tiptap's cursor plugin, reworked for long documents):
 * positions convert through the binding one block at a time (shared/binding/positions.ts), and
 * edits map the carets instead of resolving every collaborator's position again; an awareness
 * change (a collaborator moved or typed) resolves them afresh.
 */
export function caretPlugin(awareness: Awareness, look: CaretLook): Plugin<DecorationSet> {
  // Whether a collaborator's caret is in text this document has not received yet (their presence
  // can arrive before their edit): a change from Yjs places it then, as nothing else may redo them.
  let unplaced = false;
  const redo = (state: EditorState) => {
    const found = carets(state, awareness, look);
    unplaced = found.unplaced;
    return found.set;
  };
  const fromYjs = (tr: Transaction) =>
    (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
  return new Plugin<DecorationSet>({
    key: yCursorPluginKey,
    state: {
      init: (_, state) => redo(state),
      apply(tr, old, _before, state) {
        const meta = tr.getMeta(yCursorPluginKey) as { awarenessUpdated?: boolean } | undefined;
        if (meta?.awarenessUpdated || (unplaced && tr.docChanged && fromYjs(tr))) return redo(state);
        return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
      },
    },
    props: { decorations: (state) => yCursorPluginKey.getState(state) as DecorationSet | undefined },
    view(view) {
      // The set holds collaborators' carets only (`carets` leaves out the editor's own client): a
      // change of this editor's own state alone (its caret, published at every keystroke) would redo
      // them for nothing, in a transaction of its own.
      const onAwareness = ({ added, updated, removed }: AwarenessChange) => {
        const own = bindingOf(view.state)?.doc.clientID;
        if (own !== undefined && [added, updated, removed].every((ids) => ids.every((id) => id === own))) return;
        setMeta(view, yCursorPluginKey, { awarenessUpdated: true });
      };
      const onFocus = () => publish(view, awareness);
      awareness.on('change', onAwareness);
      view.dom.addEventListener('focusin', onFocus);
      view.dom.addEventListener('focusout', onFocus);
      return {
        update: (v, previous) => {
          if (!previous || previous.selection !== v.state.selection || previous.doc !== v.state.doc)
            publish(v, awareness);
        },
        destroy() {
          awareness.off('change', onAwareness);
          view.dom.removeEventListener('focusin', onFocus);
          view.dom.removeEventListener('focusout', onFocus);
          awareness.setLocalStateField('cursor', null);
        },
      };
    },
  });
}
