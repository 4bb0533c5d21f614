import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import { META_FIELD } from '../../../shared/model/documentMeta.ts';
import type { Library } from '../library/Library.ts';
import { Settler } from '../hooks/settle.ts';
import { afterPaint } from '../hooks/afterPaint.ts';

/**
 * Keeps the library's entry of the open document in line with it (`Library.index`): at once when
 * its metadata changes (title, status…), when the text settles after an edit (last edited, word
 * count), before the page is hidden or the view closes, and on opening (a reload can cut off the
 * last write). That first listing counts the whole body's words (15-25 ms at 100 pages, profiled),
 * so it waits until the opened document has been painted, or the view closes or the page hides.
 */
export function useIndexSync(id: string, doc: Y.Doc, library: Library, editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const list = (edited: boolean) => library.index(id, doc, { edited, body: editor.state.doc });
    let opened = false;
    const onOpened = () => {
      if (opened) return;
      opened = true;
      list(false);
    };
    const cancelOpened = afterPaint(onOpened);
    const edits = new Settler(() => list(true));
    const onUpdate = () => edits.changed();
    const onMeta = () => list(false);
    const onHide = () => {
      edits.flushPending();
      onOpened();
    };
    const meta = doc.getMap(META_FIELD);
    doc.on('update', onUpdate);
    meta.observe(onMeta);
    window.addEventListener('pagehide', onHide);
    return () => {
      cancelOpened();
      doc.off('update', onUpdate);
      meta.unobserve(onMeta);
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [id, doc, library, editor]);
}
