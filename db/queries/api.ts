// Reads behind the open-data URLs: the same derivations as the pages, shaped for programs.
import { and, asc, eq, gt, gte } from 'drizzle-orm';
import { countsOn, holdingOn, spellsOf, sortChanges } from '@/lib/domain/status-history';
import { apiCitation, apiDate, apiState, mergeCitations } from './api-format';
import type { Db } from '../client';
import { publishedSnapshot } from '../revisions';
import * as t from '../schema';
import { CHANGE_COLUMNS } from './change-columns';
import { listCitationsFor } from './citations';
import { getStateByCode } from './countries';
import { getOrganizationBySlug, listChangesByOrganization, listCountClaims, listMembersAsOf, listPendingInvitations } from './organizations';

/** Every organization with its counts on the day. */
export function listOrganizationsWithCounts(db: Db, day: string) {
  const orgs = db.select().from(t.organizations).orderBy(asc(t.organizations.slug)).all();
  const byOrg = listChangesByOrganization(db);
  return orgs.map((org) => {
    return { slug: org.slug, acronym: org.acronym, name: org.name, counts: countsOn(byOrg.get(org.id) ?? [], day, org) };
  });
}

function apiInvitation(i: ReturnType<typeof listPendingInvitations>[number]) {
  return {
    organization: i.organization,
    state: apiState(i.state),
    invitedStatus: i.invitedStatus,
    date: apiDate(i.date),
    dateKind: i.dateKind,
    outcome: i.outcome,
    outcomeDate: apiDate(i.outcomeDate),
    note: i.note,
    citations: i.citations.map(apiCitation),
  };
}

/** One organization on a day: members (every state holding a status), invitations, count claims. */
export function getOrganizationOn(db: Db, slug: string, day: string) {
  const org = getOrganizationBySlug(db, slug);
  if (!org) return null;
  const view = listMembersAsOf(db, org.id, day)!;
  return {
    slug: org.slug,
    acronym: org.acronym,
    name: org.name,
    founded: apiDate(org.founded),
    dissolved: apiDate(org.dissolved),
    asOf: day,
    counts: view.counts,
    // Where a change is known only to its year or month, how few and how many states may hold each status.
    countRanges: view.countRanges,
    members: view.lines.map((line) => ({
      state: apiState(line.since.state),
      status: line.status,
      certain: line.certain,
      possibleStatuses: line.possible,
      since: apiDate(line.since.date),
      sinceKind: line.since.dateKind,
      citations: line.citations.map(apiCitation),
    })),
    invitations: listPendingInvitations(db, org.id, day).map(apiInvitation).map(({ organization: _o, ...rest }) => rest),
    countClaims: listCountClaims(db, org.id).map((c) => ({
      status: c.status,
      count: c.count,
      date: apiDate(c.date),
      recorded: c.recorded,
      agrees: c.agrees,
      note: c.note,
      citations: c.citations.map(apiCitation),
    })),
  };
}

/** One country: what it holds on the day, its spells in every organization, its pending invitations. */
export function getCountryOn(db: Db, code: string, day: string) {
  const state = getStateByCode(db, code);
  if (!state) return null;
  const changes = db
    .select({
      ...CHANGE_COLUMNS,
      organization: { id: t.organizations.id, slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name, founded: t.organizations.founded, dissolved: t.organizations.dissolved },
    })
    .from(t.statusChanges)
    .innerJoin(t.organizations, eq(t.organizations.id, t.statusChanges.organizationId))
    .where(eq(t.statusChanges.stateId, state.id))
    .all();
  const byOrg = new Map<number, typeof changes>();
  for (const c of sortChanges(changes)) {
    const list = byOrg.get(c.organization.id);
    if (list) list.push(c);
    else byOrg.set(c.organization.id, [c]);
  }
  const citations = listCitationsFor(db, 'statusChangeId', changes.map((c) => c.id));
  const orgs = [...byOrg.values()].map((list) => list[0]!.organization).sort((a, b) => a.acronym.localeCompare(b.acronym));
  const memberships = [];
  const timeline = [];
  for (const org of orgs) {
    const list = byOrg.get(org.id)!;
    const organization = { slug: org.slug, acronym: org.acronym, name: org.name };
    const holding = holdingOn(list, day, org);
    if (holding) {
      memberships.push({
        organization,
        status: holding.status,
        since: apiDate(holding.since.date),
        sinceKind: holding.since.dateKind,
        citations: mergeCitations([citations.get(holding.since.id), citations.get(holding.latest.id)]).map(apiCitation),
      });
    }
    timeline.push({
      organization,
      spells: spellsOf(list, org.dissolved).map((s) => ({
        status: s.status,
        from: apiDate(s.from),
        to: apiDate(s.to),
        endedBy: s.endedBy,
        citations: mergeCitations(s.changes.map((c) => citations.get(c.id))).map(apiCitation),
      })),
    });
  }
  return {
    code: state.code,
    iso3: state.iso3,
    name: state.name,
    asOf: day,
    memberships,
    timeline,
    invitations: listPendingInvitations(db, { stateId: state.id }, day).map(apiInvitation).map(({ state: _s, ...rest }) => rest),
  };
}

