import { useState } from 'react';
import type { SetAsideItem } from '../../../../shared/recovery/setAside.ts';
import type { Role } from '../../../../shared/protocol/tokenPayload.ts';
import { useSubscription } from '../../hooks/useSubscription.ts';
import { useT, type Translate } from '../../i18n/useT.ts';
import { refusedChangeReason } from '../refusalText.ts';
import { dismissSetAside, loadSetAside, onSetAsideChange } from './setAsideStore.ts';

/** One set-aside item as a line a person reads (and copies). */
function itemText(t: Translate, item: SetAsideItem): string {
  switch (item.kind) {
    case 'title':
      return t('setAside.title', { text: item.text });
    case 'setting':
      return t('setAside.setting', { name: item.name, value: item.value });
    case 'text':
      return t('setAside.text', { text: item.text });
    case 'removed':
      return t('setAside.removed', { text: item.text });
    case 'comment':
      return t(item.kept ? 'setAside.commentKept' : 'setAside.comment', { text: item.text });
    case 'other':
      return t('setAside.other', { name: item.name });
  }
}

/**
 * Above the text of a document whose change the relay refused: what was set aside and why, in
 * words, to copy (and send to an editor) or dismiss. The document shows what the relay accepted.
 */
export function SetAsidePanel({ documentId, role }: { documentId: string; role: Role }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const records = useSubscription(
    (onChange) => onSetAsideChange(documentId, onChange),
    () => loadSetAside(documentId),
    [documentId],
  );
  if (records.length === 0) return null;
  const lines = records.flatMap((r) => r.items.map((item) => itemText(t, item)));
  const reason = refusedChangeReason(t, records[0]!.kind, role);
  const copy = () =>
    void navigator.clipboard.writeText(lines.join('\n')).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section className="set-aside" role="region" aria-label={t('setAside.region')}>
      <h2>{t('setAside.heading', { reason })}</h2>
      <p>{t('setAside.intro')}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={copy}>
        {copied ? t('setAside.copied') : t('setAside.copy')}
      </button>
      <button type="button" onClick={() => dismissSetAside(documentId)}>
        {t('notice.dismiss')}
      </button>
    </section>
  );
}
