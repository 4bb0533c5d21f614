import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import type { DocConnection } from '../sync/docConnection.ts';
import { dueAutomaticVersion, type MilestoneDue } from '../../../shared/review/autoVersion.ts';
import { saveVersion } from '../../../shared/review/versions.ts';
import { getMilestone } from '../../../shared/model/roadmap.ts';
import { roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';
import { useT, type Translate } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { useReviewUi } from './useReviewSession.ts';
import { authorHighlightsKey } from './authorHighlights.ts';
import { onEditorSettled } from '../hooks/useEditorValue.ts';
import { afterPaint } from '../hooks/afterPaint.ts';

interface ReviewEditorOptions {
  locked: boolean;
  connection: DocConnection | null;
  workspace: Y.Doc;
  milestoneId: string | null;
}

/** The document's milestone, its shipped title in the interface language (see roadmapWording.ts). */
function milestoneOf(workspace: Y.Doc, id: string | null, t: Translate): MilestoneDue | null {
  const m = id ? getMilestone(workspace, id) : null;
  return m ? { title: roadmapTitle(t, m), date: m.date.start } : null;
}

/**
 * What review does to the open editor: read-only while the document is final or submitted (or for
 * a viewer), "who wrote what" colouring (recomputed when the text settles), and the automatic daily
 * or milestone version, saved once the document has caught up with the relay.
 */
export function useReviewEditor(
  editor: Editor | null,
  review: ReviewSession,
  { locked, connection, workspace, milestoneId }: ReviewEditorOptions,
): void {
  const { authorship } = useReviewUi(review);
  // Read when the version is saved; a change of language alone must not run that effect again.
  const t = useT();
  const format = useFormat();
  const words = useRef({ t, format });
  words.current = { t, format };
  const readOnly = locked || !review.canComment;
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(authorHighlightsKey, authorship));
    if (!authorship) return;
    return onEditorSettled(
      editor,
      () => !editor.isDestroyed && editor.view.dispatch(editor.state.tr.setMeta(authorHighlightsKey, 'refresh')),
    );
  }, [editor, review, authorship]);

  useEffect(() => {
    if (review.denial('save-version')) return;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      const now = words.current;
      const names = {
        milestone: (title: string) => now.t('versions.autoMilestone', { title }),
        daily: (day: string) => now.t('versions.autoDaily', { day: now.format.day(day) }),
      };
      const due = dueAutomaticVersion(review.doc, new Date(), milestoneOf(workspace, milestoneId, now.t), names);
      if (due) saveVersion(review.doc, due.name, due.kind, review.author);
    };
    // Once the opened document has been painted: deciding reads the whole body (and a version's),
    // which should not hold back the first frame of a document someone is waiting to read.
    let cancel: (() => void) | null = null;
    const soon = () => void (cancel ??= afterPaint(run));
    const stop = connection?.subscribe((s) => {
      if (s.state !== 'connecting') soon();
    });
    if (!connection) soon();
    return () => {
      stop?.();
      cancel?.();
    };
  }, [review, connection, workspace, milestoneId]);
}
