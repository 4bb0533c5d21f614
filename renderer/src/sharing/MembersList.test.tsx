import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MembersResponse } from '../../../shared/protocol/membersApi.ts';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { fr } from '../../../shared/i18n/catalogues/fr.ts';
import { MembersList } from './MembersList.tsx';

let view: Mounted;
afterEach(() => view.unmount());

const when = '2026-05-01T00:00:00.000Z';
const list: MembersResponse = {
  members: [
    {
      id: 'owner-1',
      role: 'owner',
      label: 'Founder',
      name: 'Amina',
      organisation: 'MRN',
      joinedAt: when,
      expiresAt: when,
    },
    { id: 'ed-2', role: 'editor', label: 'Drafting', name: 'Luis', organisation: '', joinedAt: when, expiresAt: when },
    { id: 'new-3', role: 'commenter', label: 'Reviewer', name: '', organisation: '', joinedAt: when, expiresAt: when },
  ],
  invitations: [{ id: 'inv-4', role: 'viewer', label: 'Press office', createdAt: when, expiresAt: when }],
};

function show(response: MembersResponse = list) {
  const changeRole = vi.fn();
  const revoke = vi.fn();
  view = mount(<MembersList list={response} self="owner-1" onChangeRole={changeRole} onRevoke={revoke} />);
  const roleOf = (name: string) =>
    view.container.querySelector<HTMLSelectElement>(`select[aria-label="Role of ${name}"]`)!;
  return { changeRole, revoke, roleOf };
}

describe('the members of a workspace, as its owner sees them', () => {
  it('never lets owners revoke or demote themselves', () => {
    const { roleOf } = show();
    expect(view.container.textContent).toContain('Amina (MRN) (you)');
    expect(roleOf('Amina (MRN)').disabled).toBe(true);
    expect(() => button(view.container, 'Revoke Amina (MRN)')).toThrow();
    expect(roleOf('Luis').disabled).toBe(false);
  });

  it('changes another member’s role and revokes a member or an invitation, by id', () => {
    const { roleOf, changeRole, revoke } = show();
    settle(() => {
      const select = roleOf('Luis');
      select.value = 'commenter';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(changeRole).toHaveBeenCalledWith('ed-2', 'commenter');
    button(view.container, 'Revoke Luis').click();
    expect(revoke).toHaveBeenCalledWith('members', 'ed-2');
    button(view.container, 'Revoke Press office').click();
    expect(revoke).toHaveBeenCalledWith('invitations', 'inv-4');
  });

  it('names a member who has not said who they are by the invitation’s label, and each role in words', () => {
    const { roleOf } = show();
    expect(roleOf('Reviewer').selectedOptions[0]?.textContent).toBe('Commenter');
    const invitations = view.container.querySelector('ul[aria-label="Pending invitations"]')!;
    expect(invitations.textContent).toContain('Press office: Viewer, valid until');
  });

  it('says there are no pending invitations rather than showing an empty list', () => {
    show({ members: list.members, invitations: [] });
    expect(view.container.querySelector('ul[aria-label="Pending invitations"]')).toBeNull();
    expect(view.container.textContent).toContain('No pending invitations');
  });

  it('writes an invitation’s expiry date in the interface language, whatever the browser’s', () => {
    // Midday, so the day is 1 May in any time zone the test runs in.
    const invitations = [{ ...list.invitations[0]!, expiresAt: '2026-05-01T12:00:00.000Z' }];
    const shown = (
      <MembersList list={{ ...list, invitations }} self="owner-1" onChangeRole={vi.fn()} onRevoke={vi.fn()} />
    );
    view = mount(shown, {
      locale: 'fr',
      messages: fr,
    });
    expect(view.container.textContent).toContain('Press office : Lecteur, valable jusqu’au 1 mai 2026');
  });
});
