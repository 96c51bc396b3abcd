import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { checkCountClaim, countRangesOn, countsOn, holdingsOn, lastDayBefore, type ChangeLike, type Holding, type StatusCounts } from '@/lib/domain/status-history';
import { hasStartedBy } from '@/lib/domain/partial-date';
import { coverageGap, type CoverageGap } from '@/lib/domain/coverage';
import { groupBy } from '@/lib/group-by';
import type { HeldStatus } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { CHANGE_COLUMNS, type ChangeFields } from './change-columns';
import { compareDefault, compareNames } from './collation';
import { listCitationsFor, type CitationView } from './citations';
import { matchOrganizations } from './search';

export function getOrganizationBySlug(db: Db, slug: string) {
  return db.select().from(t.organizations).where(eq(t.organizations.slug, slug)).get() ?? null;
}

export type ChangeRow = ChangeFields & {
  state: { code: string; name: string; iso3: string | null };
};

/** Every status change of an organization, with its state, oldest first. */
export function listStatusChanges(db: Db, organizationId: number): ChangeRow[] {
  return db
    .select({
      ...CHANGE_COLUMNS,
      note: t.statusChanges.note,
      state: { code: t.states.code, name: t.states.name, iso3: t.states.iso3 },
    })
    .from(t.statusChanges)
    .innerJoin(t.states, eq(t.states.id, t.statusChanges.stateId))
    .where(eq(t.statusChanges.organizationId, organizationId))
    .orderBy(asc(t.statusChanges.date), asc(t.statusChanges.id))
    .all();
}

export type MemberLine = Holding<ChangeRow> & { citations: CitationView[] };

/**
 * The states holding a status in the organization on a day. After a dissolution the list is empty;
 * `atDissolution` then holds the members on the day before it ended.
 */
export function listMembersAsOf(db: Db, organizationId: number, day: string) {
  const org = db.select().from(t.organizations).where(eq(t.organizations.id, organizationId)).get();
  if (!org) return null;
  const changes = listStatusChanges(db, organizationId);
  const dissolvedBy = !!org.dissolved && hasStartedBy(org.dissolved, day);
  const effectiveDay = dissolvedBy ? lastDayBefore(org.dissolved!) : day;
  const holdings = holdingsOn(changes, effectiveDay, { founded: org.founded });
  const citations = listCitationsFor(db, 'statusChangeId', [...new Set(holdings.flatMap((h) => [h.since.id, h.latest.id]))]);
  const lines: MemberLine[] = holdings
    .map((h) => ({ ...h, citations: [...new Map([...(citations.get(h.since.id) ?? []), ...(citations.get(h.latest.id) ?? [])].map((c) => [c.id, c])).values()] }))
    .sort((a, b) => a.since.state.name.localeCompare(b.since.state.name));
  const byStatus = new Map<HeldStatus, MemberLine[]>();
  for (const line of lines) {
    const list = byStatus.get(line.status);
    if (list) list.push(line);
    else byStatus.set(line.status, [line]);
  }
  return {
    organization: org,
    day,
    dissolved: dissolvedBy,
    lines: dissolvedBy ? [] : lines,
    atDissolution: dissolvedBy ? lines : [],
    byStatus: dissolvedBy ? new Map<HeldStatus, MemberLine[]>() : byStatus,
    counts: countsOn(changes, day, org),
    countRanges: countRangesOn(changes, day, org),
  };
}

/**
 * Invitations still pending, of an organization (given by id) or to a state: not yet resolved, or,
 * given a day, extended by then and not resolved on it.
 */
