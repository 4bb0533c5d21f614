import { useT } from '../i18n/useT.ts';
import { DATA_FORMAT } from '../storage/dataFormat.ts';
import type { ShellUpdates } from '../offline/shellWorker.ts';

/**
 * Shown instead of the library when a newer version of the app has written this profile's data.
 * Reload switches to the newer version when it is installed and waiting (a plain reload would be
 * answered by the running version's service worker), else reloads from the server.
 */
export function NewerDataNotice({ found, updates }: { found: number; updates?: ShellUpdates }) {
  const t = useT();
  return (
    <main className="newer-data" role="alert" aria-labelledby="newer-data-title">
      <h1 id="newer-data-title">{t('dataFormat.newerTitle')}</h1>
      <p>{t('dataFormat.newerBody', { found, supported: DATA_FORMAT })}</p>
      <button
        type="button"
        className="primary"
        onClick={() => (updates?.ready() ? updates.reload() : location.reload())}
      >
        {t('update.reload')}
      </button>
    </main>
  );
}
