import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/request';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  const next = safeNextPath((await searchParams).next);
  const user = await getCurrentUser();
  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="text-2xl font-semibold">Sign in</h1>
      {user ? (
        <p className="mt-4">You are signed in as {user.name}. <Link className="underline" href={next}>Continue</Link></p>
      ) : (
        <>
          <p className="mt-2 max-w-prose text-slate-700">
            Editors sign in to record and correct facts. Reading needs no account. Accounts are made by an admin; there is no public sign-up.
          </p>
          {next !== '/' ? <p className="mt-2 text-sm text-slate-700">Sign in to continue to the page you asked for.</p> : null}
          <SignInForm next={next} />
        </>
      )}
    </section>
  );
}
