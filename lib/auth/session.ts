// The one place that says who is signed in. Every Server Action and writing route calls
// requireEditor() (or requireAdmin()) itself: a direct POST reaches an action without any page.
import type { Role } from '@/lib/domain/statuses';

export type CurrentUser = { id: string; name: string; email: string; role: Role };

export class AuthError extends Error {
  constructor(readonly reason: 'signed-out' | 'forbidden') {
    super(reason === 'signed-out' ? 'Sign in as an editor to make changes.' : 'Your account may not make this change.');
    this.name = 'AuthError';
  }
}

/** The signed-in user, or null. (Accounts are not wired in yet: nobody is signed in.) */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return null;
}

export async function requireEditor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError('signed-out');
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireEditor();
  if (user.role !== 'admin') throw new AuthError('forbidden');
  return user;
}
