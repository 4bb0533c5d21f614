import { useEffect, useMemo, useState } from 'react';
import { compareSnapshots, type TextChange } from '../../../shared/review/compare.ts';
import { readPeople } from '../../../shared/review/people.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { loadLastSeen, saveLastSeen } from './lastSeen.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * On opening a document others changed: what changed since this person last had it open, by whom,
 * with a jump to each change. Computed on opening and again once the relay has first delivered what
 * arrived meanwhile (never for changes made while the person was looking); "seen" is remembered when the document is closed or the summary dismissed.
 */
export function ChangeSummary() {
  const { editor, review, id: documentId, connection } = useDocument();
  const t = useT();
  const format = useFormat();
  const since = useMemo(() => loadLastSeen(documentId), [documentId]);
  const [changes, setChanges] = useState<TextChange[]>([]);
  const [dismissed, setDismissed] = useState(false);
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    const compute = () => {
      if (!since) return;
      const all = compareSnapshots(review.doc, since, { pud: review.pud, schema: editor.schema }).changes;
      setChanges(all.filter((c) => c.authorId !== review.author.id));
    };
    compute();
    // Once, when the relay has delivered what arrived while the person was away: later syncs (after
    // a reconnection) bring changes made while they were looking, which they saw happen.
    let waiting = connection !== null && connection.status.state !== 'online';
    const off = connection?.subscribe((status) => {
      if (!waiting || status.state !== 'online') return;
      waiting = false;
      compute();
    });
    const remember = () => saveLastSeen(documentId, review.doc);
    window.addEventListener('pagehide', remember);
    return () => {
      off?.();
      window.removeEventListener('pagehide', remember);
      remember();
    };
  }, [since, review, editor, documentId, connection]);
  if (dismissed || changes.length === 0) return null;
  const people = readPeople(review.doc);
  const name = (id: string | null) => (id && people.get(id)?.name) || t('review.someone');
  const byAuthor = new Map<string, number>();
  for (const c of changes) byAuthor.set(name(c.authorId), (byAuthor.get(name(c.authorId)) ?? 0) + 1);
  const jump = (c: TextChange) => {
    const size = editor.state.doc.content.size;
    const from = Math.min(c.at, size);
    const to = c.kind === 'added' ? Math.min(c.at + c.text.length, size) : from;
    editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run();
  };
  const authors = [...byAuthor].map(([who, count]) => t('changes.byAuthor', { name: who, count }));
  return (
    <section className="change-summary" aria-label={t('changes.label')}>
      <p>
        <strong>{t('changes.heading')}</strong>
        {t('changes.authors', { authors: format.list(authors) })}
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('changes.hide') : t('changes.show')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            saveLastSeen(documentId, review.doc);
            setDismissed(true);
          }}
        >
          {t('changes.dismiss')}
        </button>
      </p>
      {expanded && (
        <ol>
          {changes.map((c, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => jump(c)}>
                {t('changes.item', { name: name(c.authorId), kind: c.kind, text: clip(c.text) })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
