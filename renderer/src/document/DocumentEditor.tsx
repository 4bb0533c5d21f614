import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Library } from '../library/Library.ts';
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
import { upsertEntry } from '../../../shared/model/workspaceIndex.ts';
import { useNotice } from '../app/Notices.tsx';
import { DocumentStats } from './DocumentStats.tsx';

interface DocumentEditorProps {
  id: string;
  doc: Y.Doc;
  library: Library;
  navigate(route: Route): void;
  onSave(): void;
}

/** A document open for writing: title, toolbar, the editor bound to its Y.Doc, footnotes and counts. */
export function DocumentEditor({ id, doc, library, navigate, onSave }: DocumentEditorProps) {
  const meta = useDocumentMeta(doc);
  const notify = useNotice();
  const [footnote, setFootnote] = useState<FootnoteTarget | null>(null);
  const [linking, setLinking] = useState(false);
  const extensions = useMemo(
    () => editorExtensions(doc, { onEditFootnote: (pos) => setFootnote({ pos }), onLink: () => setLinking(true) }),
    [doc],
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
  useIndexSync(id, doc, library.workspace.doc, editor);
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
          <input
            value={meta.title}
            onChange={(e) => {
              writeMeta(doc, { title: e.target.value });
              upsertEntry(library.workspace.doc, id, { title: e.target.value || 'Untitled document' });
            }}
          />
        </label>
        <div className="actions">
          <label className="toggle">
            <input type="checkbox" checked={meta.paragraphNumbering} onChange={(e) => writeMeta(doc, { paragraphNumbering: e.target.checked })} />
            Numbered paragraphs
          </label>
          <button type="button" onClick={onSave}>
            Save as file…
          </button>
        </div>
      </header>
      {editor && <Toolbar editor={editor} onLink={() => setLinking(true)} onFootnote={() => setFootnote({ pos: null })} />}
      <div className={`page ${meta.paragraphNumbering ? 'numbered-paragraphs' : ''}`}>
        <EditorContent editor={editor} className="editor" />
        {editor && <FootnotesPanel editor={editor} onEdit={(pos) => setFootnote({ pos })} />}
      </div>
      {editor && <DocumentStats editor={editor} />}
      {editor && footnote && <FootnoteDialog editor={editor} target={footnote} onClose={() => setFootnote(null)} />}
      {editor && linking && <LinkDialog editor={editor} onClose={() => setLinking(false)} />}
    </main>
  );
}
