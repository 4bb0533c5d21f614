import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { resolveAnchor } from '../../../shared/review/schema/anchors.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { needsFreshDecorations, yBindingOf } from './remoteChange.ts';

/** A thread to highlight: its anchors and how to show it. */
export interface HighlightThread {
  id: string;
  anchorFrom: unknown;
  anchorTo: unknown;
  active: boolean;
  resolved: boolean;
}

interface HighlightState {
  threads: HighlightThread[];
  set: DecorationSet;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function build(state: EditorState, threads: HighlightThread[]): DecorationSet {
  const binding = yBindingOf(state);
  if (!binding) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const t of threads) {
    if (t.resolved && !t.active) continue;
    const range = resolveAnchor(binding.fragment, binding.mapping, t);
    if (!range || range.to > state.doc.content.size) continue;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: t.active ? 'comment-anchor active' : 'comment-anchor', 'data-thread': t.id },
        { thread: t.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights the text comment threads are anchored to. The review UI hands over the threads (and
 * their Yjs anchors) in a transaction's meta; edits map the highlights, collaborators' too (the
 * binding applies them as steps over the changed range, and decorations never extend over text
 * typed at their edges, like the anchors). Yjs undo and redo and full re-renders re-resolve the
 * anchors (undo brings back anchored text). Clicking highlighted text makes its thread active.
 */
export const CommentHighlights = Extension.create<{ review: ReviewSession | null }>({
  name: 'commentHighlights',
  addOptions: () => ({ review: null }),
  addProseMirrorPlugins() {
    const review = this.options.review;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ threads: [], set: DecorationSet.empty }),
          apply(tr, old, _before, after) {
            const threads = tr.getMeta(commentHighlightsKey) as HighlightThread[] | undefined;
            if (threads) return { threads, set: build(after, threads) };
            if (needsFreshDecorations(tr)) return { threads: old.threads, set: build(after, old.threads) };
            return tr.docChanged ? { threads: old.threads, set: old.set.map(tr.mapping, tr.doc) } : old;
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.set,
          handleClick(view, pos) {
            const found = commentHighlightsKey.getState(view.state)?.set.find(pos, pos);
            const thread = found?.[0]?.spec.thread as string | undefined;
            if (thread && review) review.update({ activeThread: thread });
            return false;
          },
        },
      }),
    ];
  },
});
