import { useCallback, useEffect, useMemo, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { ROLE_NAMES } from '../../../shared/roles/roleNames.ts';
import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { INVITABLE_ROLES, type Role } from '../../../shared/protocol/tokenPayload.ts';
import type { MembersResponse } from '../../../shared/protocol/membersApi.ts';
import { SharingApi } from './sharingApi.ts';
import { MembersList } from './MembersList.tsx';
import { invitationLink } from './invitationLink.ts';
import { MakePrivate } from './MakePrivate.tsx';

type Invitable = (typeof INVITABLE_ROLES)[number];

/**
 * The owner's Share dialog: invitation links for an editor, a commenter or a viewer (with a label
 * and an expiry) to copy or email; members and pending invitations, roles to change, revocation;
 * for an ordinary workspace, making it private.
 * The relay signs and enforces everything (docs/relay.md, Sharing); this asks it with the owner's token.
 */
export function ShareDialog({
  sync,
  workspaceId,
  onClose,
  onMadePrivate,
}: {
  sync: WorkspaceSync;
  workspaceId: string;
  onClose(): void;
  /** The workspace was made private on the relay: reopen it (now sealed). */
  onMadePrivate(): void;
}) {
  const t = useT();
  const api = useMemo(() => new SharingApi(sync.config, workspaceId), [sync, workspaceId]);
  const [list, setList] = useState<MembersResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [role, setRole] = useState<Invitable>('editor');
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(30);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [keysChanged, setKeysChanged] = useState(false);
  const attempt = useCallback(
    (work: () => Promise<unknown>) =>
      void work()
        .then(() => api.members())
        .then(setList)
        .catch((err) => setError(t('share.failed', { reason: errorText(t, err) }))),
    [api, t],
  );
  useEffect(() => attempt(async () => undefined), [attempt]);
  const create = () => {
    setError(null);
    if (!label.trim()) return setError(t('share.labelRequired'));
    attempt(async () => {
      const created = await api.invite({ role, label: label.trim(), expiresInDays: days });
      setLink(invitationLink(sync.config.url, created.token, sync.ring));
      setCopied(false);
    });
  };
  // In a private workspace, a removal changes the key: the removed member's old key reads nothing new.
  const revoke = async (kind: 'members' | 'invitations', id: string) => {
    setKeysChanged(false);
    await api.revoke(kind, id);
    if (!sync.isPrivate) return;
    await sync.rotateKeys(id);
    setKeysChanged(true);
  };
  const mail =
    link && `mailto:?subject=${encodeURIComponent(t('share.emailSubject'))}&body=${encodeURIComponent(link)}`;
  return (
    <Dialog
      title={t('share.title')}
      onClose={onClose}
      onSubmit={create}
      actions={
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      }
    >
      <fieldset>
        <legend>{t('share.inviteHeading')}</legend>
        <label>
          {t('share.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as Invitable)}>
            {INVITABLE_ROLES.map((r: Role) => (
              <option key={r} value={r}>
                {t(ROLE_NAMES[r])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('share.label')} <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label>
          {t('share.expiry')}
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(Number(e.target.value) || 1)} />
        </label>
        <button type="submit" className="primary">
          {t('share.create')}
        </button>
      </fieldset>
      {link && (
        <p>
          <label>
            {t('share.link')} <input readOnly value={link} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => void navigator.clipboard.writeText(link).then(() => setCopied(true))}>
            {copied ? t('setAside.copied') : t('share.copy')}
          </button>
          {mail && <a href={mail}>{t('share.email')}</a>}
        </p>
      )}
      {link && sync.ring && <p className="hint">{t('private.linkHasKey')}</p>}
      {keysChanged && <p role="status">{t('private.keysChanged')}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {list === null ? (
        !error && <p className="muted">{t('share.loading')}</p>
      ) : (
        <MembersList
          list={list}
          self={sync.memberId}
          onChangeRole={(id, r) => attempt(() => api.changeRole(id, r))}
          onRevoke={(kind, id) => attempt(() => revoke(kind, id))}
        />
      )}
      {!sync.isPrivate && <MakePrivate sync={sync} api={api} workspaceId={workspaceId} onMadePrivate={onMadePrivate} />}
    </Dialog>
  );
}
