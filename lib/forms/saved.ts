// How an action answers a successful save: with where to go next, never with the next page itself.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { FormState } from './form-state';

/**
 * A form posted by the page's script (Next sends it with a `Next-Action` header) gets the address
 * in its state and goes there itself: were the action to call redirect(), Next would render the
 * whole target page into the action's reply, behind every reader's request. A plain form post,
 * without JavaScript, is answered with a 303 to the same address.
 *
 * The save expires the cached reader pages first (lib/cache/expire.ts), so the next read of any
 * page shows it, and the reply holds the action's answer alone, no page at all:
 * e2e/forms-save-reply.spec.ts checks it, and `npm run bench:write` measures how long a save takes
 * under readers.
 */
export async function answerSaved(to: string, values: Record<string, string>): Promise<FormState> {
  if (!(await headers()).has('next-action')) redirect(to);
  return { errors: {}, message: null, values, redirectTo: to };
}
