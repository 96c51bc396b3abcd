'use client';
import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms/form-state';
import { createAccountAction } from './actions';

const FIELDS = [
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'off' },
  { name: 'name', label: 'Name shown on revisions', type: 'text', autoComplete: 'off' },
  { name: 'password', label: 'First password (at least 12 characters)', type: 'password', autoComplete: 'new-password' },
] as const;

export function CreateAccountForm() {
  const [state, action, pending] = useActionState(createAccountAction, initialFormState);
  return (
    <form action={action} className="max-w-md space-y-3" noValidate>
      <div aria-live="polite">{state.message ? <p role="status" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm">{state.message}</p> : null}</div>
      {FIELDS.map((f) => {
        const error = state.errors[f.name]?.[0];
        return (
          <div key={f.name}>
            <label htmlFor={`new-${f.name}`} className="block text-sm font-medium">{f.label}</label>
            <input id={`new-${f.name}`} name={f.name} type={f.type} autoComplete={f.autoComplete} required
              defaultValue={f.type === 'password' ? undefined : (state.values[f.name] ?? '')}
              aria-invalid={error ? true : undefined} aria-describedby={error ? `new-${f.name}-error` : undefined}
              className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5" />
            {error ? <p id={`new-${f.name}-error`} className="mt-1 text-sm text-red-800">{error}</p> : null}
          </div>
        );
      })}
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">Role</label>
        <select id="new-role" name="role" defaultValue={state.values.role ?? 'editor'} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
          <option value="editor">Editor: records and corrects facts</option>
          <option value="admin">Admin: also manages accounts</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60">Create account</button>
    </form>
  );
}