export function listPendingInvitations(db: Db, of: number | { stateId: number }, day?: string) {
  const owner = typeof of === 'number' ? eq(t.invitations.organizationId, of) : eq(t.invitations.stateId, of.stateId);
  const rows = db
    .select({
      id: t.invitations.id,
      invitedStatus: t.invitations.invitedStatus,
      date: t.invitations.date,
      dateKind: t.invitations.dateKind,
      outcome: t.invitations.outcome,
      outcomeDate: t.invitations.outcomeDate,
      note: t.invitations.note,
      state: { code: t.states.code, iso3: t.states.iso3, name: t.states.name },
      organization: { slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name },
    })
    .from(t.invitations)
    .innerJoin(t.states, eq(t.states.id, t.invitations.stateId))
    .innerJoin(t.organizations, eq(t.organizations.id, t.invitations.organizationId))
    .where(day === undefined ? and(owner, eq(t.invitations.outcome, 'pending')) : owner)
    .orderBy(asc(t.invitations.date), asc(t.invitations.id))
    .all()
    .filter((i) => day === undefined || (hasStartedBy(i.date, day) && (i.outcome === 'pending' || (!!i.outcomeDate && !hasStartedBy(i.outcomeDate, day)))));
  const citations = listCitationsFor(db, 'invitationId', rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, citations: citations.get(r.id) ?? [] }));
}

/** Count claims, each set against the count the record gives on the claim's date. */
export function listCountClaims(db: Db, organizationId: number) {
  const org = db.select().from(t.organizations).where(eq(t.organizations.id, organizationId)).get();
  const changes = listStatusChanges(db, organizationId);
  const rows = db.select().from(t.countClaims).where(eq(t.countClaims.organizationId, organizationId)).orderBy(asc(t.countClaims.date)).all();
  const citations = listCitationsFor(db, 'countClaimId', rows.map((r) => r.id));
  return rows.map((claim) => ({ ...claim, ...checkCountClaim(changes, claim, org), citations: citations.get(claim.id) ?? [] }));
}

/** Parent, children and former names of an organization. */
export function getOrganizationRelations(db: Db, org: t.Organization) {
  const parent = org.parentId
    ? db.select({ slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name }).from(t.organizations).where(eq(t.organizations.id, org.parentId)).get() ?? null
    : null;
  const children = db
    .select({ slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name })
    .from(t.organizations)
    .where(eq(t.organizations.parentId, org.id))
    .orderBy(asc(t.organizations.acronym))
    .all();
  const formerNames = db.select().from(t.organizationNames).where(eq(t.organizationNames.organizationId, org.id)).orderBy(desc(t.organizationNames.ended)).all();
  return { parent, children, formerNames };
}

export type HistoryLine = ChangeRow & { citations: CitationView[] };

/** The full status history of an organization, newest first, every line with its citations. */
export function listStatusHistory(db: Db, organizationId: number): HistoryLine[] {
  const changes = listStatusChanges(db, organizationId);
  const citations = listCitationsFor(db, 'statusChangeId', changes.map((c) => c.id));
  return changes.map((c) => ({ ...c, citations: citations.get(c.id) ?? [] })).reverse();
}

type BareChange = ChangeLike & { organizationId: number };

/**
 * The status changes of the given organizations (of every organization when none are given) in one
 * read, grouped by organization.
 */
export function listChangesByOrganization(db: Db, organizationIds?: readonly number[]): Map<number, BareChange[]> {
  if (organizationIds && organizationIds.length === 0) return new Map();
  const rows = db
    .select({ id: t.statusChanges.id, organizationId: t.statusChanges.organizationId, stateId: t.statusChanges.stateId, status: t.statusChanges.status, date: t.statusChanges.date })
    .from(t.statusChanges)
    .where(organizationIds ? inArray(t.statusChanges.organizationId, [...organizationIds]) : undefined)
    .all();
  return groupBy(rows, (row) => row.organizationId);
}

export const ORGANIZATION_SORTS = ['acronym', 'name', 'members', 'founded'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];
export type OrganizationListQuery = {
  q: string;
  /** Only organizations with at least one state holding this status on the day. */
  status: HeldStatus | null;
  state: 'all' | 'active' | 'dissolved';
  sort: OrganizationSort;
  page: number;
  day: string;
};
export type OrganizationListRow = {
  id: number;
  slug: string;
  acronym: string;
  name: string;
  founded: string | null;
  dissolved: string | null;
  matchedName: string | null;
  counts: StatusCounts;
  pendingInvitations: number;
  /** What sources report beyond what the record holds, so the list never shows a gap as a fact. */
  coverageGap: CoverageGap | null;
};

export const ORGANIZATIONS_PER_PAGE = 50;

