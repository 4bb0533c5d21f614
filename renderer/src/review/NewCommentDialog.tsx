import type { Editor } from '@tiptap/core';
import { Dialog } from '../ui/Dialog.tsx';
import { useNotice, type Notice } from '../app/Notices.tsx';
import { anchorRange } from '../../../shared/review/schema/anchors.ts';
import { createThread } from '../../../shared/review/comments.ts';
import type { CommentDraft, ReviewSession } from './ReviewSession.ts';
import { useDocument } from '../document/DocumentContext.ts';
import type { MentionCandidate } from './useMentionCandidates.ts';
import { yBindingOf } from './remoteChange.ts';
import { MessageComposer } from './MessageComposer.tsx';
import { useT, type Translate } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';

/** Tells the person why they may not comment now (a viewer, a final document); false when they may. */
function refused(review: ReviewSession, notify: (n: Notice) => void, t: Translate): boolean {
  const why = review.denial('comment');
  if (why) notify({ kind: 'info', text: t(why) });
  return why !== null;
}

/**
 * Starts a comment on the selection: anchors it now, so edits while the comment is written do not move
 * it. Someone who may not comment (a viewer, a final document) is told why instead (the shortcut too).
 */
export function requestComment(editor: Editor, review: ReviewSession, notify: (n: Notice) => void, t: Translate): void {
  if (refused(review, notify, t)) return;
  const { from, to, empty } = editor.state.selection;
  if (empty) {
    notify({ kind: 'info', text: t('comments.selectFirst') });
    return;
  }
  const quote = editor.state.doc
    .textBetween(from, to, ' ', ' ')
    .replace(/\u200B/g, '')
    .trim();
  const binding = yBindingOf(editor.state);
  if (!binding) return;
  review.update({
    draft: { ...anchorRange(binding.fragment, binding.mapping, from, to), quote: quote || t('comments.noText') },
  });
}

/** Writes the first message of a new thread. */
export function NewCommentDialog({ draft, candidates }: { draft: CommentDraft; candidates: MentionCandidate[] }) {
  const { editor, review } = useDocument();
  const notify = useNotice();
  const t = useT();
  const close = () => review.update({ draft: null });
  const submit = (text: string, mentions: string[]) => {
    // The document may have become final while the comment was written: the relay would refuse it.
    if (refused(review, notify, t)) return;
    try {
      const id = createThread(review.doc, review.author, { ...draft, text, mentions });
      review.update({ draft: null, activeThread: id });
    } catch (err) {
      notify({ kind: 'error', text: errorText(t, err) });
    }
  };
  const title = draft.quote.length > 60 ? `${draft.quote.slice(0, 60)}…` : draft.quote;
  return (
    <Dialog
      title={t('comments.newTitle', { quote: title })}
      onClose={close}
      onClosed={() => editor.commands.focus()}
      actions={null}
    >
      <MessageComposer
        label={t('comments.comment')}
        submitLabel={t('comments.comment')}
        candidates={candidates}
        autoFocus
        onCancel={close}
        onSubmit={submit}
      />
    </Dialog>
  );
}
