import { useState } from 'react';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { useT } from '../i18n/useT.ts';
import { refusalText } from './refusalText.ts';
import type { SyncStatus } from './syncStatus.ts';

/** The dismiss button's mark (its name is the catalogue's). */
const CROSS = '×';

/**
 * Where the person is looking (above the text, or over the library): the relay's refusal in plain
 * words with what to do, announced to screen readers, until dismissed.
 */
export function RefusalNotice({ status, role }: { status: SyncStatus; role: Role }) {
  const t = useT();
  const [dismissed, setDismissed] = useState<SyncStatus | null>(null);
  if (status.state !== 'refused' || dismissed === status) return null;
  const { reason, todo } = refusalText(t, status.refused, role);
  return (
    <div className="notice notice-error" role="alert" aria-label={t('notice.region')}>
      <span>{t('relay.refused', { reason, todo })}</span>
      <button type="button" aria-label={t('notice.dismiss')} onClick={() => setDismissed(status)}>
        {CROSS}
      </button>
    </div>
  );
}
