import { useState } from 'react';
import { deleteMessage, editMessage, reply, setResolved } from '../../../shared/review/comments.ts';
import type { CommentMessage } from '../../../shared/review/commentRead.ts';
import { useNotice } from '../app/Notices.tsx';
import type { AnchoredThread } from './useCommentAnchors.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useDocumentGate } from '../document/useDocumentGate.ts';
import type { MentionCandidate } from './useMentionCandidates.ts';
import { MessageComposer } from './MessageComposer.tsx';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { useFormat } from '../i18n/useFormat.ts';

interface ThreadCardProps {
  item: AnchoredThread;
  candidates: MentionCandidate[];
  active: boolean;
  onJump(): void;
}

function mentionNames(message: CommentMessage, candidates: MentionCandidate[]): string[] {
  return message.mentions.map((id) => candidates.find((c) => c.id === id)?.label ?? id.replace(/^(org|person):~?/, ''));
}

/** One comment thread: its quote, messages, replies, own edits and deletions, resolve and reopen. */
export function ThreadCard({ item, candidates, active, onJump }: ThreadCardProps) {
  const { review } = useDocument();
  // Replies, edits and resolving are comments: not for viewers, nor in a final or submitted document.
  const commenting = useDocumentGate()('comment');
  const { thread, range } = item;
  const notify = useNotice();
  const t = useT();
  const format = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const act = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      notify({ kind: 'error', text: errorText(t, err) });
    }
  };
  const first = thread.messages[0];
  const collapsed = !active && thread.messages.length > 1;
  const shown = collapsed ? thread.messages.slice(0, 1) : thread.messages;
  return (
    <article
      className={`thread ${active ? 'active' : ''} ${thread.resolved ? 'resolved' : ''} ${range ? '' : 'orphaned'}`}
      aria-label={t('comments.threadLabel', { name: first?.authorName ?? thread.authorName, quote: thread.quote })}
      onClick={() => review.update({ activeThread: thread.id })}
    >
      {range ? (
        <button type="button" className="thread-quote link-button" onClick={onJump} title={t('comments.showInText')}>
          {t('common.quoted', { text: thread.quote })}
        </button>
      ) : (
        <p className="thread-quote orphaned-note">
          <span className="badge">{t('comments.textDeleted')}</span>
          {t('common.quoted', { text: thread.quote })}
        </p>
      )}
      {thread.resolved && (
        <p className="thread-state">
          {t('comments.resolvedBy', {
            name: thread.resolvedBy ?? t('review.someone'),
            date: format.dateTime(thread.resolvedAt),
          })}
        </p>
      )}
      <ol className="messages">
        {shown.map((m) => (
          <li key={m.id} className={m.deleted ? 'deleted' : ''}>
            <header>
              <strong>
                <bdi>{m.authorName}</bdi>
              </strong>
              <time dateTime={m.createdAt}>{format.dateTime(m.createdAt)}</time>
              {m.editedAt && !m.deleted && <span className="muted">{t('comments.edited')}</span>}
            </header>
            {editing === m.id ? (
              <MessageComposer
                label={t('comments.editComment')}
                submitLabel={t('common.save')}
                candidates={candidates}
                initial={m.text}
                initialMentions={m.mentions}
                autoFocus
                onCancel={() => setEditing(null)}
                onSubmit={(text, mentions) =>
                  act(() => {
                    editMessage(review.doc, thread.id, m.id, review.author, { text, mentions });
                    setEditing(null);
                  })
                }
              />
            ) : m.deleted ? (
              <p className="muted">{t('comments.deleted')}</p>
            ) : (
              <p className="message-text" dir="auto">
                {m.text}
              </p>
            )}
            {!m.deleted && m.mentions.length > 0 && (
              <p className="mentions">{t('comments.mentions', { names: format.list(mentionNames(m, candidates)) })}</p>
            )}
            {!m.deleted && m.authorId === review.author.id && editing !== m.id && commenting.allowed && (
              <div className="message-actions">
                <button type="button" className="link-button" onClick={() => setEditing(m.id)}>
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => act(() => deleteMessage(review.doc, thread.id, m.id, review.author))}
                >
                  {t('common.delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {collapsed && <p className="muted">{t('comments.more', { count: thread.messages.length - 1 })}</p>}
      {active && commenting.reason !== undefined && (
        <p className="hint" role="note">
          {commenting.reason}
        </p>
      )}
      {active && commenting.allowed && (
        <>
          {!thread.resolved && (
            <MessageComposer
              label={t('comments.reply')}
              submitLabel={t('comments.reply')}
              candidates={candidates}
              onSubmit={(text, mentions) => act(() => reply(review.doc, thread.id, review.author, { text, mentions }))}
            />
          )}
          <div className="thread-actions">
            <button
              type="button"
              onClick={() => act(() => setResolved(review.doc, thread.id, !thread.resolved, review.author))}
            >
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
