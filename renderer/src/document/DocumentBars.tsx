import { Toolbar } from '../editor/Toolbar.tsx';
import { ImageTools } from '../editor/images/ImageTools.tsx';
import { tagTarget } from '../tags/tagCommands.ts';
import { useNotice } from '../app/Notices.tsx';
import { ReviewToolbar } from '../review/ReviewToolbar.tsx';
import { ChangeSummary } from '../review/ChangeSummary.tsx';
import { AuthorshipKey } from '../review/AuthorshipKey.tsx';
import { useDocument } from './DocumentContext.ts';
import { useDocumentGate } from './useDocumentGate.ts';
import { useT } from '../i18n/useT.ts';
import { useOpenShortcuts } from '../shortcuts/ShortcutHelp.tsx';

/** The bars above the text: formatting, review, and what changed since this person last looked. */
export function DocumentBars() {
  const { editor, openDialog } = useDocument();
  // Formatting a commenter's text makes suggestions; a viewer, or a final document, changes nothing.
  const write = useDocumentGate()('suggest');
  const notify = useNotice();
  const openShortcuts = useOpenShortcuts();
  const t = useT();
  return (
    <>
      <Toolbar
        editor={editor}
        readOnlyReason={write.reason}
        onLink={() => openDialog({ kind: 'link' })}
        onShortcuts={openShortcuts}
        onFootnote={() => openDialog({ kind: 'footnote', target: { pos: null } })}
        onTag={() => {
          const target = tagTarget(editor);
          if (target) openDialog({ kind: 'tag', target });
          else notify({ kind: 'info', text: t('tags.noTarget') });
        }}
      />
      <ImageTools />
      <ReviewToolbar />
      <AuthorshipKey />
      <ChangeSummary />
    </>
  );
}
