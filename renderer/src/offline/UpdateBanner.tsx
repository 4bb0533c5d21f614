import { useEffect } from 'react';
import { useSubscription } from '../hooks/useSubscription.ts';
import { useT } from '../i18n/useT.ts';
import { announce } from '../ui/announcer.ts';
import type { ShellUpdates } from './shellUpdates.ts';

/** "A new version of Concord is ready — Reload", shown until the person reloads into it. */
export function UpdateBanner({ updates }: { updates: ShellUpdates }) {
  const t = useT();
  const ready = useSubscription(updates.subscribe, updates.ready, [updates]);
  const text = t('update.ready');
  // Read once through the app's live regions: a live region mounted with its text already in it is not read.
  useEffect(() => {
    if (ready) announce(text, { key: 'update' });
  }, [ready, text]);
  if (!ready) return null;
  return (
    <div className="notice notice-info" role="region" aria-label={t('update.label')}>
      <span>{text}</span>
      <button type="button" onClick={() => updates.reload()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
