import { useEffect } from 'react';
import { useT } from '../i18n/useT.ts';
import { DATA_FORMAT } from '../storage/dataFormat.ts';
import { announce } from '../ui/announcer.ts';
import type { ShellUpdates } from '../offline/shellUpdates.ts';

/**
 * Shown instead of the library when a newer version of the app has written this profile's data.
 * Reload switches to the newer version when it is installed and waiting (a plain reload would be
 * answered by the running version's service worker), else reloads from the server.
 */
export function NewerDataNotice({ found, updates }: { found: number; updates?: ShellUpdates }) {
  const t = useT();
  const title = t('dataFormat.newerTitle');
  const body = t('dataFormat.newerBody', { found, supported: DATA_FORMAT });
  // Read once through the app's live regions, like every notice: no alert role (read on its own).
  useEffect(() => announce(body, { assertive: true, key: 'newer-data' }), [body]);
  return (
    <main className="newer-data">
      <section role="region" aria-labelledby="newer-data-title">
        <h1 id="newer-data-title">{title}</h1>
        <p>{body}</p>
        <button
          type="button"
          className="primary"
          onClick={() => (updates?.ready() ? updates.reload() : location.reload())}
        >
          {t('update.reload')}
        </button>
      </section>
    </main>
  );
}
