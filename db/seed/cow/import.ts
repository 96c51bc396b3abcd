// Correlates of War IGO v3 importer: filled in by the COW import work.
import type { Db } from '../../client';

export type CowSummary = { organizations: number; states: number; changes: number; disagreements: number; skipped: Record<string, number> };

export function importCow(_db: Db, _options: { onProgress?: (done: number, total: number) => void } = {}): CowSummary {
  return { organizations: 0, states: 0, changes: 0, disagreements: 0, skipped: {} };
}
