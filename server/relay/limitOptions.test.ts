import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMIT_OPTIONS } from './limitOptions.ts';
import { resolveRelayConfig } from './options.ts';

const RELAY_DOC = fs.readFileSync(new URL('../../docs/relay.md', import.meta.url), 'utf8');

describe('relay limits', () => {
  it('are all listed in docs/relay.md with their default', () => {
    const limits = RELAY_DOC.slice(RELAY_DOC.indexOf('## Limits'), RELAY_DOC.indexOf('## Behind a TLS'));
    for (const spec of LIMIT_OPTIONS)
      expect(limits, spec.flag).toMatch(new RegExp(`\\| \`--${spec.flag}\` +\\| \`${spec.default}\` +\\|`));
  });

  it('each have a flag and an environment variable, and refuse nonsense', () => {
    for (const spec of LIMIT_OPTIONS) {
      expect(spec.env).toBe(`CONCORD_RELAY_${spec.flag.toUpperCase().replace(/-/g, '_')}`);
      const value = spec.kind === 'bytes' ? '3KiB' : '7';
      const expected = spec.kind === 'bytes' ? 3072 : 7;
      expect(resolveRelayConfig({ [spec.flag]: value }, {})[spec.key]).toBe(expected);
      expect(resolveRelayConfig({}, { [spec.env]: value })[spec.key]).toBe(expected);
      expect(() => resolveRelayConfig({ [spec.flag]: 'lots' }, {}), spec.flag).toThrow(`--${spec.flag}`);
    }
  });
});
