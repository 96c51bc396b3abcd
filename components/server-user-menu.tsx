// The account corner of a page rendered per request: the session is read on the server, so an
// editor sees who is signed in, and can sign out, without JavaScript.
import { getCurrentUser } from '@/lib/auth/session';
import { AccountCorner } from './account-corner';

export async function ServerUserMenu() {
  const user = await getCurrentUser();
  return <AccountCorner viewer={user ? { name: user.name, role: user.role } : null} />;
}
