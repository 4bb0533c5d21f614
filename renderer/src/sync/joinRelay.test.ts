import { describe, expect, it } from 'vitest';
import type { HostApi, SettingKey, Settings } from '../../../shared/host/HostApi.ts';
import * as buffer from 'lib0/buffer';
import * as string from 'lib0/string';
import { acceptInvite, CLOCK_TOLERANCE_MS, readInvite, relayBeingReplaced } from './joinRelay.ts';
import { loadWorkspaceKeys } from '../sealed/workspaceKeys.ts';
import { addSecretToLink, formatInviteSecret } from '../../../shared/sealed/inviteSecret.ts';
import { newEpochKey } from '../../../shared/sealed/epochKeys.ts';
import { formatBrowserLink } from '../../../shared/protocol/invite.ts';
import type { PendingInvite } from './joinRelay.ts';

/** The settings half of a host, kept in memory. */
function settingsHost(initial: Partial<Settings>): HostApi {
  const values: Partial<Settings> = { ...initial };
  const host: Pick<HostApi, 'getSetting' | 'setSetting'> = {
    getSetting: async <K extends SettingKey>(key: K) => values[key],
    setSetting: async <K extends SettingKey>(key: K, value: Settings[K]) => void (values[key] = value),
  };
  return host as HostApi;
}

const invite = (relay: string, replaces?: string): PendingInvite => ({
  relay,
  token: 'token-b',
  payload: { v: 1, id: 'tok1234', ws: 'ws-moved', role: 'editor', iat: 0, exp: 2 ** 31 },
  secret: null,
  ...(replaces ? { replaces } : {}),
});

/** A token-shaped invitation expiring at `exp` (seconds); the signature only the relay checks. */
const tokenExpiring = (exp: number) =>
  `${buffer.toBase64UrlEncoded(string.encodeUtf8(JSON.stringify({ v: 1, id: 'tok1234', ws: 'ws-clock', role: 'editor', iat: exp - 86400, exp })))}.c2ln`;

describe('reading an invitation', () => {
  it('leaves expiry to the relay when this computer’s clock runs a few hours ahead', () => {
    const exp = 1_900_000_000;
    const hoursAhead = exp * 1000 + 5 * 3600_000;
    expect(readInvite(tokenExpiring(exp), 'wss://relay.example.org', hoursAhead).payload.exp).toBe(exp);
  });

  it('calls an invitation expired itself when it is out of date by more than any plausible clock error', () => {
    const exp = 1_900_000_000;
    expect(() =>
      readInvite(tokenExpiring(exp), 'wss://relay.example.org', exp * 1000 + CLOCK_TOLERANCE_MS + 1000),
    ).toThrow(expect.objectContaining({ messageId: 'join.expired' }));
  });
});

describe('joining a relay', () => {
  it('never moves a workspace to another relay without a confirmation for that relay', async () => {
    const host = settingsHost({ relays: { 'ws-moved': { url: 'wss://home.example.org', token: 'token-a' } } });
    expect(await relayBeingReplaced(host, invite('wss://elsewhere.example'))).toBe('wss://home.example.org');
    await expect(acceptInvite(host, invite('wss://elsewhere.example'), 'Amina')).rejects.toThrow(
      /connected to the relay at wss:\/\/home\.example\.org/,
    );
    await expect(
      acceptInvite(host, invite('wss://elsewhere.example', 'wss://other.example'), 'Amina'),
    ).rejects.toThrow();
    expect((await host.getSetting('relays'))?.['ws-moved']?.url).toBe('wss://home.example.org');
    await acceptInvite(host, invite('wss://elsewhere.example', 'wss://home.example.org'), 'Amina');
    expect((await host.getSetting('relays'))?.['ws-moved']).toEqual({
      url: 'wss://elsewhere.example',
      token: 'token-b',
    });
  });

  it('needs no confirmation for a new workspace or the same relay', async () => {
    const host = settingsHost({ relays: { 'ws-moved': { url: 'wss://home.example.org/', token: 'token-a' } } });
    expect(await relayBeingReplaced(host, invite('wss://home.example.org'))).toBeNull();
    await acceptInvite(host, invite('wss://home.example.org'), 'Amina');
    expect(await relayBeingReplaced(settingsHost({}), invite('wss://elsewhere.example'))).toBeNull();
  });

  it('keeps a private workspace’s key from the link’s fragment in the key store, never in the settings', async () => {
    const host = settingsHost({});
    const key = newEpochKey(0);
    const token =
      'eyJ2IjoxLCJpZCI6InRvazEyMzQiLCJ3cyI6IndzLXByaXZhdGUta2V5Iiwicm9sZSI6ImVkaXRvciIsImlhdCI6MCwiZXhwIjoyMTQ3NDgzNjQ3fQ.c2ln';
    const pending = readInvite(addSecretToLink(formatBrowserLink('wss://relay.example.org', token), key), '');
    expect(pending.secret).toEqual(key);
    await acceptInvite(host, pending, 'Amina');
    const entry = (await host.getSetting('relays'))?.['ws-private-key'];
    expect(entry).toEqual({ url: 'wss://relay.example.org', token, private: true });
    expect(JSON.stringify(entry)).not.toContain(formatInviteSecret(key));
    expect((await loadWorkspaceKeys('ws-private-key'))?.current()).toEqual(key);
    // The same link without its key (a bare token) carries no secret; a damaged key is refused.
    expect(readInvite(formatBrowserLink('wss://relay.example.org', token), '').secret).toBeNull();
    expect(() => readInvite(`${formatBrowserLink('wss://relay.example.org', token)}&key=AAAA`, '')).toThrow(/damaged/);
  });
});
