'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { systemClock } from '@/lib/auth/policy';
import { signOutWithHeaders } from '@/lib/auth/sign-in';

/** Ends the caller's own session (if any): harmless without one, so no role check. */
export async function signOut(): Promise<void> {
  await signOutWithHeaders(getDb(), await headers(), systemClock());
  redirect('/');
}
