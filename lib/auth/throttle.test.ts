import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '@/db/test-utils';
import { authEvents, signInThrottles } from '@/db/schema-auth';
import { createAccount, unlockSignIn } from './accounts';
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER } from './client-address';
import * as passwords from './passwords';
import { PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE, THROTTLE_KEY_MAX_LENGTH } from './policy';
import { pruneAuthRecords } from './retention';
import { BUSY, signInWithPassword, WRONG_CREDENTIALS } from './sign-in';
import { accountBlockedUntil, keyOf, pairKey, reserveAttempt, signInKeys } from './throttle';

const PASSWORD = 'correct horse battery';
const from = (ip: string, extra: Record<string, string> = {}) => new Headers({ [CLIENT_ADDRESS_HEADER]: ip, ...extra });
const T0 = Date.parse('2026-01-01T00:00:00Z');

beforeAll(() => {
  process.env[CLIENT_ADDRESS_FLAG] = '1';
});

async function setup() {
  const db = createTestDb();
  const user = await createAccount(db, { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD }, { id: null });
  return { db, user };
}

const argon2Runs = () => {
  const hash = vi.spyOn(passwords, 'hashPassword');
  const verify = vi.spyOn(passwords, 'verifyPassword');
  return {
    count: () => hash.mock.calls.length + verify.mock.calls.length,
    restore: () => (hash.mockRestore(), verify.mockRestore()),
  };
};

describe('sign-in throttle', () => {
  it('30 concurrent wrong passwords for one account run at most 5 password checks', async () => {
    const { db } = await setup();
    const runs = argon2Runs();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInWithPassword(db, { email: 'ed@example.org', password: `wrong password ${i}` }, from('10.1.0.1'), T0)),
    );
    expect(runs.count()).toBe(5);
    runs.restore();
    expect(results.filter((r) => !r.ok && r.message.startsWith(WRONG_CREDENTIALS))).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.message.startsWith('Too many failed sign-ins.'))).toHaveLength(25);
  });

  it('an attacker at one address does not keep the owner out from another', async () => {
    const { db } = await setup();
    for (let i = 0; i < 12; i++) await signInWithPassword(db, { email: 'ed@example.org', password: `guess ${i}` }, from('203.0.113.9'), T0 + i);
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, from('203.0.113.9'), T0 + 20)).toMatchObject({ ok: false });
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, from('198.51.100.7'), T0 + 20)).toMatchObject({ ok: true });
  });

  it('a forged X-Forwarded-For changes nothing: the address is the one the server took from the socket', async () => {
    const { db } = await setup();
    const results = [];
    for (let i = 0; i < 7; i++) {
      const h = from('10.2.0.1', { 'x-forwarded-for': `192.0.2.${i + 1}`, 'x-real-ip': `192.0.2.${i + 100}` });
      results.push(await signInWithPassword(db, { email: 'ed@example.org', password: `guess ${i}` }, h, T0));
    }
    expect(results.at(-1)).toMatchObject({ ok: false, retryAfterSeconds: 30 });
    const ips = new Set(db.select().from(authEvents).all().filter((e) => e.kind.startsWith('sign-in')).map((e) => e.ip));
    expect([...ips]).toEqual(['10.2.0.1']);
  });

  it('an admin unlock lets the owner in at once, from the address that was held back', async () => {
    const { db, user } = await setup();
    for (let i = 0; i < 5; i++) await signInWithPassword(db, { email: 'ed@example.org', password: `typo ${i}` }, from('10.3.0.1'), T0);
    expect(accountBlockedUntil(db, 'ed@example.org', T0)).toBe(T0 + 30_000);
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, from('10.3.0.1'), T0 + 1)).toMatchObject({ ok: false });
    expect(unlockSignIn(db, user.id, { id: 'admin-id', ip: '10.9.9.9' }, T0 + 2)).toBe(2);
    expect(accountBlockedUntil(db, 'ed@example.org', T0 + 2)).toBeNull();
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, from('10.3.0.1'), T0 + 3)).toMatchObject({ ok: true });
    expect(db.select().from(authEvents).all().some((e) => e.kind === 'sign-in-unlocked' && e.email === 'ed@example.org')).toBe(true);
  });

  it('many addresses guessing one account are slowed down too, after a looser limit', async () => {
    const { db } = await setup();
    const results = [];
    for (let i = 0; i < 51; i++) results.push(await signInWithPassword(db, { email: 'ed@example.org', password: `guess ${i}` }, from(`10.4.${i}.1`), T0));
    expect(results.slice(0, 49).every((r) => !r.ok && r.message === WRONG_CREDENTIALS)).toBe(true);
    expect(results[49]).toMatchObject({ ok: false, retryAfterSeconds: 30 });
    expect(results[50]).toMatchObject({ ok: false, message: 'Too many failed sign-ins. Try again in 30 seconds.' });
  }, 60_000);

  it('stores keys of bounded length whatever the client sends', () => {
    const db = createTestDb();
    const huge = `${'a'.repeat(16_000)}@example.org`;
    reserveAttempt(db, signInKeys(huge, 'f'.repeat(16_000)), T0);
    const keys = db.select().from(signInThrottles).all().map((r) => r.key);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(THROTTLE_KEY_MAX_LENGTH);
    expect(keyOf(pairKey(huge, '10.0.0.1')).length).toBeLessThanOrEqual(THROTTLE_KEY_MAX_LENGTH);
  });
});

describe('a bound on password hashing', () => {
  it('when every slot and queue place is taken, a sign-in is answered "busy" at once and counts against nothing', async () => {
    const { db } = await setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const hold = Array.from({ length: PASSWORD_HASH_CONCURRENCY + PASSWORD_HASH_QUEUE }, () => passwords.hashingSlots.run(() => gate));
    const result = await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, from('10.6.0.1'), T0);
    expect(result).toEqual({ ok: false, message: BUSY, retryAfterSeconds: 5 });
    expect(db.select().from(signInThrottles).all()).toEqual([]);
    release();
    await Promise.all(hold);
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, from('10.6.0.1'), T0)).toMatchObject({ ok: true });
  });
});

describe('retention', () => {
  it('forgets quiet throttle counters and old auth events, and caps the event rows', () => {
    const db = createTestDb();
    const day = 24 * 60 * 60 * 1000;
    reserveAttempt(db, signInKeys('old@example.org', '10.5.0.1'), T0 - 2 * day);
    reserveAttempt(db, signInKeys('new@example.org', '10.5.0.2'), T0 - 1000);
    db.insert(authEvents).values([
      { at: T0 - 400 * day, kind: 'sign-in-failed', email: 'old@example.org' },
      ...Array.from({ length: 5 }, (_, i) => ({ at: T0 - i, kind: 'sign-in-failed' as const, email: `e${i}@example.org` })),
    ]).run();
    const pruned = pruneAuthRecords(db, T0, { retentionMs: 180 * day, maxRows: 3 });
    expect(pruned).toEqual({ throttles: 3, events: 3 });
    expect(db.select().from(signInThrottles).all().map((r) => r.key).sort()).toEqual(['account:new@example.org', 'ip:10.5.0.2', 'pair:new@example.org|10.5.0.2']);
    expect(db.select().from(authEvents).all().map((e) => e.email)).toEqual(['e2@example.org', 'e3@example.org', 'e4@example.org']);
  });
});
