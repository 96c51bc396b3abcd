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
 * The freeFailures-th failure blocks for firstBlockMs, each further one twice as long up to
 * maxBlockMs: slow for guessing, never a permanent lock-out. Counters are forgotten after a quiet
 * forgetAfterMs, and an account's counters on a successful sign-in or an admin's unlock.
 * `pair` (one account from one address) is the tight limit: it stops a guesser without keeping the
 * owner out from elsewhere. `account` (from anywhere) is loose, against guessing from many addresses.
 */
export const THROTTLE_RULES = {
  pair: { freeFailures: 5, firstBlockMs: 30_000, maxBlockMs: 15 * MINUTE, forgetAfterMs: 24 * HOUR },
  ip: { freeFailures: 20, firstBlockMs: 30_000, maxBlockMs: 15 * MINUTE, forgetAfterMs: 24 * HOUR },
  account: { freeFailures: 50, firstBlockMs: 30_000, maxBlockMs: 15 * MINUTE, forgetAfterMs: 24 * HOUR },
} satisfies Record<string, ThrottleRule>;

/** No throttle key is stored longer than this, whatever a client sends. */
export const THROTTLE_KEY_MAX_LENGTH = 400;

/** Auth events are kept this long, and at most this many (the oldest go first). */
export const AUTH_EVENT_RETENTION_MS = 180 * 24 * HOUR;
export const AUTH_EVENT_MAX_ROWS = 200_000;

/** At most this many argon2 computations at once (one per core), and this many waiting. */
export const PASSWORD_HASH_CONCURRENCY = 2;
export const PASSWORD_HASH_QUEUE = 32;

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
