import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Session } from '../app/session.ts';
import type { RelayConnection } from '../sync/RelayConnection.ts';
import { SyncStatusBadge } from '../sync/SyncStatusBadge.tsx';
import { OnlineToggle } from '../sync/OnlineToggle.tsx';
import { PresenceList } from '../sync/PresenceList.tsx';
import { presenceExtensions } from '../sync/presence.ts';
import type { Route } from '../app/useHashRoute.ts';
import { editorExtensions } from '../editor/editorExtensions.ts';
import { Toolbar } from '../editor/Toolbar.tsx';
import { FootnotesPanel } from '../editor/FootnotesPanel.tsx';
import { FootnoteDialog, type FootnoteTarget } from '../editor/FootnoteDialog.tsx';
import { LinkDialog } from '../editor/LinkDialog.tsx';
import { pasteGuard } from '../editor/paste/pasteGuard.ts';
import { sanitizePastedHtml } from '../editor/paste/sanitizePastedHtml.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';
import { useIndexSync } from './useIndexSync.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { useNotice } from '../app/Notices.tsx';
import { DocumentStats } from './DocumentStats.tsx';
import { TagMargin } from '../tags/tagMargin.ts';
import { TagPickerDialog } from '../tags/TagPickerDialog.tsx';
import { tagTarget, type TagTarget } from '../tags/tagCommands.ts';
import { SectionsPanel } from '../outline/SectionsPanel.tsx';
import { useSpeakingPace } from '../outline/useSpeakingPace.ts';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { getMilestone } from '../../../shared/model/roadmap.ts';
import { isLocked } from '../../../shared/review/status.ts';
import { useReviewSession } from '../review/useReviewSession.ts';
import { useReviewEditor } from '../review/useReviewEditor.ts';
import { reviewExtensions } from '../review/reviewExtensions.ts';
import { ReviewStatus } from '../review/ReviewStatus.tsx';
import { ReviewToolbar } from '../review/ReviewToolbar.tsx';
import { ReviewAside } from '../review/ReviewAside.tsx';
import { ChangeSummary } from '../review/ChangeSummary.tsx';

interface DocumentEditorProps {
  id: string;
  at?: number;
  exportRequests: number;
  doc: Y.Doc;
  connection: RelayConnection | null;
  session: Session;
  navigate(route: Route): void;
  onSave(): void;
}