type ClaimFigures = { organizationId: number; status: t.CountClaim['status']; count: number; date: string };

/** The count claims of the given organizations (of every one when none are given), by organization, in the order recorded. */
function listClaimsByOrganization(db: Db, organizationIds?: readonly number[]): Map<number, ClaimFigures[]> {
  if (organizationIds && organizationIds.length === 0) return new Map();
  const rows = db
    .select({ organizationId: t.countClaims.organizationId, status: t.countClaims.status, count: t.countClaims.count, date: t.countClaims.date })
    .from(t.countClaims)
    .where(organizationIds ? inArray(t.countClaims.organizationId, [...organizationIds]) : undefined)
    .orderBy(asc(t.countClaims.id))
    .all();
  return groupBy(rows, (claim) => claim.organizationId);
}

/** Pending invitations of the given organizations (of every one when none are given), by organization. */
function countPendingInvitationsByOrganization(db: Db, organizationIds?: readonly number[]) {
  if (organizationIds && organizationIds.length === 0) return new Map<number, number>();
  const pending = eq(t.invitations.outcome, 'pending');
  return new Map(
    db
      .select({ organizationId: t.invitations.organizationId, n: count() })
      .from(t.invitations)
      .where(organizationIds ? and(pending, inArray(t.invitations.organizationId, [...organizationIds])) : pending)
      .groupBy(t.invitations.organizationId)
      .all()
      .map((r) => [r.organizationId, r.n]),
  );
}

type IndexOrganization = Pick<OrganizationListRow, 'id' | 'slug' | 'acronym' | 'name' | 'founded' | 'dissolved'>;
type IndexFigures = Pick<OrganizationListRow, 'counts' | 'pendingInvitations' | 'coverageGap'>;

/**
 * Counts on the day, pending invitations and the coverage gap of each organization given, by the
 * same rules as every other count. `scope` 'all' reads every organization's facts in one pass (for a
 * view that needs the figures of every row); 'these' reads only those of the organizations given.
 */
function organizationFigures(db: Db, orgs: readonly IndexOrganization[], day: string, scope: 'all' | 'these'): Map<number, IndexFigures> {
  const ids = scope === 'all' ? undefined : orgs.map((o) => o.id);
  const changes = listChangesByOrganization(db, ids);
  const invitations = countPendingInvitationsByOrganization(db, ids);
  const claims = listClaimsByOrganization(db, ids);
  return new Map(
    orgs.map((o) => [
      o.id,
      {
        counts: countsOn(changes.get(o.id) ?? [], day, o.dissolved),
        pendingInvitations: invitations.get(o.id) ?? 0,
        coverageGap: coverageGap((claims.get(o.id) ?? []).map((c) => ({ ...c, recorded: checkCountClaim(changes.get(o.id) ?? [], c, o).recorded }))),
      },
    ]),
  );
}

type OrderKey = Pick<IndexOrganization, 'id' | 'acronym' | 'name' | 'founded' | 'dissolved'>;

/**
 * For every organization, the columns a view orders and filters by: the id and acronym always, the
 * name, founding and dissolution only when asked for (the others stay empty and are not to be read).
 * SQLite hands them over as one JSON array: with tens of thousands of organizations, building a row
 * for each in the driver cost more than the rest of the page (17 ms against 9 ms at 26,800).
 */
function readOrderKeys(db: Db, need: { name: boolean; founded: boolean; dissolved: boolean }): OrderKey[] {
  const o = t.organizations;
  const columns = {
    id: o.id,
    acronym: o.acronym,
    ...(need.name ? { name: o.name } : {}),
    ...(need.founded ? { founded: o.founded } : {}),
    ...(need.dissolved ? { dissolved: o.dissolved } : {}),
  };
  // The values come in the order of the columns given.
  const names = Object.keys(columns) as (keyof OrderKey)[];
  const list = sql<string>`json_group_array(json_array(${sql.join(Object.values(columns), sql`, `)}))`;
  const { rows } = db.select({ rows: list }).from(o).get()!;
  return (JSON.parse(rows) as unknown[][]).map((values) => {
    const key: Record<keyof OrderKey, unknown> = { id: 0, acronym: '', name: '', founded: null, dissolved: null };
    names.forEach((name, i) => (key[name] = values[i]));
    return key as OrderKey;
  });
}

