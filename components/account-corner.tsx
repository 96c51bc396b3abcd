// The header's account corner, drawn the same wherever the viewer is known: on pages rendered per
// request from the session (app/@account), in the browser on cached pages (components/user-menu.tsx).
import Link from 'next/link';
import { signOut } from '@/app/sign-out/actions';
import { SignOutButton } from './sign-out-button';
import type { Viewer } from './viewer';

export function AccountCorner({ viewer }: { viewer: Viewer | undefined }) {
  if (!viewer) {
    return <Link href="/sign-in" className="ml-auto text-slate-700 hover:underline">Sign in</Link>;
  }
  return (
    <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-slate-800">
        <span className="font-medium">{viewer.name}</span> <span className="text-slate-600">({viewer.role})</span>
      </span>
      {viewer.role === 'admin' ? <Link href="/admin" className="text-slate-700 hover:underline">Accounts</Link> : null}
      {/* A plain form post: signing out works without JavaScript too. */}
      <form action={signOut}>
        <SignOutButton />
      </form>
    </div>
  );
}
