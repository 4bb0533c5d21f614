import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import { observeThreads, readThreads, type CommentThread } from '../../../shared/review/commentRead.ts';
import { resolveAnchor } from '../../../shared/review/schema/anchors.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { commentHighlightsKey, type HighlightThread } from './commentHighlights.ts';
import { yBindingOf } from './remoteChange.ts';
import { useReviewUi } from './useReviewSession.ts';
import { useSubscription } from '../hooks/useSubscription.ts';
import { onEditorSettled } from '../hooks/useEditorValue.ts';

/** A thread with where its text is now (null: orphaned, its text was deleted). */
export interface AnchoredThread {
  thread: CommentThread;
  range: { from: number; to: number } | null;
}

function anchorAll(editor: Editor, threads: CommentThread[]): AnchoredThread[] {
  const binding = yBindingOf(editor.state);
  return threads.map((thread) => ({
    thread,
    range: binding ? resolveAnchor(binding.fragment, binding.mapping, thread) : null,
  }));
}

/**
 * Comment threads with their current ranges, re-resolved at once when threads change and when the
 * text settles (anchors are Yjs relative positions; the highlights in between are mapped by the editor).
 * Also hands the ranges to the editor's highlight plugin.
 */
export function useCommentAnchors(editor: Editor, review: ReviewSession): AnchoredThread[] {
  const { activeThread } = useReviewUi(review);
  const anchored = useSubscription(
    (onChange) => {
      const stopThreads = observeThreads(review.doc, onChange);
      const stopText = onEditorSettled(editor, onChange);
      return () => {
        stopThreads();
        stopText();
      };
    },
    () => anchorAll(editor, readThreads(review.doc)),
    [editor, review],
  );
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
