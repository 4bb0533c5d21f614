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

function anchorTop(editor: Editor, pos: number): number | null {
  try {
    return editor.view.coordsAtPos(Math.min(pos, editor.state.doc.content.size)).top;
  } catch {
    return null;
  }
}

/**
 * Open threads beside the text, each as near its anchor as the ones above it allow; orphaned
 * threads (their text deleted) follow at the end with their quote. Positions are measured after
 * layout and again when the window or the text changes size.
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
    return () => {
      window.removeEventListener('resize', onResize);
      resized.cancel();
      stopText();
    };
  }, [editor]);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const origin = box.getBoundingClientRect().top;
    const tops: Record<string, number> = {};
    let bottom = 0;
    for (const { thread, range } of shown) {
      const y = range ? anchorTop(editor, range.from) : null;
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
