import { useEffect } from 'react';
import type { Session } from '../app/session.ts';
import { useNotice } from '../app/Notices.tsx';
import { useT } from '../i18n/useT.ts';

/**
 * Tells the person when an image downloaded from the relay was not the image the document names
 * (altered on the way or on the relay, or another workspace's): it is not shown, and not kept.
 */
export function useImageRefusals(session: Session): void {
  const notify = useNotice();
  const t = useT();
  useEffect(
    () => session.sync?.images.onDownloadProblem(() => notify({ kind: 'error', text: t('image.downloadRefused') })),
    [session, notify, t],
  );
}
