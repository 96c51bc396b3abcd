// After a save: every public page and open-data answer is rendered again on its next request.
// Saves are rare and one can touch many pages (an organization, its members' countries, the
// indexes, home, history, the feeds), so the whole reader cache goes at once: a reader never sees
// one page with the change beside another without it (docs/decisions/011).
import { revalidatePath } from 'next/cache';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { executeRevalidates } from 'next/dist/server/revalidation-utils';

/** Next's value for "this action revalidated nothing" (next/dist/shared/lib/action-revalidation-kind). */
const DID_NOT_REVALIDATE = 0;

/**
 * Expires the cache before the save is answered, so the next request anywhere sees the save.
 *
 * Left to itself, Next would expire it while rendering the page the form was posted from into the
 * action's reply (a revalidating action answers with a fresh copy of its page), and that render
 * waits behind every reader's request. Here the expiry is carried out at once and the action is
 * marked as having revalidated nothing: the reply holds the action's answer alone, and the form
 * goes to the next page itself (lib/forms/saved.ts).
 */
export async function expireAfterWrite(): Promise<void> {
  // Every page and route handler carries the root layout's tag: expired now, not stale.
  revalidatePath('/', 'layout');
  const store = workAsyncStorage.getStore();
  if (!store) return;
  const pending = executeRevalidates(store);
  store.pendingRevalidatedTags = [];
  store.pathWasRevalidated = DID_NOT_REVALIDATE;
  if (pending) await pending;
}
