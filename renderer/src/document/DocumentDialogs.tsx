import { FootnoteDialog } from '../editor/FootnoteDialog.tsx';
import { LinkDialog } from '../editor/LinkDialog.tsx';
import { TagPickerDialog } from '../tags/TagPickerDialog.tsx';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { getMilestone } from '../../../shared/model/roadmap.ts';
import { useDocument } from './DocumentContext.ts';
import { workspaceDocumentUncertainties } from '../../../shared/templates/uncertainty.ts';
import { useFormat } from '../i18n/useFormat.ts';

/** The open document's dialog, as its dialog state says (one at a time). */
export function DocumentDialogs() {
  const { doc, editor, meta, workspace, dialog, closeDialog } = useDocument();
  const format = useFormat();
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'footnote':
      return <FootnoteDialog editor={editor} target={dialog.target} onClose={closeDialog} />;
    case 'link':
      return <LinkDialog editor={editor} onClose={closeDialog} />;
    case 'tag':
      return <TagPickerDialog editor={editor} target={dialog.target} onClose={closeDialog} />;
    case 'template':
      return <SaveAsTemplateDialog doc={doc} workspace={workspace} initialTitle={meta.title} onClose={closeDialog} />;
    case 'export':
      return (
        <ExportDialog
          doc={doc}
          paragraphNumbering={meta.paragraphNumbering}
          extras={{
            milestoneTitle: meta.milestoneId ? (getMilestone(workspace, meta.milestoneId)?.title ?? '') : '',
            date: format.date(new Date()),
            uncertainties: workspaceDocumentUncertainties(workspace, meta),
          }}
          onClose={closeDialog}
        />
      );
  }
}
