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
import { getMilestone } from '../../../shared/model/roadmap.ts';
import { useDocument } from './DocumentContext.ts';
import { workspaceDocumentUncertainties } from '../../../shared/templates/uncertainty.ts';
import { listMembers } from '../../../shared/model/members.ts';
import { coverOrganisations } from '../../../shared/export/coverOrganisations.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { CoverDialog } from './CoverDialog.tsx';
import { useGate } from '../roles/useGate.ts';

/** The open document's dialog, as its dialog state says (one at a time). */
export function DocumentDialogs() {
  const { id, doc, editor, meta, workspace, session, role, dialog, closeDialog } = useDocument();
  const format = useFormat();
  const saveFile = useSaveFile(session);
  const gate = useGate(role);
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'footnote':
      return <FootnoteDialog editor={editor} target={dialog.target} onClose={closeDialog} />;
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
          extras={{
            milestoneTitle: meta.milestoneId ? (getMilestone(workspace, meta.milestoneId)?.title ?? '') : '',
            date: format.date(new Date()),
            uncertainties: workspaceDocumentUncertainties(workspace, meta),
            ...coverOrganisations(doc, listMembers(workspace)),
          }}
          onClose={closeDialog}
        />
      );
  }
}
