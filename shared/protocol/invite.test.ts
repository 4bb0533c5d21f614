import { describe, expect, it } from 'vitest';
import * as buffer from 'lib0/buffer';
import * as string from 'lib0/string';
import { formatBrowserLink, formatInviteLink, normalizeRelayUrl, parseInvite } from './invite.ts';
import { decodeTokenPayload } from './tokenPayload.ts';

const payload = {
  v: 1,
  id: 'tok123abc',
  ws: 'coalition-1',
  role: 'editor',
  exp: 2_000_000_000,
  iat: 1_700_000_000,
  name: 'Ana (FIDH)',
};
/** A token-shaped string; the signature is not checked by anything in shared/. */
const token = `${buffer.toBase64UrlEncoded(string.encodeUtf8(JSON.stringify(payload)))}.c2lnbmF0dXJl`;

describe('token payload', () => {
  it('decodes without verifying', () => {
    expect(decodeTokenPayload(token)).toEqual(payload);
  });
  it('rejects malformed tokens', () => {
    expect(decodeTokenPayload('')).toBeNull();
    expect(decodeTokenPayload('abc')).toBeNull();
    expect(decodeTokenPayload('a.b.c')).toBeNull();
    expect(decodeTokenPayload('%%%.abc')).toBeNull();
    const bad = buffer.toBase64UrlEncoded(string.encodeUtf8(JSON.stringify({ ...payload, role: 'admin' })));
    expect(decodeTokenPayload(`${bad}.x`)).toBeNull();
  });
});

describe('invite links', () => {
  it('formats and parses the desktop link', () => {
    const link = formatInviteLink('wss://relay.example.org/', token);
    expect(link).toBe(`concord://join?relay=${encodeURIComponent('wss://relay.example.org')}&token=${token}`);
    expect(parseInvite(link)).toEqual({ relay: 'wss://relay.example.org', token, payload });
  });
  it('formats and parses the browser link, keeping a path prefix', () => {
    const link = formatBrowserLink('wss://example.org/concord', token);
    expect(link).toBe(`https://example.org/concord/#join=${token}`);
    expect(parseInvite(link)?.relay).toBe('wss://example.org/concord');
    expect(parseInvite(formatBrowserLink('ws://127.0.0.1:4455', token))?.relay).toBe('ws://127.0.0.1:4455');
  });
  it('accepts a bare token', () => {
    expect(parseInvite(`  ${token}\n`)).toEqual({ relay: null, token, payload });
  });
  it('refuses other input', () => {
    expect(parseInvite('concord://join?token=' + token)).toBeNull();
    expect(parseInvite('https://example.org/')).toBeNull();
    expect(parseInvite('hello world')).toBeNull();
    expect(normalizeRelayUrl('ftp://x')).toBeNull();
    expect(normalizeRelayUrl('http://x:1/a/')).toBe('ws://x:1/a');
  });
});
