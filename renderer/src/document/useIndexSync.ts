import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import { readMeta } from '../../../shared/model/documentMeta.ts';
import { getEntry, upsertEntry } from '../../../shared/model/workspaceIndex.ts';
import { bodyStats } from '../../../shared/model/documentText.ts';

const DELAY_MS = 700;

/**
 * Keeps the library's entry (title, last edited, word count) in step with the open document:
 * debounced while typing, flushed when the page is hidden or closed, and corrected on opening
 * (a reload can cut off the last debounce).
 */
export function useIndexSync(id: string, doc: Y.Doc, workspace: Y.Doc, editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const snapshot = () => ({ title: readMeta(doc).title, wordCount: bodyStats(editor.state.doc).words });
    const current = snapshot();
    const entry = getEntry(workspace, id);
    if (entry && (entry.title !== current.title || entry.wordCount !== current.wordCount))
      upsertEntry(workspace, id, current);

    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      upsertEntry(workspace, id, { ...snapshot(), updatedAt: new Date().toISOString() });
    };
    const onUpdate = () => {
      if (timer === null) timer = setTimeout(flush, DELAY_MS);
    };
    const onHide = () => timer !== null && flush();
    doc.on('update', onUpdate);
    window.addEventListener('pagehide', onHide);
    return () => {
      doc.off('update', onUpdate);
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [id, doc, workspace, editor]);
}
