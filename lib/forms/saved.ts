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
 * Every page is rendered on request, so there is no cached render to drop here. A call that marks
 * the path revalidated (revalidatePath, updateTag, revalidateTag expiring at once) would make Next
 * render the form's own page into the reply (145 KB for the status change form): measure the
 * reply (e2e/forms-save-reply.spec.ts) with any such call added.
 */
export async function answerSaved(to: string, values: Record<string, string>): Promise<FormState> {
  if (!(await headers()).has('next-action')) redirect(to);
  return { errors: {}, message: null, values, redirectTo: to };
}
