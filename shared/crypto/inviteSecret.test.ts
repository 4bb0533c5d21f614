import { describe, expect, it } from 'vitest';
import { newEpochKey } from './epochKeys.ts';
import { formatInviteSecret, parseInviteSecret } from './inviteSecret.ts';

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
