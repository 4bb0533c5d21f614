import { describe, expect, it } from 'vitest';
import { TokenBucket } from './tokenBucket.ts';
import { resolveRelayConfig } from './options.ts';

describe('TokenBucket', () => {
  it('allows a burst, then the rate', () => {
    let t = 0;
    const bucket = new TokenBucket(10, 3, () => t);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    t += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
  });
});

describe('relay options', () => {
  it('takes flags over environment over defaults', () => {
    const c = resolveRelayConfig(
      { port: '0' },
      { CONCORD_RELAY_PORT: '9', CONCORD_RELAY_MAX_FRAME: '1MiB', CONCORD_RELAY_TRUST_PROXY: 'yes' },
    );
    expect(c.port).toBe(0);
    expect(c.maxFrameBytes).toBe(1024 * 1024);
    expect(c.trustProxy).toBe(true);
    expect(c.host).toBe('127.0.0.1');
    expect(resolveRelayConfig({ 'max-frame': '512k' }, {}).maxFrameBytes).toBe(512 * 1024);
    expect(() => resolveRelayConfig({ port: '70000' }, {})).toThrow(/--port/);
    expect(() => resolveRelayConfig({}, { CONCORD_RELAY_MAX_RATE: 'lots' })).toThrow(/--max-rate/);
  });
});
