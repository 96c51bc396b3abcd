// Sign-in with email and password: the attempt is reserved against the throttle first, then
// better-auth checks the password (argon2id; for an unknown account it spends the same argon2
// work) and sets the session cookie. A right password gives the reservation back.
import 'server-only';
import { APIError } from 'better-auth/api';
import type { Db } from '@/db/client';
import { startSessionClock } from '@/db/mutations/sessions';
import { findAccountByEmail } from '@/db/queries/accounts';
import { getAuth } from './auth';
import { logAuthEvent } from './events';
import { BusyError } from './limiter';
import { requestFacts } from './request';
import { releaseAttempt, reserveAttempt, signInKeys } from './throttle';

export const WRONG_CREDENTIALS = 'Wrong email or password.';
export const DISABLED_ACCOUNT = 'This account is disabled. Ask an admin to enable it again.';
export const BUSY = 'Too many sign-ins at once. Try again in a few seconds.';

export function tryAgainMessage(seconds: number): string {
  return `Too many failed sign-ins. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

export type SignInResult = { ok: true; userId: string } | { ok: false; message: string; retryAfterSeconds?: number };

function isBusy(error: unknown): boolean {
  return error instanceof BusyError || (error instanceof Error && error.cause instanceof BusyError);
}

export async function signInWithPassword(db: Db, input: { email: string; password: string }, h: Headers, now: number): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const facts = requestFacts(h);
  const keys = signInKeys(email, facts.ip);
  const reservation = reserveAttempt(db, keys, now);
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    logAuthEvent(db, { kind: 'sign-in-throttled', email, ip: facts.ip, detail: `${wait} s` }, now);
    return { ok: false, message: tryAgainMessage(wait), retryAfterSeconds: wait };
  }
  try {
    const { user, token } = await getAuth(db, facts.secure).api.signInEmail({ body: { email, password: input.password, rememberMe: true }, headers: h });
    // Sessions start on our clock so that the idle and absolute limits are measured on it.
    startSessionClock(db, token, new Date(now));
    releaseAttempt(db, keys, now, { forgetAccount: true });
    logAuthEvent(db, { kind: 'sign-in', userId: user.id, email, ip: facts.ip }, now);
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isBusy(error)) {
      releaseAttempt(db, keys, now, { forgetAccount: false });
      return { ok: false, message: BUSY, retryAfterSeconds: 5 };
    }
    if (!(error instanceof APIError)) {
      releaseAttempt(db, keys, now, { forgetAccount: false });
      throw error;
    }
    const account = findAccountByEmail(db, email);
    if (account?.disabled && error.body?.code === 'FAILED_TO_CREATE_SESSION') {
      releaseAttempt(db, keys, now, { forgetAccount: false });
      logAuthEvent(db, { kind: 'sign-in-failed', userId: account.id, email, ip: facts.ip, detail: 'disabled' }, now);
      return { ok: false, message: DISABLED_ACCOUNT };
    }
    logAuthEvent(db, { kind: 'sign-in-failed', email, ip: facts.ip, detail: account ? 'wrong password' : 'unknown account' }, now);
    const blocked = reservation.waitAfterFailure;
    return blocked > 0
      ? { ok: false, message: `${WRONG_CREDENTIALS} ${tryAgainMessage(blocked)}`, retryAfterSeconds: blocked }
      : { ok: false, message: WRONG_CREDENTIALS };
  }
}

/** Ends the session of these headers, on the server and in the browser. */
export async function signOutWithHeaders(db: Db, h: Headers, now: number): Promise<void> {
  const facts = requestFacts(h);
  const auth = getAuth(db, facts.secure);
  const found = await auth.api.getSession({ headers: h }).catch(() => null);
  await auth.api.signOut({ headers: h }).catch(() => undefined);
  if (found) logAuthEvent(db, { kind: 'sign-out', userId: found.user.id, ip: facts.ip }, now);
}
