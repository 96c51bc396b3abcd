import { and, asc, count, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { listCitationsFor } from './citations';
import { matchOrganizations, matchStates } from './search';

export function getTotals(db: Db) {
  const n = (table: typeof t.organizations | typeof t.states | typeof t.statusChanges | typeof t.sources | typeof t.citations) => db.select({ n: count() }).from(table).get()!.n;
  return {
    organizations: n(t.organizations),
    states: n(t.states),
    statusChanges: n(t.statusChanges),
    sources: n(t.sources),
    citations: n(t.citations),
    pendingInvitations: db.select({ n: count() }).from(t.invitations).where(eq(t.invitations.outcome, 'pending')).get()!.n,
  };
}

/** The latest status changes in the world up to the day, newest first, with their sources. */
export function listLatestChanges(db: Db, day: string, limit = 12) {
  const rows = db
    .select({
      id: t.statusChanges.id, status: t.statusChanges.status, date: t.statusChanges.date, dateKind: t.statusChanges.dateKind,
      organization: { slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name },
      state: { code: t.states.code, name: t.states.name },
    })
    .from(t.statusChanges)
    .innerJoin(t.organizations, eq(t.organizations.id, t.statusChanges.organizationId))
    .innerJoin(t.states, eq(t.states.id, t.statusChanges.stateId))
    // Plain string order is date order, and "2026" sorts before "2026-01-01", so this keeps every change begun by the day.
    .where(lte(t.statusChanges.date, day))
    .orderBy(desc(t.statusChanges.date), desc(t.statusChanges.id))
    .limit(limit)
    .all();
  const citations = listCitationsFor(db, 'statusChangeId', rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, citations: citations.get(r.id) ?? [] }));
}

export function listAllPendingInvitations(db: Db) {
  const rows = db
    .select({
      id: t.invitations.id, invitedStatus: t.invitations.invitedStatus, date: t.invitations.date, dateKind: t.invitations.dateKind,
      organization: { slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name },
      state: { code: t.states.code, name: t.states.name },
    })
    .from(t.invitations)
    .innerJoin(t.organizations, eq(t.organizations.id, t.invitations.organizationId))
    .innerJoin(t.states, eq(t.states.id, t.invitations.stateId))
    .where(and(eq(t.invitations.outcome, 'pending')))
    .orderBy(desc(t.invitations.date), asc(t.states.name))
    .all();
  const citations = listCitationsFor(db, 'invitationId', rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, citations: citations.get(r.id) ?? [] }));
}

/** Organizations and states matching a query, closest first: what the home search box shows. */
export function searchSite(db: Db, q: string, limit = 20) {
  const orgMatches = matchOrganizations(db, q);
  const stateMatches = matchStates(db, q);
  const orgIds = [...orgMatches.keys()];
  const stateIds = [...stateMatches.keys()];
  const organizations = (orgIds.length ? db.select({ id: t.organizations.id, slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name }).from(t.organizations).where(inArray(t.organizations.id, orgIds)).all() : [])
    .map((o) => ({ ...o, ...orgMatches.get(o.id)! }))
    .sort((a, b) => a.rank - b.rank || a.acronym.localeCompare(b.acronym));
  const states = (stateIds.length ? db.select({ id: t.states.id, code: t.states.code, name: t.states.name }).from(t.states).where(inArray(t.states.id, stateIds)).all() : [])
    .map((s) => ({ ...s, ...stateMatches.get(s.id)! }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return { organizations: organizations.slice(0, limit), organizationTotal: organizations.length, states: states.slice(0, limit), stateTotal: states.length };
}
