import { useEffect, useMemo, useReducer, useRef } from 'react';
import type * as Y from 'yjs';
import { useEditor } from '@tiptap/react';
import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import type { DocConnection } from '../sync/docConnection.ts';
import { useHost } from '../app/hostContext.ts';
import { useNotice } from '../app/Notices.tsx';
import { presenceExtensions, showPresenceAs } from '../sync/presence.ts';
import { useIdentity } from '../settings/useIdentity.ts';
import { editorExtensions } from '../editor/editorExtensions.ts';
import { useImageInsertion } from '../editor/images/useImageInsertion.ts';
import { pasteGuard } from '../editor/paste/pasteGuard.ts';
import { sanitizePastedHtml } from '../editor/paste/sanitizePastedHtml.ts';
import { TagMargin } from '../tags/tagMargin.ts';
import { isLocked } from '../../../shared/model/documentMeta.ts';
import { useReviewSession } from '../review/useReviewSession.ts';
import { useRole } from '../roles/useRole.ts';
import { useReviewEditor } from '../review/useReviewEditor.ts';
import { reviewExtensions } from '../review/reviewExtensions.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';
import { useIndexSync } from './useIndexSync.ts';
import { dialogReducer, type DocumentDialog } from './documentDialogs.ts';
import type { OpenDocument } from './DocumentContext.ts';
import { useT } from '../i18n/useT.ts';

/** What opens a document: the document and where it was opened from (DocumentEditor's props). */
export interface Opening {
  id: string;
  /** A position to put the cursor at and scroll to (from coverage or a change summary). */
  at?: number;
  doc: Y.Doc;
  connection: DocConnection | null;
  session: Session;
  navigate(route: Route): void;
}

/**
 * Sets up an open document: its review session, the editor bound to its Y.Doc (with presence, tags,
 * review and paste cleaning), its dialogs, and what follows it (library entry, review effects, the
 * menu's Export command). Null until the editor exists.
 */
export function useOpenDocument({ id, at, doc, connection, session, navigate }: Opening): OpenDocument | null {
  const { library } = session;
  const identity = useIdentity(session.identity);
  // The editor is not rebuilt for a new name: presence and the review author follow it in place.
  const latestIdentity = useRef(identity);
  latestIdentity.current = identity;
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const meta = useDocumentMeta(doc);
  const [dialog, dispatch] = useReducer(dialogReducer, null);
  const dialogs = useMemo(
    () => ({
      openDialog: (next: DocumentDialog) => dispatch({ type: 'open', dialog: next }),
      closeDialog: () => dispatch({ type: 'close' }),
    }),
    [],
  );
  const role = useRole(session);
  const review = useReviewSession(doc, identity, role);
  const images = useImageInsertion(session, dialogs.openDialog);
  const locked = isLocked(meta.status);
  const extensions = useMemo(() => {
    const hooks = {
      onEditFootnote: (pos: number) => dialogs.openDialog({ kind: 'footnote', target: { pos } }),
      onLink: () => dialogs.openDialog({ kind: 'link' }),
      images,
      t,
    };
    return editorExtensions(doc, hooks, [
      TagMargin,
      ...presenceExtensions(connection, latestIdentity.current),
      ...reviewExtensions(review, t),
    ]);
  }, [doc, connection, review, dialogs, images, t]);
  useEffect(() => {
    if (connection) showPresenceAs(connection, identity);
  }, [connection, identity]);
  const editor = useEditor(
    {
      extensions,
      // Tiptap's core "delete" extension queues a task after every transaction, a collaborator's
      // keystroke included, to announce deleted content as 'delete' events; nothing here listens.
      enableCoreExtensions: { delete: false },
      editorProps: {
        // The root's lang and dir are the document language's, set by BlockDirection (never the interface's,
        // never dir="auto": Chromium then recomputes the root's direction on every child added or removed,
        // which made opening a 10,000-paragraph document quadratic, 130 s instead of 33 s under load).
        // Attributes here would win over the plugin's, so none of them is set here.
        attributes: {
          'aria-label': t('document.text'),
          // How to leave the text without a mouse (Tab indents lists and moves between table cells).
          'aria-description': t('document.textHint'),
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true',
        },
        transformPastedHTML: sanitizePastedHtml,
        handlePaste: pasteGuard((refused) =>
          notify({ kind: 'error', text: t('editor.pasteTooLarge', { ...refused }) }),
        ),
      },
    },
    [extensions],
  );
  useEffect(() => images.insertion.attach(editor), [images, editor]);
  useIndexSync(id, doc, library, editor);
  useReviewEditor(editor, review, {
    locked,
    connection,
    workspace: session.workspace.doc,
    milestoneId: meta.milestoneId,
  });
  useEffect(() => {
    if (!editor || at === undefined) return;
    const pos = Math.min(at + 1, editor.state.doc.content.size);
    editor.chain().focus().setTextSelection(pos).scrollIntoView().run();
  }, [editor, at]);
  useEffect(() => {
    document.title = t('app.windowTitleDocument', { title: meta.title });
    return () => void (document.title = t('app.windowTitle'));
  }, [meta.title, t]);
  useEffect(
    () => host.onCommand((command) => command === 'export' && dialogs.openDialog({ kind: 'export' })),
    [host, dialogs],
  );

  return useMemo(
    () =>
      editor && {
        ...{ id, doc, editor, review, connection, meta, locked, role, session, host, navigate, dialog, ...dialogs },
        images: images.insertion,
        workspace: session.workspace.doc,
        identity,
      },
    [
      id,
      doc,
      editor,
      review,
      connection,
      meta,
      locked,
      role,
      session,
      host,
      navigate,
      dialog,
      dialogs,
      identity,
      images,
    ],
  );
}
