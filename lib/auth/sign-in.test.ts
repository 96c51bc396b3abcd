import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '@/db/test-utils';
import { authEvents, sessions, signInThrottles } from '@/db/schema-auth';
import { createAccount } from './accounts';
import * as passwords from './passwords';
import { DISABLED_ACCOUNT, signInWithPassword, WRONG_CREDENTIALS } from './sign-in';
import { disableAccount } from './accounts';
import { openDatabase } from '@/db/connection';
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER } from './client-address';

const PASSWORD = 'correct horse battery';
// The address as the server writes it from the socket (scripts/serve.ts).
const headersFrom = (ip: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: ip });
beforeAll(() => {
  process.env[CLIENT_ADDRESS_FLAG] = '1';
});

async function setup() {
  const file = (await import('@/db/test-utils')).tempDatabasePath();
  const db = createTestDb(file);
  const user = await createAccount(db, { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD }, { id: null });
  return { db, file, user };
}

describe('sign-in', () => {
  it('signs in with the right password and stores a session', async () => {
    const { db } = await setup();
    const result = await signInWithPassword(db, { email: 'ED@example.org ', password: PASSWORD }, headersFrom('10.0.0.1'), Date.now());
    expect(result.ok).toBe(true);
    expect(db.select().from(sessions).all()).toHaveLength(1);
  });

  it('gives the same message for a wrong password and an unknown account, each after one argon2 run', async () => {
    const { db } = await setup();
    const hash = vi.spyOn(passwords, 'hashPassword');
    const verify = vi.spyOn(passwords, 'verifyPassword');
    const wrong = await signInWithPassword(db, { email: 'ed@example.org', password: 'not the password' }, headersFrom('10.0.0.2'), Date.now());
    const unknown = await signInWithPassword(db, { email: 'nobody@example.org', password: 'not the password' }, headersFrom('10.0.0.3'), Date.now());
    expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(unknown).toEqual(wrong);
    // One argon2id computation each: a verify for the account, a hash of the same cost for nobody.
    expect(hash.mock.calls.length + verify.mock.calls.length).toBe(2);
    hash.mockRestore();
    verify.mockRestore();
  });

  it('throttles repeated failures from one address, says when to try again, and releases on the clock', async () => {
    const { db, file } = await setup();
    const h = headersFrom('10.0.0.4');
    let now = Date.parse('2026-01-01T00:00:00Z');
    const attempts = [];
    for (let i = 0; i < 5; i++) attempts.push(await signInWithPassword(db, { email: 'ed@example.org', password: `wrong password ${i}` }, h, now));
    expect(attempts.slice(0, 4).every((a) => !a.ok && a.message === WRONG_CREDENTIALS)).toBe(true);
    expect(attempts[4]).toMatchObject({ ok: false, message: 'Wrong email or password. Too many failed sign-ins. Try again in 30 seconds.', retryAfterSeconds: 30 });

    // Even the right password is held back from this address while the block lasts, and the wait counts down.
    now += 10_000;
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, h, now)).toEqual({
      ok: false, message: 'Too many failed sign-ins. Try again in 20 seconds.', retryAfterSeconds: 20,
    });

    // The counters live in the database: a new connection (a restart) sees the same block.
    const reopened = openDatabase(file);
    expect(await signInWithPassword(reopened, { email: 'ed@example.org', password: PASSWORD }, h, now)).toMatchObject({ ok: false, retryAfterSeconds: 20 });

    // Another failure after the block doubles it; a block always ends.
    now += 20_000;
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: 'wrong again!' }, h, now)).toMatchObject({ retryAfterSeconds: 60 });
    now += 60_000;
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, h, now)).toMatchObject({ ok: true });
    // The success forgets the account's counters; the address keeps its own (lowered by the success).
    expect(db.select().from(signInThrottles).all().map((r) => [r.key, r.failures])).toEqual([['ip:10.0.0.4', 6]]);
    const kinds = db.select().from(authEvents).all().map((e) => e.kind);
    expect(kinds.filter((k) => k === 'sign-in-failed')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'sign-in-throttled')).toHaveLength(2);
    expect(kinds.at(-1)).toBe('sign-in');
  });

  it('throttles one IP address trying many accounts', async () => {
    const { db } = await setup();
    const h = headersFrom('10.0.0.5');
    const now = Date.parse('2026-01-01T00:00:00Z');
    let last;
    for (let i = 0; i < 21; i++) last = await signInWithPassword(db, { email: `guess${i}@example.org`, password: 'some password' }, h, now);
    expect(last).toMatchObject({ ok: false, retryAfterSeconds: 30 });
    // A different address is not blocked.
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, headersFrom('10.0.0.6'), now)).toMatchObject({ ok: true });
  });

  it('refuses a disabled account, and disabling ends its sessions', async () => {
    const { db, user } = await setup();
    await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, headersFrom('10.0.0.7'), Date.now());
    expect(db.select().from(sessions).all()).toHaveLength(1);
    disableAccount(db, user.id, { id: 'admin' });
    expect(db.select().from(sessions).all()).toHaveLength(0);
    expect(await signInWithPassword(db, { email: 'ed@example.org', password: PASSWORD }, headersFrom('10.0.0.7'), Date.now())).toEqual({ ok: false, message: DISABLED_ACCOUNT });
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });
});
