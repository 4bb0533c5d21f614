import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import type { IdentityStore } from './IdentityStore.ts';
import { useIdentity } from './useIdentity.ts';
import { ProfileDialog } from './ProfileDialog.tsx';

/**
 * First run: asks the person for their name and organisation, which collaborators see on carets,
 * comments, versions and sign-on, until they give them or say "not now". Not a dialog: nothing
 * stands between someone and their documents.
 */
export function NamePrompt({ identities }: { identities: IdentityStore }) {
  const t = useT();
  const identity = useIdentity(identities);
  const [asking, setAsking] = useState(identities.asking);
  const [editing, setEditing] = useState(false);
  if (!asking || identity.named) return null;
  return (
    <section className="name-prompt" aria-labelledby="name-prompt-title">
      <h2 id="name-prompt-title">{t('namePrompt.title')}</h2>
      <p>{t('namePrompt.why')}</p>
      <button type="button" className="primary" onClick={() => setEditing(true)}>
        {t('namePrompt.add')}
      </button>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          void identities.stopAsking();
        }}
      >
        {t('namePrompt.later')}
      </button>
      {editing && <ProfileDialog identities={identities} onClose={() => setEditing(false)} />}
    </section>
  );
}
