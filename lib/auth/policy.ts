// The rules of accounts and sign-in in one place: lengths, lifetimes, throttling.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** argon2id cost: OWASP's minimum is m = 19 MiB, t = 2, p = 1. */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A session ends after this long without use … */
export const SESSION_IDLE_MS = 8 * HOUR;
/** … and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * HOUR;
/** How often the last-used time of a session is written (not on every request). */
export const SESSION_TOUCH_MS = MINUTE;

export type ThrottleRule = { freeFailures: number; firstBlockMs: number; maxBlockMs: number; forgetAfterMs: number };

/**
 * After the free failures, each further failure blocks for firstBlockMs, doubling each time up to
 * maxBlockMs: slow for guessing, never a permanent lock-out. Counters are forgotten after a quiet
 * forgetAfterMs, and an account's counter on a successful sign-in.
 */
export const THROTTLE_RULES = {
  account: { freeFailures: 5, firstBlockMs: 30_000, maxBlockMs: 15 * MINUTE, forgetAfterMs: 24 * HOUR },
  ip: { freeFailures: 20, firstBlockMs: 30_000, maxBlockMs: 15 * MINUTE, forgetAfterMs: 24 * HOUR },
} satisfies Record<string, ThrottleRule>;

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
