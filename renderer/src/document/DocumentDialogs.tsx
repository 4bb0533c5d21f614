import { FootnoteDialog } from '../editor/FootnoteDialog.tsx';
import { LinkDialog } from '../editor/LinkDialog.tsx';
import { TagPickerDialog } from '../tags/TagPickerDialog.tsx';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { SaveFileDialog } from '../sealed/SaveFileDialog.tsx';
import { useSaveFile } from '../app/fileCommands.ts';
import { ImageDialog } from '../editor/images/ImageDialog.tsx';
import { ImageAltDialog } from '../editor/images/ImageAltDialog.tsx';
import { CrossRefDialog } from '../editor/images/CrossRefDialog.tsx';
import { useDocument } from './DocumentContext.ts';
import { workspaceDocumentUncertainties } from '../../../shared/templates/uncertainty.ts';
import { documentExportExtras } from '../export/documentExportExtras.ts';
import { CoverDialog } from './CoverDialog.tsx';
import { useGate } from '../roles/useGate.ts';

/** The open document's dialog, as its dialog state says (one at a time). */
export function DocumentDialogs() {
  const { id, doc, editor, meta, workspace, session, role, dialog, closeDialog } = useDocument();
  const saveFile = useSaveFile(session);
  const gate = useGate(role);
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'footnote':
      return (
        <FootnoteDialog
          editor={editor}
          target={dialog.target}
          // A new note is inserted as the text is (a commenter's as a suggestion); an existing one is the
          // text itself: its editors change it, and nobody while the document is final or submitted.
          readOnlyReason={gate(dialog.target.pos === null ? 'suggest' : 'edit-text', meta.status).reason}
          onClose={closeDialog}
        />
      );
    case 'link':
      return <LinkDialog editor={editor} onClose={closeDialog} />;
    case 'tag':
      return <TagPickerDialog editor={editor} target={dialog.target} language={meta.language} onClose={closeDialog} />;
    case 'template':
      return <SaveAsTemplateDialog doc={doc} workspace={workspace} initialTitle={meta.title} onClose={closeDialog} />;
    case 'image':
      return (
        <ImageDialog
          editor={editor}
          blobs={session.blobs}
          image={dialog.image}
          pos={dialog.pos}
          onClose={closeDialog}
        />
      );
    case 'imageAlt':
      return <ImageAltDialog editor={editor} pos={dialog.pos} onClose={closeDialog} />;
    case 'saveFile':
      return (
        <SaveFileDialog
          canSeal={!session.keysMissing}
          onSave={(inClear) => void saveFile(id, inClear)}
          onClose={closeDialog}
        />
      );
    case 'crossRef':
      return <CrossRefDialog editor={editor} onClose={closeDialog} />;
    case 'cover':
      return (
        <CoverDialog
          doc={doc}
          workspace={workspace}
          meta={meta}
          readOnlyReason={gate('edit-settings', meta.status).reason}
          onClose={closeDialog}
        />
      );
    case 'export':
      return (
        <ExportDialog
          doc={doc}
          paragraphNumbering={meta.paragraphNumbering}
          blobs={session.blobs}
          uncertain={workspaceDocumentUncertainties(workspace, meta).length}
          extras={() => documentExportExtras(workspace, doc, meta)}
          onClose={closeDialog}
        />
      );
  }
}
