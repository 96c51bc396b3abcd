// What the searchable pickers offer: each record with every name it can be found by.
import { asc } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { listOrganizationOptions, listSourceOptions, listStateOptions, type Option } from './editor';

type Picked = Option & { keywords: string[] };

function groupNames<R extends { ownerId: number }>(rows: R[], names: (row: R) => (string | null)[]): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const row of rows) grouped.set(row.ownerId, [...(grouped.get(row.ownerId) ?? []), ...names(row).filter((n): n is string => !!n)]);
  return grouped;
}

/** Organizations by acronym and name, found also by former names and acronyms and the slug. */
export function listOrganizationPickerOptions(db: Db): Picked[] {
  const orgs = new Map(db.select({ id: t.organizations.id, slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name }).from(t.organizations).all().map((o) => [String(o.id), o]));
  const former = groupNames(db.select({ ownerId: t.organizationNames.organizationId, name: t.organizationNames.name, acronym: t.organizationNames.acronym }).from(t.organizationNames).all(), (r) => [r.name, r.acronym]);
  return listOrganizationOptions(db).map((o) => {
    const org = orgs.get(o.value);
    return { ...o, keywords: org ? [org.acronym, org.name, org.slug, ...(former.get(org.id) ?? [])] : [] };
  });
}

/** States by name, found also by other names and ISO or Memberline codes. */
export function listStatePickerOptions(db: Db): Picked[] {
  const states = new Map(db.select({ id: t.states.id, code: t.states.code, iso2: t.states.iso2, iso3: t.states.iso3 }).from(t.states).all().map((s) => [String(s.id), s]));
  const other = groupNames(db.select({ ownerId: t.stateNames.stateId, name: t.stateNames.name }).from(t.stateNames).orderBy(asc(t.stateNames.name)).all(), (r) => [r.name]);
  return listStateOptions(db).map((o) => {
    const s = states.get(o.value);
    return { ...o, keywords: s ? [...(other.get(s.id) ?? []), s.code, ...(s.iso2 ? [s.iso2] : []), ...(s.iso3 ? [s.iso3] : [])] : [] };
  });
}

/** Sources by title, found also by publisher and the address's host. */
export function listSourcePickerOptions(db: Db): Picked[] {
  const sources = new Map(db.select({ id: t.sources.id, url: t.sources.url, publisher: t.sources.publisher }).from(t.sources).all().map((s) => [String(s.id), s]));
  return listSourceOptions(db).map((o) => {
    const s = sources.get(o.value);
    let host: string | null = null;
    try { host = s?.url ? new URL(s.url).hostname.replace(/^www\./, '') : null; } catch { host = null; }
    return { ...o, keywords: [s?.publisher ?? null, host].filter((k): k is string => !!k) };
  });
}
