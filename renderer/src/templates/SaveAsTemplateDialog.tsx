import type * as Y from 'yjs';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { templateFromDocument } from '../../../shared/templates/fromDocument.ts';
import { saveWorkspaceTemplate } from '../../../shared/templates/workspaceTemplates.ts';
import { newId } from '../../../shared/ids.ts';
import { useNotice } from '../app/Notices.tsx';
import { useT } from '../i18n/useT.ts';

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
  const t = useT();
  return (
    <PromptDialog
      title={t('templates.saveTitle')}
      label={t('templates.name')}
      initial={initialTitle}
      confirm={t('templates.save')}
      onClose={onClose}
      onConfirm={(value) => {
        const title = value.trim();
        if (!title) return t('templates.needsName');
        saveWorkspaceTemplate(
          workspace,
          templateFromDocument(doc, {
            id: `ws-${newId()}`,
            title,
            description: t('templates.savedFrom', { title: initialTitle }),
          }),
        );
        notify({ kind: 'info', text: t('templates.saved', { title }) });
        return null;
      }}
    />
  );
}
