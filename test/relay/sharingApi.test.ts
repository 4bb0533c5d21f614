import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { inviteViaCli } from './support/cli.ts';
import { connectClient, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { waitFor } from './support/wait.ts';
import { apiPath, CreatedInvitationSchema, MembersResponseSchema } from '../../shared/protocol/membersApi.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { newId } from '../../shared/ids.ts';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';

// The sharing API against a real relay process: owners invite, list, change roles and revoke; the
// relay signs and enforces it on open connections; everyone else is refused (docs/relay.md, Sharing).
let relay: RelayHandle;
const clients: SyncClient[] = [];
beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

async function call(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${relay.httpUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as unknown) : null };
}

function connect(ws: string, token: string, doc = new Y.Doc()): SyncClient {
  const client = connectClient(relay.url, `${ws}/doc-shared`, token, { ack: true, doc });
  clients.push(client);
  return client;
}

/** A workspace whose first editor connected it (and so owns it). */
async function ownedWorkspace(): Promise<{ ws: string; owner: string }> {
  const ws = `ws-${newId()}`;
  const owner = await inviteViaCli(relay.dataDir, ws, 'editor');
  const first = connect(ws, owner);
  await waitFor(() => first.role === 'owner', 'the first editor to connect becomes owner');
  return { ws, owner };
}

