import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { authorOfClient, blockClientRuns, type ClientRun } from '../../../shared/review/attribution.ts';
import { readPeople } from '../../../shared/review/people.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { isRemoteChange, needsFreshDecorations, yBindingOf } from './remoteChange.ts';
import { changedBlocks } from '../editor/changedBlocks.ts';
import type { Translate } from '../i18n/useT.ts';

interface AuthorState {
  on: boolean;
  set: DecorationSet;
}

export const authorHighlightsKey = new PluginKey<AuthorState>('authorHighlights');

/**
 * Who inserted each stretch of a block, cached per block node: unchanged blocks are the very same
 * node objects after any transaction, so a rebuild only walks the Yjs items of blocks that changed.
 */
const runCache = new WeakMap<PMNode, ClientRun[]>();

type People = ReturnType<typeof readPeople>;

/** The author decorations of one top-level block (its runs cached per block node). */
function blockDecorations(
  block: PMNode,
  offset: number,
  y: Y.XmlElement | undefined,
  review: ReviewSession,
  people: People,
  t: Translate,
): Decoration[] {
  let runs = runCache.get(block);
  if (!runs) runCache.set(block, (runs = y instanceof Y.XmlElement ? blockClientRuns(y, block.type.schema) : []));
  return runs.map((r) => {
    const authorId = authorOfClient(review.pud, r.client);
    const person = authorId ? people.get(authorId) : undefined;
    const written = person ? t('review.writtenBy', { name: person.name }) : t('review.writtenByUnknown');
    return Decoration.inline(
      offset + r.from,
      offset + r.to,
      { class: 'author-run', title: written, style: `--author-colour: ${person?.colour ?? '#9e9e9e'}` },
      { author: person?.name ?? null }, // read by `authorshipAt`, which says it in words
    );
  });
}

function build(state: EditorState, review: ReviewSession, t: Translate): DecorationSet {
  const binding = yBindingOf(state);
  if (!binding || binding.blocks.length !== state.doc.childCount) return DecorationSet.empty;
  const people = readPeople(review.doc);
  const decorations: Decoration[] = [];
  state.doc.forEach((block, offset, index) =>
    decorations.push(...blockDecorations(block, offset, binding.blocks[index], review, people, t)),
  );
  return DecorationSet.create(state.doc, decorations);
}

/** After a collaborator's change: the colours mapped, and redone from Yjs for the blocks it touched only. */
function refresh(
  tr: Transaction,
  old: DecorationSet,
  state: EditorState,
  review: ReviewSession,
  t: Translate,
): DecorationSet {
  const binding = yBindingOf(state);
  if (!binding || binding.blocks.length !== state.doc.childCount) return build(state, review, t);
  const people = readPeople(review.doc);
  let set = old.map(tr.mapping, tr.doc);
  for (const { from, to } of changedBlocks(tr)) {
    const fresh: Decoration[] = [];
    let index = tr.doc.resolve(from).index(0);
    tr.doc.nodesBetween(from, to, (block, offset) => {
      fresh.push(...blockDecorations(block, offset, binding.blocks[index++], review, people, t));
      return false;
    });
    set = set.remove(set.find(from, to)).add(tr.doc, fresh);
  }
  return set;
}

/**
 * "Who wrote what": each stretch of text gets its author's colour (from Y.PermanentUserData and the
 * `people` map). Turned on, refreshed and off through a transaction meta (`true`, `'refresh'`,
 * `false`). Local edits only map the decorations, because Yjs has not seen them yet when they are
 * applied; the UI asks for a refresh once typing pauses. A collaborator's change redoes the blocks it
 * touched at once; Yjs undo/redo and full re-renders rebuild everything.
 */
export const AuthorHighlights = Extension.create<{ review: ReviewSession | null; t: Translate | null }>({
  name: 'authorHighlights',
  addOptions: () => ({ review: null, t: null }),
  addProseMirrorPlugins() {
    const { review, t } = this.options;
    return [
      new Plugin<AuthorState>({
        key: authorHighlightsKey,
        state: {
          init: () => ({ on: false, set: DecorationSet.empty }),
          apply(tr, old, _before, after) {
            const meta = tr.getMeta(authorHighlightsKey) as boolean | 'refresh' | undefined;
            const on = meta === undefined || meta === 'refresh' ? old.on : meta;
            if (!on || !review || !t)
              return on === old.on && old.set === DecorationSet.empty ? old : { on, set: DecorationSet.empty };
            if (meta !== undefined || needsFreshDecorations(tr)) return { on, set: build(after, review, t) };
            if (isRemoteChange(tr)) return { on, set: refresh(tr, old.set, after, review, t) };
            return tr.docChanged ? { on, set: old.set.map(tr.mapping, tr.doc) } : old;
          },
        },
        props: { decorations: (state) => authorHighlightsKey.getState(state)?.set },
      }),
    ];
  },
});
