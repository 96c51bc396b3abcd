// Which public pages a save changed: given the revisions it wrote, the organizations, countries and
// sources whose pages show one of the records (as it was before and as it is after).
import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { isRecordKind, RECORD_KINDS, type RecordKind, type RecordRefs, type StoredSnapshot } from './registry';
import { readSnapshot } from './snapshots';

export type TouchedRecords = { organizations: string[]; countries: string[]; sources: number[] };

/** The public page of each kind of page-holding record. */
export const PUBLIC_PAGES = {
  organization: (slug: string) => `/organizations/${slug}`,
  country: (code: string) => `/countries/${code}`,
  source: (id: number) => `/sources/${id}`,
} as const;

type RevisionRow = Pick<t.Revision, 'entityType' | 'entityId' | 'before' | 'after' | 'organizationId' | 'stateId'>;

function shownOn<K extends RecordKind>(kind: K, snapshot: StoredSnapshot<K>): RecordRefs {
  const shown: (s: StoredSnapshot<K>) => RecordRefs = RECORD_KINDS[kind].shownOn;
  return shown(snapshot);
}

const present = <T>(values: (T | null | undefined)[] | undefined): T[] => (values ?? []).filter((v): v is T => v !== null && v !== undefined);

/** Organization slugs, country codes and source ids whose pages show a record these revisions changed. */
export function touchedRecords(db: Db, revisions: readonly RevisionRow[]): TouchedRecords {
  const organizationIds = new Set<number>();
  const stateIds = new Set<number>();
  const organizations = new Set<string>();
  const countries = new Set<string>();
  const sources = new Set<number>();
  for (const r of revisions) {
    if (r.organizationId) organizationIds.add(r.organizationId);
    if (r.stateId) stateIds.add(r.stateId);
    const kind = r.entityType;
    if (!isRecordKind(kind)) continue;
    for (const snapshot of [readSnapshot(kind, r.before), readSnapshot(kind, r.after)]) {
      if (!snapshot) continue;
      const refs = shownOn(kind, snapshot);
      present(refs.organizationIds).forEach((id) => organizationIds.add(id));
      present(refs.stateIds).forEach((id) => stateIds.add(id));
      present(refs.organizationSlugs).forEach((slug) => organizations.add(slug));
      present(refs.stateCodes).forEach((code) => countries.add(code));
      present(refs.sourceIds).forEach((id) => sources.add(id));
    }
  }
  if (organizationIds.size) db.select({ slug: t.organizations.slug }).from(t.organizations).where(inArray(t.organizations.id, [...organizationIds])).all().forEach((o) => organizations.add(o.slug));
  if (stateIds.size) db.select({ code: t.states.code }).from(t.states).where(inArray(t.states.id, [...stateIds])).all().forEach((s) => countries.add(s.code));
  return { organizations: [...organizations].sort(), countries: [...countries].sort(), sources: [...sources].sort((a, b) => a - b) };
}

/** The public paths of the touched records: each organization's, country's and source's page. */
export function touchedPaths(db: Db, revisions: readonly RevisionRow[]): string[] {
  const touched = touchedRecords(db, revisions);
  return [...touched.organizations.map(PUBLIC_PAGES.organization), ...touched.countries.map(PUBLIC_PAGES.country), ...touched.sources.map(PUBLIC_PAGES.source)];
}
