// Everything Memberline ships with: ISO states, curated facts files, the organizations' own member
// lists, then the COW IGO dataset (whose years become citations on the curated and official changes).
import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { importCow, type CowSummary } from './cow/import';
import { factsFileSchema } from './facts-file';
import { listIsoStates } from './iso-states';
import { loadFacts, type LoadSummary } from './load-facts';
import { loadOfficialFiles, OFFICIAL_FOLDER, type OfficialSummary } from './official/load';
import { reconcileWithCow } from './official/reconcile';

export const SEED_AUTHOR = 'Memberline seed';
export const FACTS_FOLDER = path.join(process.cwd(), 'db', 'seed', 'data');

/** Files load in name order, except that this one comes first: others may build on it. */
const FIRST_FILE = 'icesco-oic.json';

export function listFactsFiles(folder = FACTS_FOLDER): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a === FIRST_FILE ? -1 : b === FIRST_FILE ? 1 : a.localeCompare(b)));
}

export function isDatabaseEmpty(db: Db): boolean {
  return db.select({ n: count() }).from(t.organizations).get()!.n === 0;
}

export function seedIsoStates(db: Db): number {
  let added = 0;
  db.transaction(
    (tx) => {
      for (const s of listIsoStates()) {
        const existing = tx.select({ id: t.states.id }).from(t.states).where(eq(t.states.code, s.code)).get();
        if (existing) continue;
        const id = tx.insert(t.states).values({ code: s.code, name: s.name, iso2: s.iso2, iso3: s.iso3, kind: 'iso' }).returning({ id: t.states.id }).get().id;
        for (const name of s.otherNames) tx.insert(t.stateNames).values({ stateId: id, name }).onConflictDoNothing().run();
        added++;
      }
    },
    { behavior: 'immediate' },
  );
  return added;
}

export type SeedReport = {
  isoStates: number; files: Record<string, LoadSummary>; cow: CowSummary;
  official: Record<string, OfficialSummary>; reconciled: { cited: number; removed: number };
};

/**
 * `officialFolder`: the organizations' own lists; by default the shipped ones, none when a test gives
 * its own `factsFolder` (the lists build on the shipped curated organizations).
 */
export function seedDatabase(
  db: Db,
  options: { onProgress?: (done: number, total: number) => void; withCow?: boolean; factsFolder?: string; officialFolder?: string | null } = {},
): SeedReport {
  const isoStates = seedIsoStates(db);
  const files: Record<string, LoadSummary> = {};
  const folder = options.factsFolder ?? FACTS_FOLDER;
  for (const name of listFactsFiles(folder)) {
    const parsed = factsFileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
    files[name] = db.transaction(
      (tx) => {
        const summary = loadFacts(tx, parsed.data, name);
        const added = Object.entries(summary).filter(([, n]) => n > 0);
        if (added.length) {
          tx.insert(t.revisions).values({
            entityType: 'import', entityId: 0, action: 'import', authorName: SEED_AUTHOR,
            summary: `Loaded ${name}: ${added.map(([k, n]) => `${n} ${k}`).join(', ')}`,
          }).run();
        }
        return summary;
      },
      { behavior: 'immediate' },
    );
  }
  const officialFolder = options.officialFolder !== undefined ? options.officialFolder : options.factsFolder ? null : OFFICIAL_FOLDER;
  const official = officialFolder === null ? {} : loadOfficialFiles(db, officialFolder);
  const cow = options.withCow === false ? { organizations: 0, states: 0, changes: 0, disagreements: 0, skipped: {} } : importCow(db, { onProgress: options.onProgress });
  // A database that imported COW before the official lists existed: COW years become citations there too.
  const reconciled = options.withCow === false || officialFolder === null ? { cited: 0, removed: 0 } : reconcileWithCow(db, officialFolder);
  return { isoStates, files, cow, official, reconciled };
}
