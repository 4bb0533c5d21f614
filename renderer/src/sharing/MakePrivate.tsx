import { useState } from 'react';
import { useHost } from '../app/hostContext.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { makeWorkspacePrivate } from '../sealed/makePrivate.ts';
import type { SharingApi } from './sharingApi.ts';
import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';

type Phase = 'closed' | 'asking' | 'working';

/**
 * The Share dialog's “Make private…” for the owner of an ordinary workspace: says what happens and
 * what the relay may already have kept, then makes the key, asks the relay, and hands over to
 * `onMadePrivate` (which reopens the workspace, now private). Progress and errors show here.
 */
export function MakePrivate({
  sync,
  api,
  workspaceId,
  onMadePrivate,
}: {
  sync: WorkspaceSync;
  api: SharingApi;
  workspaceId: string;
  onMadePrivate(): void;
}) {
  const t = useT();
  const host = useHost();
  const [phase, setPhase] = useState<Phase>('closed');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    setError(null);
    setPhase('working');
    // This app's ordinary connections end here, not by the relay's refusal meant for the others.
    const wasOnline = sync.isOnline;
    sync.setOnline(false);
    makeWorkspacePrivate(host, api, workspaceId).then(onMadePrivate, (err: unknown) => {
      sync.setOnline(wasOnline);
      setPhase('asking');
      setError(t('private.makeFailed', { reason: errorText(t, err) }));
    });
  };
  if (phase === 'closed')
    return (
      <p>
        <button type="button" onClick={() => setPhase('asking')}>
          {t('private.make')}
        </button>
      </p>
    );
  return (
    <fieldset>
      <legend>{t('private.makeHeading')}</legend>
      <p>{t('private.makeExplain')}</p>
      <p>{t('private.makeRetains')}</p>
      {phase === 'working' ? (
        <p role="status">{t('private.making')}</p>
      ) : (
        <p>
          <button type="button" className="primary" onClick={confirm}>
            {t('private.makeConfirm')}
          </button>
          <button type="button" onClick={() => setPhase('closed')}>
            {t('common.cancel')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
