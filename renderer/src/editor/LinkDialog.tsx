import type { Editor } from '@tiptap/core';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { normaliseLinkInput } from '../../../shared/schema/linkPolicy.ts';
import { useT } from '../i18n/useT.ts';

/** Adds, changes or removes the link at the selection. Only http, https and mailto links are accepted. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const t = useT();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  return (
    <PromptDialog
      title={current ? t('link.editTitle') : t('link.addTitle')}
      label={t('link.address')}
      initial={current}
      confirm={t('link.apply')}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      extraActions={
        current ? (
          <button
            type="button"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onClose();
            }}
          >
            {t('link.remove')}
          </button>
        ) : null
      }
      onConfirm={(value) => {
        const href = normaliseLinkInput(value);
        if (!href) return t('link.refused');
        const chain = editor.chain().focus().extendMarkRange('link');
        if (editor.state.selection.empty && !current) {
          chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
        } else {
          chain.setLink({ href }).run();
        }
        return null;
      }}
    />
  );
}
