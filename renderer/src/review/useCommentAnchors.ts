import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { observeThreads, readThreads, type CommentThread } from '../../../shared/review/commentRead.ts';
import { resolveAnchor } from '../../../shared/review/schema/anchors.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { commentHighlightsKey, type HighlightThread } from './commentHighlights.ts';
import { yBindingOf } from './remoteChange.ts';
import { useReviewUi } from './useReviewSession.ts';

/** A thread with where its text is now (null: orphaned, its text was deleted). */
export interface AnchoredThread {
  thread: CommentThread;
  range: { from: number; to: number } | null;
}

const SETTLE_MS = 300;

function anchorAll(editor: Editor, threads: CommentThread[]): AnchoredThread[] {
  const binding = yBindingOf(editor.state);
  return threads.map((thread) => ({
    thread,
    range: binding ? resolveAnchor(binding.fragment, binding.mapping, thread) : null,
  }));
}

/**
 * Comment threads with their current ranges, re-resolved when threads change and after typing
 * pauses (anchors are Yjs relative positions; the highlights in between are mapped by the editor).
 * Also hands the ranges to the editor's highlight plugin.
 */
export function useCommentAnchors(editor: Editor, review: ReviewSession): AnchoredThread[] {
  const { activeThread } = useReviewUi(review);
  const [anchored, setAnchored] = useState<AnchoredThread[]>(() => anchorAll(editor, readThreads(review.doc)));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const recompute = () => setAnchored(anchorAll(editor, readThreads(review.doc)));
    const later = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(recompute, SETTLE_MS);
    };
    const stop = observeThreads(review.doc, recompute);
    editor.on('update', later);
    recompute();
    return () => {
      stop();
      editor.off('update', later);
      if (timer) clearTimeout(timer);
    };
  }, [editor, review]);
  useEffect(() => {
    if (editor.isDestroyed) return;
    const threads: HighlightThread[] = anchored.map(({ thread }) => ({
      id: thread.id,
      anchorFrom: thread.anchorFrom,
      anchorTo: thread.anchorTo,
      active: thread.id === activeThread,
      resolved: thread.resolved,
    }));
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, threads));
  }, [editor, anchored, activeThread]);
  return anchored;
}

/** Selects a thread's text and scrolls it into view. */
export function jumpTo(editor: Editor, range: { from: number; to: number } | null): void {
  if (!range) return;
  const size = editor.state.doc.content.size;
  editor
    .chain()
    .focus()
    .setTextSelection({ from: Math.min(range.from, size), to: Math.min(range.to, size) })
    .scrollIntoView()
    .run();
}
