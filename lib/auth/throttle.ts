// Sign-in throttling, counted in the database so that a restart does not reset it. Each attempt
// is reserved (counted as a failure) in the same IMMEDIATE transaction that checks the limits, so
// concurrent attempts cannot all pass the check before any is counted. A success gives the
// reservation back. Every block ends: the longest is THROTTLE_RULES.*.maxBlockMs.
import { and, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInThrottles } from '@/db/schema-auth';
import { THROTTLE_KEY_MAX_LENGTH, THROTTLE_RULES, type ThrottleRule } from './policy';

export type ThrottleKind = keyof typeof THROTTLE_RULES;
export type ThrottleKey = { kind: ThrottleKind; value: string };

const email = (value: string) => value.trim().toLowerCase().slice(0, 254);

/** The stored key, never longer than THROTTLE_KEY_MAX_LENGTH whatever a client sends. */
export function keyOf(k: ThrottleKey): string {
  const value = k.kind === 'ip' ? k.value.slice(0, 64) : k.kind === 'account' ? email(k.value) : k.value;
  return `${k.kind}:${value}`.slice(0, THROTTLE_KEY_MAX_LENGTH);
}

/** One account, from anywhere: a high limit, so that guessing from many addresses is slowed too. */
export function accountKey(address: string): ThrottleKey {
  return { kind: 'account', value: address };
}
/** One address, whatever accounts it tries. */
export function ipKey(ip: string): ThrottleKey {
  return { kind: 'ip', value: ip };
}
/** One account from one address: the tight limit, which never keeps the owner out from elsewhere. */
export function pairKey(address: string, ip: string): ThrottleKey {
  return { kind: 'pair', value: `${email(address)}|${ip.slice(0, 64)}` };
}

/** The keys one sign-in attempt counts against. */
export function signInKeys(address: string, ip: string): ThrottleKey[] {
  return [pairKey(address, ip), ipKey(ip), accountKey(address)];
}

/** How long the block after `failures` failures lasts: 0 while they are free, then doubling. */
export function blockFor(rule: ThrottleRule, failures: number): number {
  const over = failures - rule.freeFailures;
  if (over < 0) return 0;
  return Math.min(rule.maxBlockMs, rule.firstBlockMs * 2 ** Math.min(over, 30));
}

type Row = typeof signInThrottles.$inferSelect;

function waitOf(rows: Row[], now: number): number {
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil ?? 0));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** Seconds until every given key may try again; 0 when none is blocked. */
export function secondsUntilAllowed(db: Db, keys: ThrottleKey[], now: number): number {
  return waitOf(db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys.map(keyOf))).all(), now);
}

export type Reservation = { ok: true; keys: ThrottleKey[]; at: number; waitAfterFailure: number } | { ok: false; retryAfterSeconds: number };

/**
 * Checks every key and, when none is blocked, counts this attempt against each of them, in one
 * IMMEDIATE transaction. `waitAfterFailure` is the block the attempt starts if it fails.
 */
export function reserveAttempt(db: Db, keys: ThrottleKey[], now: number): Reservation {
  return db.transaction(
    (tx) => {
      const rows = tx.select().from(signInThrottles).where(inArray(signInThrottles.key, keys.map(keyOf))).all();
      const wait = waitOf(rows, now);
      if (wait > 0) return { ok: false as const, retryAfterSeconds: wait };
      const byKey = new Map(rows.map((r) => [r.key, r]));
      let blockedUntil = 0;
      for (const k of keys) {
        const rule = THROTTLE_RULES[k.kind];
        const key = keyOf(k);
        const row = byKey.get(key);
        const fresh = !row || now - row.lastFailureAt > rule.forgetAfterMs;
        const failures = fresh ? 1 : row.failures + 1;
        const block = blockFor(rule, failures);
        if (block > 0) blockedUntil = Math.max(blockedUntil, now + block);
        const values = { key, failures, firstFailureAt: fresh ? now : row.firstFailureAt, lastFailureAt: now, blockedUntil: block > 0 ? now + block : null };
        tx.insert(signInThrottles).values(values).onConflictDoUpdate({ target: signInThrottles.key, set: values }).run();
      }
      return { ok: true as const, keys, at: now, waitAfterFailure: blockedUntil > now ? Math.ceil((blockedUntil - now) / 1000) : 0 };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Gives a reservation back: after a right password (the account and pair counters are forgotten,
 * the address's is lowered by one) or when the attempt never reached a password check.
 */
export function releaseAttempt(db: Db, keys: ThrottleKey[], now: number, { forgetAccount }: { forgetAccount: boolean }): void {
  db.transaction(
    (tx) => {
      for (const k of keys) {
        const key = keyOf(k);
        if (forgetAccount && k.kind !== 'ip') {
          tx.delete(signInThrottles).where(eq(signInThrottles.key, key)).run();
          continue;
        }
        const row = tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
        if (!row) continue;
        const failures = row.failures - 1;
        if (failures <= 0) {
          tx.delete(signInThrottles).where(eq(signInThrottles.key, key)).run();
          continue;
        }
        const block = blockFor(THROTTLE_RULES[k.kind], failures);
        const blockedUntil = block > 0 ? row.blockedUntil : null;
        tx.update(signInThrottles).set({ failures, blockedUntil: blockedUntil && blockedUntil > now ? blockedUntil : null }).where(eq(signInThrottles.key, key)).run();
      }
    },
    { behavior: 'immediate' },
  );
}

/** The pair keys of one account, found by key range (the primary key's index), not by a scan. */
function pairKeysOf(tx: Pick<Db, 'select'>, account: string): string[] {
  const prefix = keyOf({ kind: 'pair', value: `${account}|` });
  return tx.select({ key: signInThrottles.key }).from(signInThrottles).where(and(gte(signInThrottles.key, prefix), lt(signInThrottles.key, `${prefix}\uffff`))).all().map((r) => r.key);
}

/** An admin's unlock: forgets every counter of an account (from any address). Returns how many. */
export function unlockAccount(db: Db, address: string): number {
  const account = email(address);
  return db.transaction(
    (tx) => {
      const keys = [keyOf(accountKey(account)), ...pairKeysOf(tx, account)];
      return tx.delete(signInThrottles).where(inArray(signInThrottles.key, keys)).run().changes;
    },
    { behavior: 'immediate' },
  );
}

/** Whether an account is held back right now from anywhere or from some address, for the admin page. */
export function accountBlockedUntil(db: Db, address: string, now: number): number | null {
  const account = email(address);
  const rows = db.select().from(signInThrottles).where(inArray(signInThrottles.key, [keyOf(accountKey(account)), ...pairKeysOf(db, account)])).all();
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil ?? 0));
  return until > now ? until : null;
}

/** Forgets counters that no longer block and have been quiet longer than any rule remembers. */
export function pruneThrottles(db: Db, now: number): number {
  const longest = Math.max(...Object.values(THROTTLE_RULES).map((r) => r.forgetAfterMs));
  return db
    .delete(signInThrottles)
    .where(and(lt(signInThrottles.lastFailureAt, now - longest), or(isNull(signInThrottles.blockedUntil), lt(signInThrottles.blockedUntil, now))))
    .run().changes;
}
