import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { inviteViaCli } from './support/cli.ts';
import { connectClient } from './support/clients.ts';
import { waitFor } from './support/wait.ts';
import { SharingApi } from '../../renderer/src/sharing/sharingApi.ts';
import { newId } from '../../shared/ids.ts';

// The app's sharing client (renderer/src/sharing/sharingApi.ts) against a real relay process, and
// against a real web server standing where a misconfigured reverse proxy would answer instead.
let relay: RelayHandle;
const closers: (() => void)[] = [];
beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const close of closers) close();
  await cleanupRelays();
});

/** A workspace whose first editor connected it, so owns it; returns the owner's token. */
async function ownedWorkspace(): Promise<{ ws: string; owner: string }> {
  const ws = `ws-${newId()}`;
  const owner = await inviteViaCli(relay.dataDir, ws, 'editor');
  const first = connectClient(relay.url, `${ws}/doc-client`, owner, { ack: true });
  closers.push(() => first.destroy());
  await waitFor(() => first.role === 'owner', 'the first editor to connect becomes owner');
  return { ws, owner };
}

/** A web server on this machine that answers every request with `status` and `body`. */
async function answering(status: number, body: string, type: string): Promise<string> {
  const server = http.createServer((_req, res) => res.writeHead(status, { 'content-type': type }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the sharing client as the app uses it', () => {
  it('an owner invites and lists members; a commenter is refused with the relay’s own reason', async () => {
    const { ws, owner } = await ownedWorkspace();
    const api = new SharingApi({ url: relay.url, token: owner }, ws);
    const { invitation } = await api.invite({ role: 'commenter', label: 'for Caritas Lebanon', expiresInDays: 7 });
    expect(invitation).toMatchObject({ role: 'commenter', label: 'for Caritas Lebanon' });
    const listed = await api.members();
    expect(listed.invitations.map((i) => i.label)).toEqual(['for Caritas Lebanon']);

    const commenter = await inviteViaCli(relay.dataDir, ws, 'commenter');
    const refused = new SharingApi({ url: relay.url, token: commenter }, ws).members();
    await expect(refused).rejects.toThrow(/owner/i);
    await expect(refused).rejects.not.toThrow(/^HTTP/);
  });

  it('says which HTTP status came back when something other than the relay answers (a proxy’s error page)', async () => {
    const url = await answering(502, '<html><body>Bad gateway</body></html>', 'text/html');
    await expect(new SharingApi({ url, token: 't' }, 'ws-abcdef').revoke('members', 'm1')).rejects.toThrow('HTTP 502');
  });

  it('refuses a member list that is not what a relay sends, instead of showing a wrong one', async () => {
    const url = await answering(
      200,
      JSON.stringify({ members: [{ id: 'm1', role: 'admin' }], invitations: [] }),
      'application/json',
    );
    await expect(new SharingApi({ url, token: 't' }, 'ws-abcdef').members()).rejects.toThrow('HTTP 200');
  });
});
