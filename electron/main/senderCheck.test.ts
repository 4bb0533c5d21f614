import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './senderCheck.ts';

describe('isTrustedSender', () => {
  it('accepts frames showing the app', () => {
    expect(isTrustedSender({ url: 'app://concord/index.html' })).toBe(true);
    expect(isTrustedSender({ url: 'app://concord/' })).toBe(true);
    expect(isTrustedSender({ url: 'app://concord/index.html#/doc/abc' })).toBe(true);
  });

  it('refuses missing or destroyed frames', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses other origins and look-alikes', () => {
    for (const url of [
      'https://concord/index.html',
      'file:///index.html',
      'app://evil/index.html',
      'app://concord.evil.org/',
      'app://user:pw@concord/',
      'http://app://concord/',
      'about:blank',
      'devtools://devtools/bundled/index.html',
      'data:text/html,<script>1</script>',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender({ url }), url).toBe(false);
    }
  });
});