const INDEX_COLUMNS = {
  id: t.organizations.id,
  slug: t.organizations.slug,
  acronym: t.organizations.acronym,
  name: t.organizations.name,
  founded: t.organizations.founded,
  dissolved: t.organizations.dissolved,
};

/**
 * One page of the organization index: search, filters, counts on the day. The order and the page
 * come from the organizations' own columns, and the figures are read for the page's organizations
 * alone, unless the view needs them for every row (a status filter, the order by members): then
 * they come from one read of all status changes. Either way each figure is derived by the same rule
 * as every other count.
 */
export function listOrganizationsPage(db: Db, query: OrganizationListQuery) {
  const matches = query.q.trim() ? matchOrganizations(db, query.q) : null;
  const inView = (o: OrderKey) => {
    if (matches && !matches.has(o.id)) return false;
    if (query.state === 'all') return true;
    const gone = !!o.dissolved && hasStartedBy(o.dissolved, query.day);
    return query.state === 'dissolved' ? gone : !gone;
  };
  const withFigures = (list: readonly IndexOrganization[], figures: Map<number, IndexFigures>): OrganizationListRow[] =>
    list.map((o) => ({ ...o, matchedName: matches?.get(o.id)?.matchedName ?? null, ...figures.get(o.id)! }));
  // Every order ends on the id, so the order of the rows read does not matter.
  const byAcronym = (a: OrderKey, b: OrderKey) => compareNames(a.acronym, b.acronym) || a.id - b.id;
  const byMembers = (a: OrganizationListRow, b: OrganizationListRow) => b.counts.member - a.counts.member || byAcronym(a, b);
  const sorts: Record<Exclude<OrganizationSort, 'members'>, (a: OrderKey, b: OrderKey) => number> = {
    acronym: byAcronym,
    name: (a, b) => compareNames(a.name, b.name) || byAcronym(a, b),
    founded: (a, b) => compareDefault(a.founded ?? '9999', b.founded ?? '9999') || byAcronym(a, b),
  };
  // A search lists the closest matches first, whatever the chosen order among equals.
  const byRank = (a: OrderKey, b: OrderKey) => (matches ? matches.get(a.id)!.rank - matches.get(b.id)!.rank : 0);
  const pageOf = (total: number) => {
    const pageCount = Math.max(1, Math.ceil(total / ORGANIZATIONS_PER_PAGE));
    const page = Math.min(Math.max(1, query.page), pageCount);
    return { page, pageCount, from: (page - 1) * ORGANIZATIONS_PER_PAGE, to: page * ORGANIZATIONS_PER_PAGE };
  };

  if (query.status || query.sort === 'members') {
    // The filter or the order needs every row's counts.
    const orgs = db.select(INDEX_COLUMNS).from(t.organizations).all().filter(inView);
    let rows = withFigures(orgs, organizationFigures(db, orgs, query.day, 'all'));
    if (query.status) rows = rows.filter((r) => r.counts[query.status!] > 0);
    const order = query.sort === 'members' ? byMembers : sorts[query.sort];
    rows.sort((a, b) => byRank(a, b) || order(a, b));
    const { page, pageCount, from, to } = pageOf(rows.length);
    return { rows: rows.slice(from, to), total: rows.length, page, pageCount };
  }

  const order = sorts[query.sort];
  const keys = readOrderKeys(db, { name: query.sort === 'name', founded: query.sort === 'founded', dissolved: query.state !== 'all' })
    .filter(inView)
    .sort((a, b) => byRank(a, b) || order(a, b));
  const { page, pageCount, from, to } = pageOf(keys.length);
  const ids = keys.slice(from, to).map((k) => k.id);
  const byId = new Map(ids.length ? db.select(INDEX_COLUMNS).from(t.organizations).where(inArray(t.organizations.id, ids)).all().map((o) => [o.id, o]) : []);
  const shown = ids.flatMap((id) => byId.get(id) ?? []);
  return { rows: withFigures(shown, organizationFigures(db, shown, query.day, 'these')), total: keys.length, page, pageCount };
}
