import type { Editor } from '@tiptap/core';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { normaliseLinkInput } from '../../../shared/schema/linkPolicy.ts';

/** Adds, changes or removes the link at the selection. Only http, https and mailto links are accepted. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  return (
    <PromptDialog
      title={current ? 'Edit link' : 'Add link'}
      label="Link address"
      initial={current}
      confirm="Apply link"
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
            Remove link
          </button>
        ) : null
      }
      onConfirm={(value) => {
        const href = normaliseLinkInput(value);
        if (!href) return 'Only web addresses (http, https) and email addresses (mailto) can be links.';
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
