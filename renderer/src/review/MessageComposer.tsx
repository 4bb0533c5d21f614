import { useId, useState } from 'react';
import type { MentionCandidate } from './useMentionCandidates.ts';
import { useT } from '../i18n/useT.ts';

const ORGANISATION = '🏢 ';

interface MessageComposerProps {
  label: string;
  submitLabel: string;
  candidates: MentionCandidate[];
  initial?: string;
  initialMentions?: readonly string[];
  autoFocus?: boolean;
  onSubmit(text: string, mentions: string[]): void;
  onCancel?(): void;
}

/** A comment box with an @mention picker (member organisations and people). */
export function MessageComposer({
  label,
  submitLabel,
  candidates,
  initial = '',
  initialMentions = [],
  autoFocus,
  onSubmit,
  onCancel,
}: MessageComposerProps) {
  const [text, setText] = useState(initial);
  const [mentions, setMentions] = useState<string[]>([...initialMentions]);
  const pickerId = useId();
  const t = useT();
  const submit = () => {
    if (!text.trim()) return;
    // Keep only the mentions whose name is still in the text.
    const kept = mentions.filter((id) => {
      const who = candidates.find((c) => c.id === id);
      return !who || text.includes(`@${who.label}`);
    });
    onSubmit(text, kept);
    setText('');
    setMentions([]);
  };
  return (
    <div className="message-composer" onKeyDown={(e) => e.stopPropagation()}>
      <label className="field">
        <span className="visually-hidden">{label}</span>
        <textarea
          dir="auto"
          aria-label={label}
          rows={2}
          autoFocus={autoFocus}
          value={text}
          placeholder={t('comments.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
      </label>
      <div className="composer-actions">
        {candidates.length > 0 && (
          <>
            <label htmlFor={pickerId} className="visually-hidden">
              {t('comments.mention')}
            </label>
            <select
              id={pickerId}
              aria-label={t('comments.mention')}
              value=""
              onChange={(e) => {
                const who = candidates.find((c) => c.id === e.target.value);
                if (!who) return;
                setText((t) => `${t}${t && !t.endsWith(' ') ? ' ' : ''}@${who.label} `);
                setMentions((m) => (m.includes(who.id) ? m : [...m, who.id]));
              }}
            >
              <option value="">{t('comments.mentionPrompt')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.kind === 'organisation' && ORGANISATION}
                  {c.label}
                </option>
              ))}
            </select>
          </>
        )}
        <span className="spacer" />
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="button" className="primary" disabled={!text.trim()} onClick={submit}>
          {submitLabel}
        </button>
      </div>
    </div>
  );
}
