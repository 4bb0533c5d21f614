import { describe, expect, it } from 'vitest';
import { openBackend } from './backend.ts';
import { resolveRelayConfig } from './options.ts';

describe('scale-out options', () => {
  it('stays on SQLite unless told otherwise, and ignores DATABASE_URL / REDIS_URL', () => {
    const config = resolveRelayConfig({}, { DATABASE_URL: 'postgres://elsewhere/db', REDIS_URL: 'redis://elsewhere' });
    expect(config).toMatchObject({
      database: '',
      redis: '',
      databaseSchema: 'concord',
      redisPrefix: 'concord',
      streamMaxLen: 1000,
      signingKey: '',
    });
  });

  it('reads flags and CONCORD_RELAY_* variables, and checks them', () => {
    const env = {
      CONCORD_RELAY_DATABASE: 'postgres://u:p@db/concord',
      CONCORD_RELAY_REDIS: 'redis://cache:6379',
      CONCORD_RELAY_SIGNING_KEY: 'ab'.repeat(32),
    };
    expect(resolveRelayConfig({ 'database-schema': 'relay_a' }, env)).toMatchObject({
      database: env.CONCORD_RELAY_DATABASE,
      redis: env.CONCORD_RELAY_REDIS,
      databaseSchema: 'relay_a',
      signingKey: 'ab'.repeat(32),
    });
    expect(() => resolveRelayConfig({ redis: 'redis://cache' }, {})).toThrow(/--redis: needs --database/);
    expect(() => resolveRelayConfig({ database: 'mysql://db' }, {})).toThrow(/--database/);
    expect(() => resolveRelayConfig({ database: 'postgres://db/x', 'database-schema': 'Bad-Name' }, {})).toThrow(
      /--database-schema/,
    );
  });

  it('refuses Postgres without a shared signing key (each instance would make its own)', async () => {
    const config = resolveRelayConfig({ database: 'postgres://127.0.0.1:1/none' }, {});
    await expect(openBackend(config, () => undefined)).rejects.toThrow(/shared by all instances/);
  });
});
