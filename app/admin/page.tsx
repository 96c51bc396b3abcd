import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { systemClock } from '@/lib/auth/policy';
import { accountBlockedUntil } from '@/lib/auth/throttle';
import { requireEditorPage } from '@/lib/auth/session';
import { changeRoleAction, disableAccountAction, enableAccountAction, unlockSignInAction } from './actions';
import { CreateAccountForm } from './create-account-form';

export const metadata: Metadata = { title: 'Accounts' };

const NOTICES: Record<string, string> = {
  'last-admin': 'Not changed: there must always be at least one enabled admin.',
  self: 'Not changed: you cannot disable your own account.',
  'not-found': 'Not changed: that account does not exist.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  await connection();
  const user = await requireEditorPage();
  if (user.role !== 'admin') {
    return (
      <section>
        <h1 className="text-2xl font-semibold">Accounts</h1>
        <p className="mt-2">Only admins manage accounts. Ask an admin if you need a change to yours.</p>
      </section>
    );
  }
  const notice = NOTICES[String((await searchParams).notice ?? '')];
  const db = getDb();
  const now = systemClock();
  const accounts = listAccounts(db).map((a) => ({ ...a, blockedUntil: accountBlockedUntil(db, a.email, now) }));
  return (
    <div className="space-y-8">
      <section aria-labelledby="accounts-title">
        <h1 id="accounts-title" className="text-2xl font-semibold">Accounts</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-700">Editors record and correct facts; admins also manage accounts. Disabling an account signs it out everywhere at once.</p>
        {notice ? <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">{notice}</p> : null}
        <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          {accounts.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3" aria-label={a.email}>
              <div className="min-w-48 flex-1">
                <p className="font-medium">{a.name}</p>
                <p className="text-sm text-slate-700">{a.email}</p>
                <p className="text-sm text-slate-700">
                  {a.disabled ? 'Disabled' : 'Active'} · {a.role === 'admin' ? 'Admin' : 'Editor'} · {a.sessions} open session{a.sessions === 1 ? '' : 's'}
                </p>
                {a.blockedUntil ? (
                  <p className="text-sm text-amber-900">
                    Failed sign-ins hold this account back (from one address or more) until {new Date(a.blockedUntil).toISOString().slice(11, 19)} UTC.
                  </p>
                ) : null}
              </div>
              {a.blockedUntil ? (
                <form action={unlockSignInAction.bind(null, a.id)}>
                  <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-sm">Unlock sign-in for {a.email}</button>
                </form>
              ) : null}
              <form action={changeRoleAction.bind(null, a.id)} className="flex items-center gap-2">
                <label htmlFor={`role-${a.id}`} className="text-sm">Role of {a.email}</label>
                <select id={`role-${a.id}`} name="role" defaultValue={a.role} className="rounded border border-slate-400 px-1 py-1 text-sm">
                  <option value="editor">Editor</option>
                  <option value="admin">Admin</option>
                </select>
                <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-sm">Change role</button>
              </form>
              {a.disabled ? (
                <form action={enableAccountAction.bind(null, a.id)}>
                  <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-sm">Enable {a.email}</button>
                </form>
              ) : a.id === user.id ? null : (
                <form action={disableAccountAction.bind(null, a.id)}>
                  <button type="submit" className="rounded border border-red-400 px-2 py-1 text-sm text-red-900">Disable {a.email}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-account-title">
        <h2 id="new-account-title" className="text-xl font-semibold">New account</h2>
        <p className="mt-1 mb-3 max-w-prose text-sm text-slate-700">There is no public sign-up: accounts are made here or with <code>npm run user:create</code>. Give the first password to the person directly.</p>
        <CreateAccountForm />
      </section>
    </div>
  );
}
