import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { runCli, signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, rawClient, roomUrl, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { readStoredRoom } from './support/storage.ts';
import { waitFor } from './support/wait.ts';
import { syncUpdateFrame } from '../../server/relay/frames.ts';
import { signToken } from '../../server/auth/token.ts';
import { parseInvite } from '../../shared/protocol/invite.ts';

const WS = 'ws-auth-tests';
let relay: RelayHandle;
let editorToken: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay({ env: { CONCORD_RELAY_TOKEN_RECHECK_MS: '200' } });
  editorToken = signWithRelayKey(relay.dataDir, { ws: WS });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

/** A frame carrying a real Yjs update that writes `text` (what a patched client would send). */
function writeFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return syncUpdateFrame(Y.encodeStateAsUpdate(doc));
}

/** Connects with `token`, immediately tries to write, and returns how the relay closed the socket. */
async function attempt(
  room: string,
  token: string | null,
  workspacePath = room,
): Promise<{ code: number; reason: string }> {
  const client = rawClient(roomUrl(relay.url, workspacePath, token === null ? {} : { token }));
  await client.opened; // accepted first, so browsers can read the close code
  client.send(writeFrame('should never be stored'));
  return client.closed;
}

describe('tokens at the door', () => {
  it('refuses missing, forged, tampered, expired and wrong-workspace tokens, storing nothing', async () => {
    const room = `${WS}/doc-refused`;
    expect(await attempt(room, null)).toEqual({ code: 4401, reason: 'missing token' });
    const forged = signToken(crypto.randomBytes(32), {
      v: 1,
      id: 'forged-1234',
      ws: WS,
      role: 'editor',
      iat: 0,
      exp: 2 ** 31,
    });
    expect(await attempt(room, forged)).toEqual({ code: 4401, reason: 'invalid token' });
    const viewer = signWithRelayKey(relay.dataDir, { ws: WS, role: 'viewer' });
    const [, signature] = viewer.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(viewer.split('.')[0]!, 'base64url').toString()), role: 'editor' }),
    ).toString('base64url');
    expect(await attempt(room, `${promoted}.${signature}`)).toEqual({ code: 4401, reason: 'invalid token' });
    const expired = signWithRelayKey(relay.dataDir, { ws: WS, exp: Math.floor(Date.now() / 1000) - 5 });
    expect(await attempt(room, expired)).toEqual({ code: 4401, reason: 'token expired' });
    const otherWorkspace = signWithRelayKey(relay.dataDir, { ws: 'ws-someone-else' });
    expect(await attempt(room, otherWorkspace)).toEqual({ code: 4403, reason: 'token is for another workspace' });
    expect(await attempt('x', editorToken)).toMatchObject({ code: 4400 });
    expect(await attempt(`${WS}/doc/extra`, editorToken)).toMatchObject({ code: 4400 });
    expect((await readStoredRoom(relay.dataDir, room)).rows).toBe(0);
  });

  it('revocation refuses new connections and closes open ones, without a restart', async () => {
    const room = `${WS}/doc-revoke`;
    const invite = await runCli([
      'invite',
      '--data',
      relay.dataDir,
      '--workspace',
      WS,
      '--role',
      'editor',
      '--name',
      'Temp member',
    ]);
    const token = invite.stdout.trim().split('\n').at(-1)!;
    const id = parseInvite(token)!.payload!.id;
    const member = connectClient(relay.url, room, token);
    clients.push(member);
    await waitSynced(member);
    const revoked = await runCli(['revoke', '--data', relay.dataDir, id]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(id);
    await waitFor(() => member.closeCodes.includes(4401), 'open connection closed with 4401');
    await waitFor(async () => (await attempt(room, token)).code === 4401, 'new connection refused');
    expect(await attempt(room, token)).toEqual({ code: 4401, reason: 'token revoked' });
  });

  it('the relay logs token ids, never a token: accepted, expired, revoked and malformed ones, at the door and on the API', async () => {
    // A relay of its own, so that its output holds only what these tokens caused.
    const own = await spawnRelay({ env: { CONCORD_RELAY_TOKEN_RECHECK_MS: '200' } });
    const room = `${WS}/doc-logged`;
    const issued = await runCli(['invite', '--data', own.dataDir, '--workspace', WS, '--role', 'editor']);
    const accepted = issued.stdout.trim().split('\n').at(-1)!;
    const acceptedId = parseInvite(accepted)!.payload!.id;
    const expired = signWithRelayKey(own.dataDir, { ws: WS, exp: Math.floor(Date.now() / 1000) - 5 });
    const [payload, signature] = accepted.split('.') as [string, string];
    const malformed = [
      `${payload}.${signature.slice(0, -4)}AAAA`,
      `${payload}x.${signature}`,
      `${payload}.${signature}.${signature}`,
      `${payload}`,
      'not a token at all, with spaces and "quotes"',
    ];
    const tokens = [accepted, expired, ...malformed];
    const member = connectClient(own.url, room, accepted, { ack: true });
    clients.push(member);
    await waitSynced(member);
    member.doc.getText('t').insert(0, 'logged by id');
    await waitFor(() => member.acked.get(member.doc.clientID) === 12, 'the write stored');
    const knock = async (token: string) => {
      const client = rawClient(roomUrl(own.url, room, { token }));
      await client.opened;
      client.send(writeFrame('refused'));
      return (await client.closed).code;
    };
    expect(await knock(expired)).toBe(4401);
    for (const token of malformed) expect(await knock(token)).toBe(4401);
    for (const token of tokens)
      await fetch(`${own.httpUrl}/api/workspaces/${WS}/members`, { headers: { authorization: `Bearer ${token}` } });
    expect((await runCli(['revoke', '--data', own.dataDir, acceptedId])).code).toBe(0);
    await waitFor(() => member.closeCodes.includes(4401), 'the open connection closed on revocation');
    member.destroy();
    expect(await knock(accepted)).toBe(4401);
    await waitFor(() => own.output().includes(`(${acceptedId}): 4401 token revoked`), 'the close logged with its id');
    const logs = own.output();
    expect(logs).toContain('refused');
    for (const token of tokens) {
      expect(logs).not.toContain(token);
      for (const part of token.split('.')) if (part.length >= 16) expect(logs).not.toContain(part);
      expect(logs).not.toContain(encodeURIComponent(token));
    }
  });
});

