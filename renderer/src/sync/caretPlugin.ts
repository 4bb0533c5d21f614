import * as Y from 'yjs';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type DecorationAttrs, type EditorView } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';
import { setMeta, ySyncPluginKey, yCursorPluginKey } from '@tiptap/y-tiptap';
import type { IncrementalBinding } from '../../../shared/binding/IncrementalBinding.ts';
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

function carets(state: EditorState, awareness: Awareness, look: CaretLook): DecorationSet {
  const binding = bindingOf(state);
  if (!binding) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  const max = Math.max(state.doc.content.size - 1, 0);
  awareness.getStates().forEach((aw, clientId) => {
    const cursor = (aw as { cursor?: { anchor: unknown; head: unknown } } | null)?.cursor;
    if (clientId === binding.doc.clientID || !cursor) return;
    const user = { name: `User: ${clientId}`, color: '#ffa500', ...(aw as { user?: Partial<User> }).user };
    const resolve = (json: unknown) => absolutePosition(binding, state.doc, Y.createRelativePositionFromJSON(json));
    const anchor = resolve(cursor.anchor);
    const head = resolve(cursor.head);
    if (anchor === null || head === null) return;
    const [a, h] = [Math.min(anchor, max), Math.min(head, max)];
    // ProseMirror keeps a widget's element while its key stays the same: the key names what the
    // element shows, so a collaborator who changes their name or colour is drawn anew.
    const key = `${clientId} ${user.color} ${user.name}`;
    decorations.push(Decoration.widget(h, () => look.cursorBuilder(user, clientId), { key, side: 10 }));
    decorations.push(
      Decoration.inline(Math.min(a, h), Math.max(a, h), look.selectionBuilder(user, clientId), {
        inclusiveEnd: true,
        inclusiveStart: false,
      }),
    );
  });
  return DecorationSet.create(state.doc, decorations);
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
  return new Plugin<DecorationSet>({
    key: yCursorPluginKey,
    state: {
      init: (_, state) => carets(state, awareness, look),
      apply(tr, old, _before, state) {
        const meta = tr.getMeta(yCursorPluginKey) as { awarenessUpdated?: boolean } | undefined;
        if (meta?.awarenessUpdated) return carets(state, awareness, look);
        return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
      },
    },
    props: { decorations: (state) => yCursorPluginKey.getState(state) as DecorationSet | undefined },
    view(view) {
      const onAwareness = () => setMeta(view, yCursorPluginKey, { awarenessUpdated: true });
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
