import { describe, expect, it } from 'vitest';
import { newEpochKey } from './epochKeys.ts';
import { formatBrowserLink, formatInviteLink, parseInvite } from '../protocol/invite.ts';
import { addSecretToLink, formatInviteSecret, parseInviteSecret, readSecretFromLink } from './inviteSecret.ts';

describe('invitation secrets', () => {
  it('round-trip the epoch and key as URL-safe text', () => {
    const key = newEpochKey(300);
    const text = formatInviteSecret(key);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseInviteSecret(text)).toEqual(key);
  });

  it('refuse malformed, truncated, padded-out and oversized text with a clear error', () => {
    const text = formatInviteSecret(newEpochKey(0));
    expect(() => parseInviteSecret(text.slice(0, 20))).toThrow(/invalid workspace secret/);
    expect(() => parseInviteSecret(text + 'AAAA')).toThrow(/trailing bytes/);
    expect(() => parseInviteSecret('a+b/')).toThrow(/not base64url/);
    expect(() => parseInviteSecret('A'.repeat(500))).toThrow(/invalid workspace secret/);
    expect(() => parseInviteSecret('')).toThrow(/invalid workspace secret/);
    expect(() => parseInviteSecret('CQ' + text.slice(2))).toThrow(/newer Concord/);
  });
});

describe('invitation links to a private workspace', () => {
  const token = `${'eyJ2IjoxfQ'}.c2ln`;
  it('carry the secret in the fragment of both link forms, beside what parseInvite reads', () => {
    const key = newEpochKey(2);
    const desktop = addSecretToLink(formatInviteLink('wss://relay.example.org', token), key);
    const browser = addSecretToLink(formatBrowserLink('wss://relay.example.org', token), key);
    for (const link of [desktop, browser]) {
      const fragment = link.slice(link.indexOf('#'));
      expect(fragment).toContain('key=');
      expect(link.slice(0, link.indexOf('#'))).not.toContain(formatInviteSecret(key));
      expect(readSecretFromLink(link)).toEqual(key);
      expect(parseInvite(link)?.token).toBe(token);
    }
  });

  it('a link without a secret is a bare token; a damaged secret is an error, not a silent bare token', () => {
    expect(readSecretFromLink(formatInviteLink('ws://relay', token))).toBeNull();
    expect(readSecretFromLink(formatBrowserLink('ws://relay', token))).toBeNull();
    expect(() => readSecretFromLink(`${formatBrowserLink('ws://relay', token)}&key=abc`)).toThrow(
      /invalid workspace secret/,
    );
  });
});
