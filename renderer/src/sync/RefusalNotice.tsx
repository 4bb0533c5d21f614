import { useEffect, useState } from 'react';
import { announce } from '../ui/announcer.ts';
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
  const refused = status.state === 'refused' ? refusalText(t, status.refused, role) : null;
  const text = refused && t('relay.refused', refused);
  useEffect(() => {
    if (text) announce(text, { assertive: true });
  }, [text]);
  if (!text || dismissed === status) return null;
  return (
    // Announced once through the app's live regions; the notice itself is no live region or alert.
    <div className="notice notice-error" role="region" aria-label={t('notice.region')}>
      <span>{text}</span>
      <button type="button" aria-label={t('notice.dismiss')} onClick={() => setDismissed(status)}>
        {CROSS}
      </button>
    </div>
  );
}
