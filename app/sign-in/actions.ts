'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { systemClock } from '@/lib/auth/policy';
import { safeNextPath } from '@/lib/auth/request';
import { signInWithPassword } from '@/lib/auth/sign-in';
import type { FormState } from '@/lib/forms/form-state';

/** Public by nature: the one action a signed-out visitor may call. Throttled per IP and account. */
export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const password = String(formData.get('password') ?? '').slice(0, 1000);
  const next = safeNextPath(formData.get('next'));
  if (!email.trim() || !password) {
    const errors: FormState['errors'] = {};
    if (!email.trim()) errors.email = ['Enter your email.'];
    if (!password) errors.password = ['Enter your password.'];
    return { errors, message: null, values: { email, next } };
  }
  const result = await signInWithPassword(getDb(), { email, password }, await headers(), systemClock());
  if (!result.ok) return { errors: {}, message: result.message, values: { email, next } };
  redirect(next);
}
