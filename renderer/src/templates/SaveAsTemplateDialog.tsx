import type * as Y from 'yjs';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { templateFromDocument } from '../../../shared/templates/fromDocument.ts';
import { saveWorkspaceTemplate } from '../../../shared/templates/workspaceTemplates.ts';
import { newId } from '../../../shared/ids.ts';
import { useNotice } from '../app/Notices.tsx';

/** Saves a document's structure (headings, guidance, budgets, tags) as a template of the workspace. */
export function SaveAsTemplateDialog({
  doc,
  workspace,
  initialTitle,
  onClose,
}: {
  doc: Y.Doc;
  workspace: Y.Doc;
  initialTitle: string;
  onClose(): void;
}) {
  const notify = useNotice();
  return (
    <PromptDialog
      title="Save as a workspace template"
      label="Template name"
      initial={initialTitle}
      confirm="Save template"
      onClose={onClose}
      onConfirm={(value) => {
        const title = value.trim();
        if (!title) return 'A template needs a name.';
        saveWorkspaceTemplate(workspace, templateFromDocument(doc, { id: `ws-${newId()}`, title }));
        notify({
          kind: 'info',
          text: `Saved “${title}” as a template: it is offered under New from template… to everyone in this workspace.`,
        });
        return null;
      }}
    />
  );
}
