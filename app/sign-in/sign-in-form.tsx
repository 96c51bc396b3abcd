'use client';
import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms/form-state';
import { signIn } from './actions';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, initialFormState);
  const emailError = state.errors.email?.[0];
  const passwordError = state.errors.password?.[0];
  return (
    <form action={action} className="mt-6 max-w-sm space-y-4" noValidate>
      <input type="hidden" name="next" value={state.values.next ?? next} />
      <div aria-live="polite">
        {state.message ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{state.message}</p> : null}
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values.email ?? ''}
          aria-invalid={emailError ? true : undefined} aria-describedby={emailError ? 'email-error' : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5" />
        {emailError ? <p id="email-error" className="mt-1 text-sm text-red-800">{emailError}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={passwordError ? true : undefined} aria-describedby={passwordError ? 'password-error' : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5" />
        {passwordError ? <p id="password-error" className="mt-1 text-sm text-red-800">{passwordError}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        Sign in
      </button>
    </form>
  );
}
