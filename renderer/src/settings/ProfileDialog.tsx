import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';
import { useNotice } from '../app/Notices.tsx';
import { errorText } from '../../../shared/i18n/errorText.ts';
import type { IdentityStore } from './IdentityStore.ts';

/** Settings: the name and organisation collaborators see, changed at any time; bad input is explained and changes nothing. */
export function ProfileDialog({ identities, onClose }: { identities: IdentityStore; onClose(): void }) {
  const t = useT();
  const notify = useNotice();
  const [profile] = useState(identities.profile);
  const [name, setName] = useState(profile.name);
  const [organisation, setOrganisation] = useState(profile.organisation);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const identity = await identities.change(name, organisation);
      notify({ kind: 'info', text: t('settings.profileSaved', { name: identity.name }) });
      onClose();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('settings.profileTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <p className="hint">{t('settings.profileHint')}</p>
      <label className="field">
        <span>{t('join.name')}</span>
        <input
          dir="auto"
          autoFocus
          value={name}
          aria-invalid={error !== null}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('join.organisation')}</span>
        <input dir="auto" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