describe('invitations from the app', () => {
  it('the first editor of a new workspace owns it; a second editor does not', async () => {
    const { ws } = await ownedWorkspace();
    const second = connect(ws, await inviteViaCli(relay.dataDir, ws, 'editor'));
    await waitSynced(second);
    expect(second.role).toBe('editor');
    // A workspace the relay already held data for (from before owners existed) is not claimed by
    // the next editor: its owner comes from an owner invitation.
    const older = `ws-${newId()}`;
    const db = openDatabase(relay.dataDir);
    const index = new Y.Doc();
    index.getMap('documents').set('doc-old', { title: 'Written before owners' });
    db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)').run(older, Y.encodeStateAsUpdate(index));
    db.close();
    const next = connect(older, await inviteViaCli(relay.dataDir, older, 'editor'));
    await waitSynced(next);
    expect(next.role).toBe('editor');
    const owner = connect(older, await inviteViaCli(relay.dataDir, older, 'owner'));
    await waitFor(() => owner.role === 'owner', 'an owner invitation from the command line');
  });

  it('an owner invites an editor, a commenter and a viewer; each connects with that role', async () => {
    const { ws, owner } = await ownedWorkspace();
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      const made = await call('POST', apiPath(ws, 'invitations'), owner, {
        role,
        label: `for ${role}s`,
        expiresInDays: 7,
      });
      expect(made.status).toBe(201);
      const { invitation, token } = CreatedInvitationSchema.parse(made.json);
      expect(invitation).toMatchObject({ role, label: `for ${role}s` });
      const payload = decodeTokenPayload(token)!;
      expect(payload.exp - payload.iat).toBe(7 * 86400);
      const member = connect(ws, token);
      await waitFor(() => member.role === role, `the ${role} connects as ${role}`);
      expect((await call('PUT', apiPath(ws, 'me'), token, { name: `A ${role}`, organisation: 'FIDH' })).status).toBe(
        204,
      );
    }
    const listed = MembersResponseSchema.parse((await call('GET', apiPath(ws, 'members'), owner)).json);
    expect(listed.members.map((m) => [m.role, m.name]).sort()).toEqual([
      ['commenter', 'A commenter'],
      ['editor', 'A editor'],
      ['owner', ''],
      ['viewer', 'A viewer'],
    ]);
    expect(listed.invitations).toEqual([]);
  });

  it('refuses everyone but the owner, wrong ids, bad bodies and other workspaces', async () => {
    const { ws, owner } = await ownedWorkspace();
    const editor = await inviteViaCli(relay.dataDir, ws, 'editor');
    const body = { role: 'viewer', label: 'x', expiresInDays: 1 };
    expect((await call('POST', apiPath(ws, 'invitations'), editor, body)).status).toBe(403);
    expect((await call('GET', apiPath(ws, 'members'), editor)).status).toBe(403);
    expect((await call('GET', apiPath(ws, 'members'), null)).status).toBe(401);
    expect((await call('GET', apiPath(ws, 'members'), `${owner.slice(0, -3)}abc`)).status).toBe(401);
    const other = `ws-${newId()}`;
    expect((await call('GET', apiPath(other, 'members'), owner)).status).toBe(403);
    const badId = await call('GET', apiPath('ws!', 'members'), owner);
    expect(badId).toMatchObject({ status: 400, json: { error: expect.stringContaining('6-64 characters') } });
    expect((await call('POST', apiPath(ws, 'invitations'), owner, { ...body, role: 'owner' })).status).toBe(400);
    expect((await call('POST', apiPath(ws, 'invitations'), owner, { ...body, expiresInDays: 0 })).status).toBe(400);
    const big = { ...body, label: 'x'.repeat(4096) }; // --max-api-body, 4 KiB by default
    expect((await call('POST', apiPath(ws, 'invitations'), owner, big)).status).toBe(413);
    const text = await call('POST', apiPath(ws, 'invitations'), owner, undefined, { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect((await call('PUT', apiPath(ws, 'members'), owner, {})).status).toBe(405);
    expect((await call('GET', apiPath(ws, 'nothing'), owner)).status).toBe(404);
    // Pages elsewhere may not use it; the relay's own pages may (CORS answers them).
    expect(
      (await call('GET', apiPath(ws, 'members'), owner, undefined, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    const preflight = await call('OPTIONS', apiPath(ws, 'members'), null, undefined, { origin: relay.httpUrl });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(relay.httpUrl);
  });

  it('a role change reaches an open connection at once; a revocation closes it', async () => {
    const { ws, owner } = await ownedWorkspace();
    const { token, invitation } = CreatedInvitationSchema.parse(
      (await call('POST', apiPath(ws, 'invitations'), owner, { role: 'editor', label: 'Ben', expiresInDays: 3 })).json,
    );
    const ben = connect(ws, token, new Y.Doc({ gc: false }));
    await waitFor(() => ben.role === 'editor', 'Ben connects as editor');
    expect((await call('PATCH', apiPath(ws, 'members', invitation.id), owner, { role: 'commenter' })).status).toBe(200);
    await waitFor(() => ben.closeCodes.includes(4409) && ben.role === 'commenter', 'Ben reconnects as commenter');
    // The relay now judges his writes as a commenter's.
    ben.doc.getMap('meta').set('title', 'Changed by Ben');
    await waitFor(() => ben.closeCodes.includes(4406), 'his title change is refused');
    expect((await call('DELETE', apiPath(ws, 'members', invitation.id), owner)).status).toBe(204);
    const again = connect(ws, token);
    await waitFor(() => again.closeCodes.includes(4401), 'the revoked token is refused');
    const listed = MembersResponseSchema.parse((await call('GET', apiPath(ws, 'members'), owner)).json);
    expect(listed.members.map((m) => m.id)).not.toContain(invitation.id);
    expect((await call('DELETE', apiPath(ws, 'members', decodeTokenPayload(owner)!.id), owner)).status).toBe(409);
  });

  it('answers at most --max-api-rate requests a minute from one address, in bursts of --max-api-burst, bodies up to --max-api-body', async () => {
    // A relay of its own: the other tests spent this address's budget. Its limits set lower than the defaults.
    const burst = 8;
    const fresh = await spawnRelay({
      args: ['--max-api-rate', '6', '--max-api-burst', String(burst), '--max-api-body', '1KiB'],
    });
    const ws = `ws-${newId()}`;
    const owner = await inviteViaCli(fresh.dataDir, ws, 'owner');
    // A body of 1.5 KB (its label is also too long, which a bigger limit answers with 400).
    const big = await fetch(`${fresh.httpUrl}${apiPath(ws, 'invitations')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'editor', label: 'x'.repeat(1500), expiresInDays: 3 }),
    });
    expect(big.status).toBe(413);
    const statuses = await Promise.all(
      Array.from({ length: 3 * burst }, () =>
        fetch(`${fresh.httpUrl}${apiPath(ws, 'members')}`, { headers: { authorization: `Bearer ${owner}` } }).then(
          (r) => r.status,
        ),
      ),
    );
    // The 413 took one of the burst; at 6 a minute, at most one more comes back meanwhile.
    const answered = statuses.filter((s) => s === 200).length;
    expect(answered).toBeGreaterThanOrEqual(burst - 1);
    expect(answered).toBeLessThanOrEqual(burst + 1);
    expect(new Set(statuses)).toEqual(new Set([200, 429]));
    const refused = await fetch(`${fresh.httpUrl}${apiPath(ws, 'members')}`, {
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(await refused.json()).toEqual({ error: 'over 6 requests a minute from this address; wait a moment' });
  });
});
