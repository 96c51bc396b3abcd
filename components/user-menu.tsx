'use client';
// The header's account corner: who is signed in, admin link, sign-out; or a sign-in link. Drawn in
// the browser, so the cached public pages are the same for everyone (components/viewer.ts).
import Link from 'next/link';
import { signOut } from '@/app/sign-out/actions';
import { forgetViewer, useViewer } from './viewer';

export function UserMenu() {
  const user = useViewer();
  if (!user) {
    return <Link href="/sign-in" className="ml-auto text-slate-700 hover:underline">Sign in</Link>;
  }
  return (
    <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-slate-800">
        <span className="font-medium">{user.name}</span> <span className="text-slate-600">({user.role})</span>
      </span>
      {user.role === 'admin' ? <Link href="/admin" className="text-slate-700 hover:underline">Accounts</Link> : null}
      <form action={async () => {
        forgetViewer();
        await signOut();
      }}>
        <button type="submit" className="text-slate-700 underline-offset-2 hover:underline">Sign out</button>
      </form>
    </div>
  );
}
