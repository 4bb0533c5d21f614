import type { MembersResponse } from '../../../shared/protocol/membersApi.ts';
import { ROLES, type Role } from '../../../shared/protocol/tokenPayload.ts';
import { personLabel } from '../settings/identity.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { ROLE_NAMES } from '../../../shared/roles/roleNames.ts';

interface MembersListProps {
  list: MembersResponse;
  /** This member's id (their own row cannot be revoked or demoted from here). */
  self: string;
  onChangeRole(memberId: string, role: Role): void;
  onRevoke(kind: 'members' | 'invitations', id: string): void;
}

/** The workspace's members (role to change, revoke) and its pending invitations (revoke). */
export function MembersList({ list, self, onChangeRole, onRevoke }: MembersListProps) {
  const t = useT();
  const format = useFormat();
  const date = (iso: string) => format.date(new Date(iso));
  return (
    <>
      <h3>{t('share.members')}</h3>
      <ul className="members" aria-label={t('share.members')}>
        {list.members.map((m) => {
          const name = personLabel(m.name, m.organisation) || m.label || t('share.unnamed');
          return (
            <li key={m.id} aria-label={name}>
              <span>{m.id === self ? t('share.you', { name }) : name}</span> <span className="muted">{m.label}</span>
              <select
                aria-label={t('share.roleOf', { name })}
                value={m.role}
                disabled={m.id === self}
                onChange={(e) => onChangeRole(m.id, e.target.value as Role)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(ROLE_NAMES[role])}
                  </option>
                ))}
              </select>
              {m.id !== self && (
                <button
                  type="button"
                  aria-label={t('share.revokeOf', { name })}
                  onClick={() => onRevoke('members', m.id)}
                >
                  {t('share.revoke')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{t('share.invitations')}</h3>
      {list.invitations.length === 0 ? (
        <p className="muted">{t('share.noInvitations')}</p>
      ) : (
        <ul className="invitations" aria-label={t('share.invitations')}>
          {list.invitations.map((i) => (
            <li key={i.id} aria-label={i.label}>
              <span>
                {t('share.invitation', { label: i.label, role: t(ROLE_NAMES[i.role]), date: date(i.expiresAt) })}
              </span>
              <button
                type="button"
                aria-label={t('share.revokeOf', { name: i.label })}
                onClick={() => onRevoke('invitations', i.id)}
              >
                {t('share.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
