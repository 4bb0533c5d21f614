import { useT } from '../i18n/useT.ts';

/** What an invite says about privacy: it carries a private workspace's key, or it is a bare token. */
export function PrivateInviteNote({ hasKey }: { hasKey: boolean }) {
  const t = useT();
  return hasKey ? <p>{t('private.inviteHasKey')}</p> : <p className="hint">{t('private.bareToken')}</p>;
}

/** The choice offered to someone connecting their own workspace: make it private (a key is made here). */
export function PrivateChoice({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const t = useT();
  return (
    <>
      <label className="toggle">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {t('private.choose')}
      </label>
      <p className="hint">{t('private.chooseHint')}</p>
    </>
  );
}