/** A document open for writing: title, toolbar, the editor bound to its Y.Doc, footnotes and counts. */
export function DocumentEditor({
  id,
  at,
  exportRequests,
  doc,
  connection,
  session,
  navigate,
  onSave,
}: DocumentEditorProps) {
  const { library, identity } = session;
  const meta = useDocumentMeta(doc);
  const notify = useNotice();
  const [footnote, setFootnote] = useState<FootnoteTarget | null>(null);
  const [linking, setLinking] = useState(false);
  const [tagging, setTagging] = useState<TagTarget | null>(null);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    if (exportRequests > 0) setExporting(true);
  }, [exportRequests]);
  const [pace, setPace] = useSpeakingPace();
  const review = useReviewSession(doc, identity, session.sync);
  const locked = isLocked(meta.status);
  const extensions = useMemo(
    () =>
      editorExtensions(doc, { onEditFootnote: (pos) => setFootnote({ pos }), onLink: () => setLinking(true) }, [
        TagMargin,
        ...presenceExtensions(connection, identity),
        ...reviewExtensions(review),
      ]),
    [doc, connection, identity, review],
  );
  const editor = useEditor(
    {
      extensions,
      editorProps: {
        attributes: { 'aria-label': 'Document text', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true' },
        transformPastedHTML: sanitizePastedHtml,
        handlePaste: pasteGuard((text) => notify({ kind: 'error', text })),
      },
    },
    [extensions],
  );
  useIndexSync(id, doc, library, editor);
  useReviewEditor(editor, review, {
    locked,
    connection,
    workspace: library.workspace.doc,
    milestoneId: meta.milestoneId,
  });
  useEffect(() => {
    if (!editor || at === undefined) return;
    const pos = Math.min(at + 1, editor.state.doc.content.size);
    editor.chain().focus().setTextSelection(pos).scrollIntoView().run();
  }, [editor, at]);
  useEffect(() => {
    document.title = `${meta.title} · Concord`;
    return () => void (document.title = 'Concord');
  }, [meta.title]);

  return (
    <main className="document" aria-label={meta.title}>
      <header className="document-header">
        <button type="button" onClick={() => navigate({ view: 'library' })}>
          ← Library
        </button>
        <label className="title-field">
          <span className="visually-hidden">Document title</span>
          <input value={meta.title} onChange={(e) => writeMeta(doc, { title: e.target.value })} />
        </label>
        <div className="actions">
          {connection && <PresenceList connection={connection} />}
          <ReviewStatus review={review} />
          <label className="toggle">
            <input
              type="checkbox"
              checked={meta.paragraphNumbering}
              onChange={(e) => writeMeta(doc, { paragraphNumbering: e.target.checked })}
            />
            Numbered paragraphs
          </label>
          <button type="button" onClick={onSave}>
            Save as file…
          </button>
          <button type="button" onClick={() => setSavingTemplate(true)}>
            Save as template…
          </button>
          <button type="button" onClick={() => setExporting(true)}>
            Export…
          </button>
        </div>
      </header>
      {editor && (
        <Toolbar
          editor={editor}
          readOnly={locked || !review.canComment}
          onLink={() => setLinking(true)}
          onFootnote={() => setFootnote({ pos: null })}
          onTag={() => {
            const target = tagTarget(editor);
            if (target) setTagging(target);
            else
              notify({ kind: 'info', text: 'Put the cursor in a heading or a paragraph, or select text, to tag it.' });
          }}
        />
      )}
      {editor && <ReviewToolbar editor={editor} review={review} locked={locked} />}
      {editor && <ChangeSummary editor={editor} review={review} documentId={id} connection={connection} />}
      <div className="workspace-area">
        {editor && <SectionsPanel editor={editor} wordsPerMinute={pace} onPaceChange={setPace} />}
        <div className={`page ${meta.paragraphNumbering ? 'numbered-paragraphs' : ''}`}>
          <EditorContent editor={editor} className="editor" />
          {editor && <FootnotesPanel editor={editor} onEdit={(pos) => setFootnote({ pos })} />}
        </div>
        {editor && (
          <ReviewAside
            editor={editor}
            review={review}
            workspace={library.workspace.doc}
            connection={connection}
            locked={locked}
          />
        )}
      </div>
      {editor && (
        <DocumentStats editor={editor}>
          <SyncStatusBadge connection={connection} label="Document sync status" />
          {session.sync && <OnlineToggle sync={session.sync} />}
        </DocumentStats>
      )}
      {editor && footnote && <FootnoteDialog editor={editor} target={footnote} onClose={() => setFootnote(null)} />}
      {editor && linking && <LinkDialog editor={editor} onClose={() => setLinking(false)} />}
      {exporting && (
        <ExportDialog
          doc={doc}
          paragraphNumbering={meta.paragraphNumbering}
          extras={{
            milestoneTitle: meta.milestoneId
              ? (getMilestone(library.workspace.doc, meta.milestoneId)?.title ?? '')
              : '',
            date: new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' }),
          }}
          onClose={() => setExporting(false)}
        />
      )}
      {savingTemplate && (
        <SaveAsTemplateDialog
          doc={doc}
          workspace={library.workspace.doc}
          initialTitle={meta.title}
          onClose={() => setSavingTemplate(false)}
        />
      )}
      {editor && tagging && <TagPickerDialog editor={editor} target={tagging} onClose={() => setTagging(null)} />}
    </main>
  );
}