describe('roles', () => {
  // Commenters write comments and suggestions; their refusals are covered in roles.test.ts.
  for (const role of ['viewer'] as const) {
    it(`a ${role} reads and shares presence, but its writes are never applied, stored or forwarded`, async () => {
      const room = `${WS}/doc-${role}`;
      const token = signWithRelayKey(relay.dataDir, { ws: WS, role });
      const editor = connectClient(relay.url, room, editorToken, { ack: true });
      // A stock provider that edits is exactly a patched app that ignores its read-only mode.
      const patched = connectClient(relay.url, room, token, { ack: true });
      clients.push(editor, patched);
      await Promise.all([waitSynced(editor), waitSynced(patched)]);
      patched.doc.getText('t').insert(0, `written by a ${role}`);
      const raw = rawClient(roomUrl(relay.url, room, { token }));
      await raw.opened;
      raw.send(writeFrame('raw write'));
      patched.provider.awareness.setLocalStateField('user', { name: role });
      await waitFor(() => editor.provider.awareness.getStates().has(patched.doc.clientID), 'editor sees the presence');

      editor.doc.getText('t').insert(0, 'editor text. ');
      await waitFor(() => patched.doc.getText('t').toString().includes('editor text. '), `${role} receives edits`);
      // The editor's later edit arrived after the refused writes, yet the editor never got them.
      expect(editor.doc.getText('t').toString()).toBe('editor text. ');
      expect(patched.acked.has(patched.doc.clientID)).toBe(false);
      const mine = editor.doc.clientID;
      await waitFor(() => editor.acked.get(mine) === Y.getState(editor.doc.store, mine), 'editor text stored');
      const stored = await readStoredRoom(relay.dataDir, room);
      expect(stored.doc.getText('t').toString()).toBe('editor text. ');
      expect(Y.getState(stored.doc.store, patched.doc.clientID)).toBe(0);

      const late = connectClient(relay.url, room, editorToken);
      clients.push(late);
      await waitSynced(late);
      await waitFor(() => converged([late.doc, editor.doc]), 'late reader matches the editor');
      raw.ws.close();
    });
  }
});
