// Shared by the official-list tests: a freshly seeded database and the comparison with one list.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../client';
import * as t from '../../schema';
import { createSeededTestDb } from '../../test-seeded';
import { compareWithOfficialList, type Comparison } from './compare';
import { readOfficialFile } from './load';
import type { OfficialFile } from './schema';

export function seededWithOfficialList(name: string): { db: Db; file: OfficialFile; comparison: Comparison } {
  const db = createSeededTestDb();
  const file = readOfficialFile(name);
  return { db, file, comparison: compareWithOfficialList(db, file) };
}

/** The citations on the record's current change for a state: source title, quote, the date it gives. */
export function citationsOf(db: Db, slug: string, stateCode: string, date: string) {
  const org = db.select().from(t.organizations).where(eq(t.organizations.slug, slug)).get()!;
  const state = db.select().from(t.states).where(eq(t.states.code, stateCode)).get()!;
  const change = db.$client.prepare('select id from status_change where organization_id = ? and state_id = ? and date = ?').get(org.id, state.id, date) as { id: number } | undefined;
  if (!change) return [];
  return db.select({ url: t.sources.url, kind: t.sources.kind, quote: t.citations.quote, givenDate: t.citations.givenDate })
    .from(t.citations).innerJoin(t.sources, eq(t.sources.id, t.citations.sourceId)).where(eq(t.citations.statusChangeId, change.id)).all();
}

/** The checks every organization's list gets: counts today, and every listed start. */
export function expectListAgrees(comparison: Comparison, counts: Comparison['official']) {
  expect(comparison.official).toEqual(counts);
  expect(comparison.record).toEqual(comparison.official);
  expect(comparison.differences).toEqual([]);
}
