import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useDocument } from '../document/DocumentContext.ts';
import { useReviewUi } from './useReviewSession.ts';
import { jumpTo, type AnchoredThread } from './useCommentAnchors.ts';
import type { MentionCandidate } from './useMentionCandidates.ts';
import { ThreadCard } from './ThreadCard.tsx';
import { onEditorSettled } from '../hooks/useEditorValue.ts';
import { Settler } from '../hooks/settle.ts';
import { useT } from '../i18n/useT.ts';

interface CommentMarginProps {
  threads: AnchoredThread[];
  candidates: MentionCandidate[];
}

const GAP = 8;

/**
 * Where the text at `pos` is on screen. Near the viewport, exactly; farther away, the top of its
 * top-level block: the browser has not laid those out (content-visibility, styles.css), and asking
 * for a position inside one lays it out, so measuring every thread would lay out the whole document.
 * Those threads are measured exactly once their text is scrolled near (the margin re-measures when a
 * block is laid out or changes size).
 */
function anchorTop(editor: Editor, pos: number, near: { top: number; bottom: number }): number | null {
  const { view, state } = editor;
  const at = Math.min(pos, state.doc.content.size);
  try {
    const $at = state.doc.resolve(at);
    const block = $at.depth > 0 ? view.nodeDOM($at.before(1)) : null;
    if (block instanceof HTMLElement) {
      const box = block.getBoundingClientRect();
      if (box.bottom < near.top || box.top > near.bottom) return box.top;
    }
    return view.coordsAtPos(at).top;
  } catch {
    return null;
  }
}

/**
 * Open threads beside the text, each as near its anchor as the ones above it allow; orphaned
 * threads (their text deleted) follow at the end with their quote. Positions are measured after
 * layout and again when the window or the text changes size, or a block is laid out.
 */
export function CommentMargin({ threads, candidates }: CommentMarginProps) {
  const { editor, review } = useDocument();
  const { activeThread } = useReviewUi(review);
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ tops: Record<string, number>; height: number }>({ tops: {}, height: 0 });
  const [tick, setTick] = useState(0);
  const shown = useMemo(() => {
    const open = threads.filter((t) => !t.thread.resolved || t.thread.id === activeThread);
    const anchored = open.filter((t) => t.range).sort((a, b) => a.range!.from - b.range!.from);
    return [...anchored, ...open.filter((t) => !t.range)];
  }, [threads, activeThread]);

  useEffect(() => {
    const remeasure = () => setTick((t) => t + 1);
    const resized = new Settler(remeasure);
    const onResize = () => resized.changed();
    const stopText = onEditorSettled(editor, remeasure);
    window.addEventListener('resize', onResize);
    // Blocks laid out as they are scrolled near, or resized, move the anchors below them.
    const text = editor.view.dom;
    const sizes = new ResizeObserver(onResize);
    sizes.observe(text);
    text.addEventListener('contentvisibilityautostatechange', onResize, true);
    return () => {
      window.removeEventListener('resize', onResize);
      sizes.disconnect();
      text.removeEventListener('contentvisibilityautostatechange', onResize, true);
      resized.cancel();
      stopText();
    };
  }, [editor]);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const origin = box.getBoundingClientRect().top;
    const near = { top: -window.innerHeight, bottom: 2 * window.innerHeight };
    const tops: Record<string, number> = {};
    let bottom = 0;
    for (const { thread, range } of shown) {
      const y = range ? anchorTop(editor, range.from, near) : null;
      const top = Math.max(y === null ? bottom + GAP * 2 : y - origin, bottom + (bottom ? GAP : 0));
      tops[thread.id] = top;
      const card = box.querySelector<HTMLElement>(`[data-thread-card="${thread.id}"]`);
      bottom = top + (card?.offsetHeight ?? 80);
    }
    setLayout((old) =>
      JSON.stringify(old.tops) === JSON.stringify(tops) && old.height === bottom ? old : { tops, height: bottom },
    );
  }, [shown, editor, tick, layout]);

  return (
    <aside className="comment-margin" aria-label={t('comments.margin')} ref={ref} style={{ minHeight: layout.height }}>
      {shown.map((item) => (
        <div
          key={item.thread.id}
          data-thread-card={item.thread.id}
          className="margin-slot"
          style={{ top: layout.tops[item.thread.id] ?? 0 }}
        >
          <ThreadCard
            item={item}
            candidates={candidates}
            active={item.thread.id === activeThread}
            onJump={() => jumpTo(editor, item.range)}
          />
        </div>
      ))}
    </aside>
  );
}
