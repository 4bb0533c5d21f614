import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { authorOfClient, blockClientRuns, type ClientRun } from '../../../shared/review/attribution.ts';
import { readPeople } from '../../../shared/review/people.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { isRemoteChange, yBindingOf } from './remoteChange.ts';
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

function build(state: EditorState, review: ReviewSession, t: Translate): DecorationSet {
  const binding = yBindingOf(state);
  if (!binding) return DecorationSet.empty;
  const blocks = binding.fragment.toArray();
  if (blocks.length !== state.doc.childCount) return DecorationSet.empty;
  const people = readPeople(review.doc);
  const decorations: Decoration[] = [];
  state.doc.forEach((block, offset, index) => {
    let runs = runCache.get(block);
    const y = blocks[index];
    if (!runs) runCache.set(block, (runs = y instanceof Y.XmlElement ? blockClientRuns(y, state.schema) : []));
    for (const r of runs) {
      const authorId = authorOfClient(review.pud, r.client);
      const person = authorId ? people.get(authorId) : undefined;
      decorations.push(
        Decoration.inline(offset + r.from, offset + r.to, {
          class: 'author-run',
          title: person ? t('review.writtenBy', { name: person.name }) : t('review.writtenByUnknown'),
          style: `--author-colour: ${person?.colour ?? '#9e9e9e'}`,
        }),
      );
    }
  });
  return DecorationSet.create(state.doc, decorations);
}

/**
 * "Who wrote what": each stretch of text gets its author's colour (from Y.PermanentUserData and the
 * `people` map). Turned on, refreshed and off through a transaction meta (`true`, `'refresh'`,
 * `false`). Local edits only map the decorations, because Yjs has not seen them yet when they are
 * applied; the UI asks for a refresh once typing pauses. Changes arriving through Yjs rebuild at once.
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
            if (meta !== undefined || isRemoteChange(tr)) return { on, set: build(after, review, t) };
            return tr.docChanged ? { on, set: old.set.map(tr.mapping, tr.doc) } : old;
          },
        },
        props: { decorations: (state) => authorHighlightsKey.getState(state)?.set },
      }),
    ];
  },
});
