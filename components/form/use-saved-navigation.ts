'use client';
// After a successful save the action answers with an address, not the page: the form goes there.
import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';
import type { FormState } from '@/lib/forms/form-state';

/** True from the save's answer until the next page is shown, so the form stays busy meanwhile. */
export function useSavedNavigation(state: FormState): boolean {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  useEffect(() => {
    const to = state.redirectTo;
    if (to) startNavigation(() => router.push(to));
  }, [state, router]);
  return navigating || !!state.redirectTo;
}
