import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharingApi } from './sharingApi.ts';

// The relay's own answers are tested against a real relay (server/relay, test/e2e/sharing.spec.ts);
// here the relay's HTTP answers are given, to see what the app makes of each kind.
afterEach(() => vi.restoreAllMocks());

const api = () => new SharingApi({ url: 'wss://relay.example.org', token: 'owner-token' }, 'ws-1');
const answer = (status: number, body: string, type = 'application/json') =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status, headers: { 'content-type': type } }));

describe('the sharing API as the app calls it', () => {
  it('asks the relay’s HTTP address with the owner’s token', async () => {
    const fetched = answer(200, JSON.stringify({ members: [], invitations: [] }));
    expect(await api().members()).toEqual({ members: [], invitations: [] });
    const [url, init] = fetched.mock.calls[0]!;
    expect(url).toBe('https://relay.example.org/api/workspaces/ws-1/members');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer owner-token');
  });

  it('passes on the relay’s own reason for a refusal, for the dialog to show', async () => {
    answer(403, JSON.stringify({ error: 'Only owners can invite people.' }));
    await expect(api().invite({ role: 'editor', label: 'x', expiresInDays: 7 })).rejects.toThrow(
      'Only owners can invite people.',
    );
  });

  it('reports the HTTP status when something else answers (a proxy’s error page)', async () => {
    answer(502, '<html><body>Bad gateway</body></html>', 'text/html');
    await expect(api().revoke('members', 'm1')).rejects.toThrow('HTTP 502');
  });

  it('refuses an answer that is not what the relay sends, instead of showing a wrong member list', async () => {
    answer(200, JSON.stringify({ members: [{ id: 'm1', role: 'admin' }], invitations: [] }));
    await expect(api().members()).rejects.toThrow('HTTP 200');
  });
});
