// Sign-in throttling per IP address and per account, counted in the database so that a restart
// does not reset it. Every block ends: the longest is THROTTLE_RULES.*.maxBlockMs.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInThrottles } from '@/db/schema-auth';
import { THROTTLE_RULES, type ThrottleRule } from './policy';

export type ThrottleKey = { kind: keyof typeof THROTTLE_RULES; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.kind === 'account' ? k.value.trim().toLowerCase() : k.value}`;

export function accountKey(email: string): ThrottleKey {
  return { kind: 'account', value: email };
}
export function ipKey(ip: string): ThrottleKey {
  return { kind: 'ip', value: ip };
}

/** Seconds until every given key may try again; 0 when none is blocked. */
export function secondsUntilAllowed(db: Db, keys: ThrottleKey[], now: number): number {
  const rows = db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys.map(keyOf))).all();
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil ?? 0));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

function blockFor(rule: ThrottleRule, failures: number): number {
  const over = failures - rule.freeFailures;
  if (over <= 0) return 0;
  return Math.min(rule.maxBlockMs, rule.firstBlockMs * 2 ** Math.min(over - 1, 30));
}

/** Counts one failed sign-in against each key; returns the seconds until the next try is allowed. */
export function recordFailure(db: Db, keys: ThrottleKey[], now: number): number {
  db.transaction(
    (tx) => {
      for (const k of keys) {
        const rule = THROTTLE_RULES[k.kind];
        const key = keyOf(k);
        const row = tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
        const fresh = !row || now - row.lastFailureAt > rule.forgetAfterMs;
        const failures = fresh ? 1 : row.failures + 1;
        const block = blockFor(rule, failures);
        const values = {
          key,
          failures,
          firstFailureAt: fresh ? now : row.firstFailureAt,
          lastFailureAt: now,
          blockedUntil: block > 0 ? now + block : null,
        };
        tx.insert(signInThrottles).values(values).onConflictDoUpdate({ target: signInThrottles.key, set: values }).run();
      }
    },
    { behavior: 'immediate' },
  );
  return secondsUntilAllowed(db, keys, now);
}

/** Forgets an account's failures after it signs in. */
export function clearFailures(db: Db, key: ThrottleKey): void {
  db.delete(signInThrottles).where(eq(signInThrottles.key, keyOf(key))).run();
}
