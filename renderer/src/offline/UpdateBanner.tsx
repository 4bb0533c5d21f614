import { useSubscription } from '../hooks/useSubscription.ts';
import { useT } from '../i18n/useT.ts';
import type { ShellUpdates } from './shellWorker.ts';

/** "A new version of Concord is ready — Reload", shown until the person reloads into it. */
export function UpdateBanner({ updates }: { updates: ShellUpdates }) {
  const t = useT();
  const ready = useSubscription(updates.subscribe, updates.ready, [updates]);
  if (!ready) return null;
  return (
    <div className="notice notice-info" role="status" aria-label={t('update.label')}>
      <span>{t('update.ready')}</span>
      <button type="button" onClick={() => updates.reload()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
