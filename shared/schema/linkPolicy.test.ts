import { describe, expect, it } from 'vitest';
import { isAllowedLink, normaliseLinkInput } from './linkPolicy.ts';

describe('link policy', () => {
  it('allows only http, https and mailto', () => {
    expect(isAllowedLink('https://migrationnetwork.un.org/')).toBe(true);
    expect(isAllowedLink('mailto:secretariat@example.org')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'vbscript:x',
      '/relative',
      '',
    ]) {
      expect(isAllowedLink(bad)).toBe(false);
    }
  });

  it('turns what people type into links, or refuses', () => {
    expect(normaliseLinkInput('un.org/en/migration')).toBe('https://un.org/en/migration');
    expect(normaliseLinkInput('ngo@example.org')).toBe('mailto:ngo@example.org');
    expect(normaliseLinkInput(' javascript:alert(1) ')).toBeNull();
    expect(normaliseLinkInput('localhost:4455')).toBe('https://localhost:4455');
  });
});