/** Revisions recorded at or after an instant, oldest first, after the revision id of a cursor. */
export function listRevisionsSince(db: Db, since: string, afterId: number, limit: number) {
  const rows = db
    .select({
      id: t.revisions.id,
      createdAt: t.revisions.createdAt,
      entityType: t.revisions.entityType,
      entityId: t.revisions.entityId,
      action: t.revisions.action,
      summary: t.revisions.summary,
      authorName: t.revisions.authorName,
      revertsId: t.revisions.revertsId,
      before: t.revisions.before,
      after: t.revisions.after,
      organizationSlug: t.organizations.slug,
      stateCode: t.states.code,
    })
    .from(t.revisions)
    .leftJoin(t.organizations, eq(t.organizations.id, t.revisions.organizationId))
    .leftJoin(t.states, eq(t.states.id, t.revisions.stateId))
    .where(and(gte(t.revisions.createdAt, since), gt(t.revisions.id, afterId)))
    .orderBy(asc(t.revisions.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit).map((r) => ({
    id: r.id,
    recordedAt: r.createdAt,
    entityType: r.entityType,
    entityId: r.entityId,
    action: r.action,
    summary: r.summary,
    author: r.authorName,
    revertsId: r.revertsId,
    organization: r.organizationSlug,
    state: r.stateCode,
    before: publishedSnapshot(r.entityType, r.before),
    after: publishedSnapshot(r.entityType, r.after),
  }));
  return { revisions: page, hasMore: rows.length > limit };
}

/** Every status change with each of its citations: one row per citation (or one bare row). */
export function listStatusChangeCitationRows(db: Db, filter?: { organizationId?: number; stateId?: number }) {
  const conditions = [
    filter?.organizationId !== undefined ? eq(t.statusChanges.organizationId, filter.organizationId) : undefined,
    filter?.stateId !== undefined ? eq(t.statusChanges.stateId, filter.stateId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({
      id: t.statusChanges.id,
      organization: t.organizations.slug,
      organizationName: t.organizations.name,
      stateCode: t.states.code,
      iso3: t.states.iso3,
      stateName: t.states.name,
      status: t.statusChanges.status,
      date: t.statusChanges.date,
      dateKind: t.statusChanges.dateKind,
      note: t.statusChanges.note,
      sourceId: t.sources.id,
      sourceTitle: t.sources.title,
      sourcePublisher: t.sources.publisher,
      sourceUrl: t.sources.url,
      quote: t.citations.quote,
      locator: t.citations.locator,
      givenDate: t.citations.givenDate,
    })
    .from(t.statusChanges)
    .innerJoin(t.organizations, eq(t.organizations.id, t.statusChanges.organizationId))
    .innerJoin(t.states, eq(t.states.id, t.statusChanges.stateId))
    .leftJoin(t.citations, eq(t.citations.statusChangeId, t.statusChanges.id))
    .leftJoin(t.sources, eq(t.sources.id, t.citations.sourceId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(t.organizations.slug), asc(t.states.code), asc(t.statusChanges.date), asc(t.statusChanges.id), asc(t.citations.id))
    .all();
}

