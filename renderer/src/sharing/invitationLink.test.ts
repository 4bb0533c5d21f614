import { describe, expect, it } from 'vitest';
import * as buffer from 'lib0/buffer';
import * as string from 'lib0/string';
import { KeyRing, newEpochKey } from '../../../shared/sealed/epochKeys.ts';
import { readInvite } from '../sync/joinRelay.ts';
import { invitationLink } from './invitationLink.ts';

/** A token as the relay signs it (the signature only the relay checks). */
const token = `${buffer.toBase64UrlEncoded(
  string.encodeUtf8(JSON.stringify({ v: 1, id: 'tok1234', ws: 'ws-share', role: 'commenter', iat: 0, exp: 2 ** 31 })),
)}.c2ln`;

describe('an invitation link', () => {
  it('is a browser link to the relay that the invited person’s app reads back, with no key for an ordinary workspace', () => {
    const link = invitationLink('wss://relay.example.org', token, null);
    expect(link.startsWith('https://relay.example.org/#join=')).toBe(true);
    const invite = readInvite(link, '');
    expect(invite.relay).toBe('wss://relay.example.org');
    expect(invite.token).toBe(token);
    expect(invite.payload.role).toBe('commenter');
    expect(invite.secret).toBeNull();
  });

  it('carries a private workspace’s current key in its fragment, never in the part sent to a server', () => {
    const ring = new KeyRing('ws-share', [newEpochKey(0), newEpochKey(1)]);
    const link = invitationLink('wss://relay.example.org', token, ring);
    expect(new URL(link).search).toBe('');
    const invite = readInvite(link, '');
    expect(invite.secret?.epoch).toBe(1);
    expect([...invite.secret!.key]).toEqual([...ring.current().key]);
  });

  it('is refused with the private-key message when its secret is damaged (cut short in an email)', () => {
    const ring = new KeyRing('ws-share', [newEpochKey(0)]);
    const link = invitationLink('wss://relay.example.org', token, ring);
    const cut = link.slice(0, link.length - 20);
    expect(() => readInvite(cut, '')).toThrow(expect.objectContaining({ messageId: 'private.badKey' }));
    const altered = `${link.slice(0, -1)}!`;
    expect(() => readInvite(altered, '')).toThrow(expect.objectContaining({ messageId: 'private.badKey' }));
  });
});
