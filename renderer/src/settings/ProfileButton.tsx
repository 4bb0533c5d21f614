import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import type { IdentityStore } from './IdentityStore.ts';
import { useIdentity } from './useIdentity.ts';
import { ProfileDialog } from './ProfileDialog.tsx';

/** Settings beside the language: who you appear as ("You: Ana (FIDH)"), opening the dialog that changes it. */
export function ProfileButton({ identities }: { identities: IdentityStore }) {
  const t = useT();
  const identity = useIdentity(identities);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="profile-button" onClick={() => setOpen(true)}>
        {identity.named ? t('settings.profile', { name: identity.name }) : t('settings.profileUnset')}
      </button>
      {open && <ProfileDialog identities={identities} onClose={() => setOpen(false)} />}
    </>
  );
}
