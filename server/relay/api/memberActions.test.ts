import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/sqliteDatabase.ts';
import { SqliteTokenStore } from '../../auth/sqliteTokenStore.ts';
import { verifyToken } from '../../auth/token.ts';
import { API_LIMITS } from '../../../shared/protocol/membersApi.ts';
import type { TokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { MemberActions, type Caller } from './memberActions.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-members-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const key = crypto.randomBytes(32);
const now = Date.UTC(2026, 4, 1) / 1000;

function setup() {
  const tokens = new SqliteTokenStore(openDatabase(dir));
  const changes: string[] = [];
  const actions = new MemberActions({
    tokens,
    signingKey: key,
    onMemberChanged: (id, change) => changes.push(`${change} ${id}`),
    makePrivate: async () => undefined,
    log: () => undefined,
    now: () => now * 1000,
  });
  const ws = `ws-${crypto.randomBytes(4).toString('hex')}`;
  const payload: TokenPayload = {
    v: 1,
    id: `own-${crypto.randomBytes(4).toString('hex')}`,
    ws,
    role: 'owner',
    iat: now,
    exp: now + 86400,
  };
  const owner: Caller = { payload, role: 'owner' };
  return { tokens, actions, owner, changes, ws };
}

describe('sharing actions', () => {
  it('signs invitations for the caller’s workspace with the asked role, label and expiry', async () => {
    const { actions, owner, tokens } = setup();
    await tokens.record(owner.payload);
    await tokens.markUsed(owner.payload.id, now);
    const made = await actions.invite(owner, { role: 'commenter', label: 'for Caritas Lebanon', expiresInDays: 30 });
    const payload = verifyToken(key, made.token);
    expect(payload).toMatchObject({
      ws: owner.payload.ws,
      role: 'commenter',
      name: 'for Caritas Lebanon',
      exp: now + 30 * 86400,
    });
    expect(made.invitation).toMatchObject({ id: payload!.id, role: 'commenter', label: 'for Caritas Lebanon' });
    expect((await tokens.get(payload!.id))?.createdBy).toBe(owner.payload.id);
    const listed = await actions.list(owner);
    expect(listed.invitations.map((i) => i.id)).toEqual([payload!.id]);
    // Used once: a member, with the name they gave.
    await tokens.markUsed(payload!.id, now + 5);
    await actions.setProfile(
      { payload: payload!, role: 'commenter' },
      { name: 'Rania', organisation: 'Caritas Lebanon' },
    );
    expect((await actions.list(owner)).members).toContainEqual(
      expect.objectContaining({ id: payload!.id, name: 'Rania', organisation: 'Caritas Lebanon', role: 'commenter' }),
    );
  });

  it('refuses owner invitations, bad expiries and labels, and non-owners', async () => {
    const { actions, owner } = setup();
    for (const body of [
      { role: 'owner', label: 'x', expiresInDays: 3 },
      { role: 'editor', label: 'x', expiresInDays: 0 },
      { role: 'editor', label: 'x', expiresInDays: API_LIMITS.maxDays + 1 },
      { role: 'editor', label: ' ', expiresInDays: 3 },
      { role: 'editor', label: 'x'.repeat(API_LIMITS.label + 1), expiresInDays: 3 },
      { role: 'editor', label: 'x', expiresInDays: 3, extra: true },
    ])
      await expect(actions.invite(owner, body)).rejects.toMatchObject({ status: 400 });
    await expect(actions.list({ ...owner, role: 'editor' })).rejects.toMatchObject({ status: 403 });
    await expect(
      actions.invite({ ...owner, role: 'commenter' }, { role: 'viewer', label: 'x', expiresInDays: 1 }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it(`keeps at most ${API_LIMITS.pendingInvitations} unused invitations`, async () => {
    const { actions, owner } = setup();
    for (let i = 0; i < API_LIMITS.pendingInvitations; i++)
      await actions.invite(owner, { role: 'viewer', label: `reader ${i}`, expiresInDays: 1 });
    await expect(actions.invite(owner, { role: 'viewer', label: 'one more', expiresInDays: 1 })).rejects.toMatchObject({
      status: 409,
    });
    const first = (await actions.list(owner)).invitations[0]!;
    await actions.revoke(owner, first.id);
    await actions.invite(owner, { role: 'viewer', label: 'one more', expiresInDays: 1 });
  });

  it('changes roles and revokes, telling the relay to close connections; never leaves a workspace without an owner', async () => {
    const { actions, owner, tokens, changes } = setup();
    await tokens.record(owner.payload);
    await tokens.markUsed(owner.payload.id, now);
    const { invitation } = await actions.invite(owner, { role: 'editor', label: 'Ben', expiresInDays: 7 });
    expect(await actions.changeRole(owner, invitation.id, { role: 'viewer' })).toMatchObject({ role: 'viewer' });
    expect((await tokens.status(invitation.id))?.role).toBe('viewer');
    await expect(actions.changeRole(owner, owner.payload.id, { role: 'editor' })).rejects.toMatchObject({
      status: 409,
    });
    await expect(actions.revoke(owner, owner.payload.id)).rejects.toMatchObject({ status: 409 });
    await actions.changeRole(owner, invitation.id, { role: 'owner' });
    await actions.changeRole(owner, owner.payload.id, { role: 'editor' });
    // Ben is the owner now: he may revoke the former owner, not himself.
    const ben: Caller = { payload: { ...owner.payload, id: invitation.id }, role: 'owner' };
    await expect(actions.revoke(ben, invitation.id)).rejects.toMatchObject({ status: 409 });
    await actions.revoke(ben, owner.payload.id);
    expect(changes).toEqual([
      `role ${invitation.id}`,
      `role ${invitation.id}`,
      `role ${owner.payload.id}`,
      `revoked ${owner.payload.id}`,
    ]);
    await expect(actions.revoke(ben, owner.payload.id)).rejects.toMatchObject({ status: 404 });
    await expect(actions.revoke(ben, 'token-elsewhere')).rejects.toMatchObject({ status: 404 });
  });
});
