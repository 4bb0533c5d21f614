import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { Authenticator } from './authenticator.ts';
import { loadOrCreateSigningKey, SIGNING_KEY_FILE } from './signingKey.ts';
import { SqliteTokenStore } from './sqliteTokenStore.ts';
import { signToken, verifyToken } from './token.ts';
import { parseDuration } from './duration.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-auth-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const now = Math.floor(Date.now() / 1000);
const base: TokenPayload = { v: 1, id: 'token-aaaaaa', ws: 'ws-coalition', role: 'editor', iat: now, exp: now + 3600 };

describe('signing key', () => {
  it('is created once with mode 0600 and then reused', () => {
    const keyDir = path.join(dir, 'fresh');
    const first = loadOrCreateSigningKey(keyDir);
    const second = loadOrCreateSigningKey(keyDir);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
    expect(fs.statSync(path.join(keyDir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});

describe('tokens', () => {
  const { key } = loadOrCreateSigningKey(dir);
  const store = new SqliteTokenStore(openDatabase(dir));
  const auth = new Authenticator(key, store, 0);

  it('verifies its own signature only', () => {
    const token = signToken(key, base);
    expect(verifyToken(key, token)).toEqual(base);
    expect(verifyToken(crypto.randomBytes(32), token)).toBeNull();
    const [, sig] = token.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...base, role: 'viewer' })).toString('base64url');
    expect(verifyToken(key, `${tampered}.${sig}`)).toBeNull();
  });

  it('checks presence, expiry, revocation and workspace', async () => {
    const token = signToken(key, base);
    expect(await auth.check(token, 'ws-coalition')).toEqual({ ok: true, payload: base, role: 'owner' });
    expect(await auth.check(null, 'ws-coalition')).toMatchObject({ ok: false, code: 4401, reason: 'missing token' });
    expect(await auth.check('garbage', 'ws-coalition')).toMatchObject({
      ok: false,
      code: 4401,
      reason: 'invalid token',
    });
    expect(await auth.check(token, 'ws-other-one')).toMatchObject({ ok: false, code: 4403 });
    const expired = signToken(key, { ...base, id: 'token-expired', exp: now - 1 });
    expect(await auth.check(expired, 'ws-coalition')).toMatchObject({ ok: false, code: 4401, reason: 'token expired' });
    await store.record(base);
    expect(await store.revoke(base.id, now)).toBe(true);
    expect(await store.revoke('token-unknown', now)).toBe(false);
    expect(await auth.check(token, 'ws-coalition')).toMatchObject({ ok: false, code: 4401, reason: 'token revoked' });
    expect((await store.list()).map((r) => [r.id, r.role, r.revokedAt])).toEqual([[base.id, 'owner', now]]);
  });
});

describe('clocks that disagree', () => {
  const { key } = loadOrCreateSigningKey(dir);
  const store = new SqliteTokenStore(openDatabase(dir));
  const day = 86_400;

  it("judges expiry by the relay's own clock, whatever the issuer's or the member's clock said", async () => {
    // Issued by `concord invite` on a machine whose clock ran two days ahead: valid from the relay's view.
    const ahead = signToken(key, { ...base, id: 'token-ahead1', iat: now + 2 * day, exp: now + 3 * day });
    const relayNow = new Authenticator(key, store, 0, () => now * 1000);
    expect(await relayNow.check(ahead, base.ws)).toMatchObject({ ok: true });
    // A member whose clock is a week behind thinks this token is valid; the relay knows it expired.
    const stale = signToken(key, { ...base, id: 'token-stale1', iat: now - 8 * day, exp: now - 60 });
    expect(await relayNow.check(stale, base.ws)).toEqual({ ok: false, code: 4401, reason: 'token expired' });
    // The same token, checked by a relay whose clock is still before its expiry, is accepted; once its
    // clock passes it, the open connection's re-check refuses it.
    let clock = (now - 120) * 1000;
    const relayBehind = new Authenticator(key, store, 0, () => clock);
    const accepted = await relayBehind.check(stale, base.ws);
    expect(accepted).toMatchObject({ ok: true });
    clock = now * 1000;
    expect(await relayBehind.stillValid(accepted.ok ? accepted.payload : base)).toMatchObject({
      ok: false,
      code: 4401,
    });
  });
});

describe('parseDuration', () => {
  it('reads the usual units', () => {
    expect(parseDuration('14d')).toBe(14 * 86400);
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('2w')).toBe(14 * 86400);
    expect(() => parseDuration('soon')).toThrow();
    expect(() => parseDuration('0d')).toThrow();
  });
});
