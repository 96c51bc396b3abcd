import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/session';

/** Forms are for editors: a reader is sent to sign in and brought back here. */
export async function editorOrSignIn(here: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  return user;
}

export function FormPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {intro ? <div className="text-sm text-slate-700">{intro}</div> : null}
      {children}
    </article>
  );
}
