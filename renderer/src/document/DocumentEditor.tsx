import { useEffect } from 'react';
import { EditorContent } from '@tiptap/react';
import { FootnotesPanel } from '../editor/FootnotesPanel.tsx';
import { SectionsPanel } from '../outline/SectionsPanel.tsx';
import { useSpeakingPace } from '../outline/useSpeakingPace.ts';
import { ReviewAside } from '../review/ReviewAside.tsx';
import { DocumentContext, useDocument } from './DocumentContext.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentBars } from './DocumentBars.tsx';
import { DocumentStatusBar } from './DocumentStatusBar.tsx';
import { DocumentDialogs } from './DocumentDialogs.tsx';
import { useOpenDocument, type Opening } from './useOpenDocument.ts';
import { SetAsidePanel } from '../sync/recovery/SetAsidePanel.tsx';
import { DocumentRefusal } from './DocumentRefusal.tsx';
import { useDocumentGate } from './useDocumentGate.ts';

/** The footnotes under the text; each opens its note, to be read only (saying why) when it may not change. */
function DocumentFootnotes() {
  const { editor, openDialog } = useDocument();
  return (
    <FootnotesPanel
      editor={editor}
      readOnlyReason={useDocumentGate()('edit-text').reason}
      onEdit={(pos) => openDialog({ kind: 'footnote', target: { pos } })}
    />
  );
}

/** A document open for writing: its context for every view of it, and the layout of those views. */
export function DocumentEditor(props: Opening) {
  const open = useOpenDocument(props);
  const [pace, setPace] = useSpeakingPace();
  const editor = open?.editor;
  // A document just opened (from the library, a template, a link) puts the keyboard in its text.
  useEffect(() => {
    if (editor && (document.activeElement === document.body || document.activeElement === null))
      editor.commands.focus('start');
  }, [editor]);
  if (!open) return null;
  const { meta } = open;
  const text = open.editor;
  return (
    <DocumentContext.Provider value={open}>
      <main className="document" aria-label={meta.title}>
        <DocumentHeader />
        <DocumentRefusal />
        <DocumentBars />
        <SetAsidePanel documentId={open.id} role={open.role} />
        <div className="workspace-area">
          <SectionsPanel editor={text} wordsPerMinute={pace} onPaceChange={setPace} />
          <div className={`page ${meta.paragraphNumbering ? 'numbered-paragraphs' : ''}`}>
            <EditorContent editor={text} className="editor" />
            <DocumentFootnotes />
          </div>
          <ReviewAside />
        </div>
        <DocumentStatusBar />
        <DocumentDialogs />
      </main>
    </DocumentContext.Provider>
  );
}
