// The one place that says who is signed in. Every Server Action and writing route calls
// requireEditor() (or requireAdmin()) itself: a direct POST reaches an action without any page.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb, type Db } from '@/db/client';
import { deleteSession, touchSession } from '@/db/mutations/sessions';
import { findAccountById, findSessionById } from '@/db/queries/accounts';
import type { Role } from '@/lib/domain/statuses';
import { getAuth } from './auth';
import { logAuthEvent } from './events';
import { SESSION_TOUCH_MS, systemClock } from './policy';
import { requestFacts } from './request';
import { judgeSession } from './session-state';

export type CurrentUser = { id: string; name: string; email: string; role: Role };

export class AuthError extends Error {
  constructor(readonly reason: 'signed-out' | 'forbidden') {
    super(reason === 'signed-out' ? 'Sign in as an editor to make changes.' : 'Your account may not make this change.');
    this.name = 'AuthError';
  }
}

/** The user of the session cookie in these headers, or null; ends sessions past their limits. */
export async function userFromHeaders(db: Db, h: Headers, now: number): Promise<CurrentUser | null> {
  const facts = requestFacts(h);
  let found;
  try {
    found = await getAuth(db, facts.secure).api.getSession({ headers: h });
  } catch {
    return null;
  }
  if (!found) return null;
  const session = findSessionById(db, found.session.id);
  const user = findAccountById(db, found.user.id);
  if (!session) return null;
  const verdict = judgeSession(session, user, now);
  if (verdict !== 'valid') {
    deleteSession(db, session.id);
    logAuthEvent(db, { kind: 'session-ended', userId: session.userId, ip: facts.ip, detail: verdict }, now);
    return null;
  }
  if (now - session.updatedAt.getTime() >= SESSION_TOUCH_MS) {
    touchSession(db, session.id, new Date(now));
  }
  return { id: user!.id, name: user!.name, email: user!.email, role: user!.role };
}

/** The signed-in user, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  return userFromHeaders(getDb(), await headers(), systemClock());
});

async function refuse(reason: AuthError['reason'], user: CurrentUser | null): Promise<never> {
  const facts = requestFacts(await headers());
  logAuthEvent(getDb(), {
    kind: 'refused',
    userId: user?.id ?? null,
    ip: facts.ip,
    detail: `${reason}: ${facts.actionId ? `action ${facts.actionId}` : 'request'} at ${facts.path}`,
  });
  throw new AuthError(reason);
}

export async function requireEditor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return refuse('signed-out', null);
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return refuse('signed-out', null);
  if (user.role !== 'admin') return refuse('forbidden', user);
  return user;
}

/** For editor-only pages: a reader is sent to sign in, and back here afterwards. */
export async function requireEditorPage(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const { path } = requestFacts(await headers());
  redirect(`/sign-in?next=${encodeURIComponent(path)}`);
}
