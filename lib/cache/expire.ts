// After a save: every public page and open-data answer is rendered again on its next request.
// Saves are rare and one can touch many pages (an organization, its members' countries, the
// indexes, home, history, the feeds), so the whole reader cache goes at once: a reader never sees
// one page with the change beside another without it (docs/decisions/011).
import { revalidatePath } from 'next/cache';

export function expireAfterWrite(): void {
  // Every page and route handler carries the root layout's tag: expired now, not stale.
  revalidatePath('/', 'layout');
}
