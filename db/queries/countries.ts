import { asc, eq, inArray } from 'drizzle-orm';
import { holdingOn, holdingsOn, sortChanges, spellsOf, type Holding, type Spell } from '@/lib/domain/status-history';
import { comparePartialDates, hasStartedBy } from '@/lib/domain/partial-date';
import { countsAsMember, HELD_STATUSES, type HeldStatus } from '@/lib/domain/statuses';
import { groupBy } from '@/lib/group-by';
import type { Db } from '../client';
import * as t from '../schema';
import type { ChangeFields } from './change-columns';
import { compareNames } from './collation';
import { listCitationsFor, type CitationView } from './citations';
import { matchStates } from './search';

export function getStateByCode(db: Db, code: string) {
  const state = db.select().from(t.states).where(eq(t.states.code, code.toLowerCase())).get();
  if (!state) return null;
  const otherNames = db.select({ name: t.stateNames.name }).from(t.stateNames).where(eq(t.stateNames.stateId, state.id)).orderBy(asc(t.stateNames.name)).all().map((n) => n.name);
  const successor = state.successorId
    ? db.select({ code: t.states.code, name: t.states.name }).from(t.states).where(eq(t.states.id, state.successorId)).get() ?? null
    : null;
  return { ...state, otherNames, successor };
}

/**
 * For each state (each of `stateIds` when given, else every state): how many organizations it is a
 * member of on the day, and how many other ties it holds. A state's ties come from its own changes
 * in each organization, so reading only the given states' changes gives them the same figures.
 */
export function countTiesByState(db: Db, day: string, stateIds?: readonly number[]): Map<number, { member: number; other: number }> {
  const ties = new Map<number, { member: number; other: number }>();
  if (stateIds && stateIds.length === 0) return ties;
  const rows = db
    .select({
      id: t.statusChanges.id, organizationId: t.statusChanges.organizationId, stateId: t.statusChanges.stateId, status: t.statusChanges.status, date: t.statusChanges.date,
      dissolved: t.organizations.dissolved,
    })
    .from(t.statusChanges)
    .innerJoin(t.organizations, eq(t.organizations.id, t.statusChanges.organizationId))
    .where(stateIds ? inArray(t.statusChanges.stateId, [...stateIds]) : undefined)
    .all();
  // Every row of an organization carries its dissolution.
  for (const changes of groupBy(rows, (row) => row.organizationId).values()) {
    for (const holding of holdingsOn(changes, day, changes[0]!.dissolved)) {
      const entry = ties.get(holding.stateId) ?? { member: 0, other: 0 };
      if (countsAsMember(holding.status)) entry.member++;
      else entry.other++;
      ties.set(holding.stateId, entry);
    }
  }
  return ties;
}

export const STATE_KIND_FILTERS = ['all', 'iso', 'historic', 'entity'] as const;
export type StateKindFilter = (typeof STATE_KIND_FILTERS)[number];
export const COUNTRIES_PER_PAGE = 100;

/**
 * The index of states and entities: search by any name or code, filter by kind, ties on the day.
 * Search, filter, order and page use the states' own columns; ties are counted for the page's states.
 */
export function listCountriesPage(db: Db, query: { q: string; kind: StateKindFilter; page: number; day: string }) {
  const matches = query.q.trim() ? matchStates(db, query.q) : null;
  // Only what the search, the filter and the order need, for every state, as plain rows in the order recorded.
  const keys = (db.select({ id: t.states.id, name: t.states.name, kind: t.states.kind }).from(t.states).orderBy(asc(t.states.id)).values() as [number, string, t.State['kind']][])
    .filter(([id, , kind]) => (!matches || matches.has(id)) && (query.kind === 'all' || kind === query.kind))
    .sort(([a, aName], [b, bName]) => (matches ? matches.get(a)!.rank - matches.get(b)!.rank : 0) || compareNames(aName, bName));
  const pageCount = Math.max(1, Math.ceil(keys.length / COUNTRIES_PER_PAGE));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const ids = keys.slice((page - 1) * COUNTRIES_PER_PAGE, page * COUNTRIES_PER_PAGE).map(([id]) => id);
  const states = ids.length
    ? db
        .select({ id: t.states.id, code: t.states.code, name: t.states.name, iso2: t.states.iso2, iso3: t.states.iso3, kind: t.states.kind, started: t.states.started, ended: t.states.ended })
        .from(t.states)
        .where(inArray(t.states.id, ids))
        .all()
    : [];
  const byId = new Map(states.map((s) => [s.id, s]));
  const ties = countTiesByState(db, query.day, ids);
  const rows = ids.flatMap((id) => {
    const s = byId.get(id);
    return s ? [{ ...s, matchedName: matches?.get(s.id)?.matchedName ?? null, ties: ties.get(s.id) ?? { member: 0, other: 0 } }] : [];
  });
  return { rows, total: keys.length, page, pageCount };
}

export type CountryChange = ChangeFields & { organizationId: number; citations: CitationView[] };
export type LaneOrganization = { id: number; slug: string; acronym: string; name: string; founded: string | null; dissolved: string | null };
export type CountryInvitation = {
  id: number;
  organizationId: number;
  invitedStatus: t.Invitation['invitedStatus'];
  date: string;
  dateKind: 'on' | 'by';
  outcome: t.Invitation['outcome'];
  outcomeDate: string | null;
  note: string | null;
  organization: { slug: string; acronym: string; name: string };
  citations: CitationView[];
};
export type Lane = {
  organization: LaneOrganization;
  spells: (Spell<CountryChange> & { closedBy: CountryChange | null })[];
  holding: Holding<CountryChange> | null;
  invitations: CountryInvitation[];
};

const STATUS_ORDER = new Map<HeldStatus, number>(HELD_STATUSES.map((s, i) => [s, i]));

/**
 * A state's history across organizations: one lane per organization with its spells (closed by
 * the next change or the organization's dissolution), invitations, and the holding on the day.
 * Lanes holding a status on the day come first, by status then acronym; past ones by latest end.
 */
export function getCountryTimeline(db: Db, stateId: number, day: string) {
  const rows = db
    .select({
      id: t.statusChanges.id, stateId: t.statusChanges.stateId, organizationId: t.statusChanges.organizationId,
      status: t.statusChanges.status, date: t.statusChanges.date, dateKind: t.statusChanges.dateKind, note: t.statusChanges.note,
      organization: { id: t.organizations.id, slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name, founded: t.organizations.founded, dissolved: t.organizations.dissolved },
    })
    .from(t.statusChanges)
    .innerJoin(t.organizations, eq(t.organizations.id, t.statusChanges.organizationId))
    .where(eq(t.statusChanges.stateId, stateId))
    .all();
  const citations = listCitationsFor(db, 'statusChangeId', rows.map((r) => r.id));
  const invitationRows = db
    .select({
      id: t.invitations.id, organizationId: t.invitations.organizationId, invitedStatus: t.invitations.invitedStatus, date: t.invitations.date,
      dateKind: t.invitations.dateKind, outcome: t.invitations.outcome, outcomeDate: t.invitations.outcomeDate, note: t.invitations.note,
      organization: { id: t.organizations.id, slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name, founded: t.organizations.founded, dissolved: t.organizations.dissolved },
    })
    .from(t.invitations)
    .innerJoin(t.organizations, eq(t.organizations.id, t.invitations.organizationId))
    .where(eq(t.invitations.stateId, stateId))
    .orderBy(asc(t.invitations.date))
    .all();
  const invitationCitations = listCitationsFor(db, 'invitationId', invitationRows.map((r) => r.id));
  const invitations: CountryInvitation[] = invitationRows.map((r) => ({ ...r, citations: invitationCitations.get(r.id) ?? [] }));

  const organizations = new Map<number, LaneOrganization>();
  const changesByOrg = new Map<number, CountryChange[]>();
  const changes: CountryChange[] = [];
  for (const { organization, ...row } of rows) {
    organizations.set(organization.id, organization);
    const change = { ...row, citations: citations.get(row.id) ?? [] };
    changes.push(change);
    changesByOrg.set(organization.id, [...(changesByOrg.get(organization.id) ?? []), change]);
  }
  for (const i of invitationRows) organizations.set(i.organization.id, i.organization);

  const lanes: Lane[] = [...organizations.values()].map((organization) => {
    const own = sortChanges(changesByOrg.get(organization.id) ?? []);
    const spells = spellsOf(own, organization.dissolved).map((spell) => {
      const last = spell.changes.at(-1)!;
      const next = own[own.indexOf(last) + 1];
      return { ...spell, closedBy: spell.endedBy === 'change' && next ? next : null };
    });
    return { organization, spells, holding: holdingOn(own, day, organization), invitations: invitations.filter((i) => i.organizationId === organization.id) };
  });
  const lastEnd = (lane: Lane) => lane.spells.reduce<string>((latest, s) => (s.to && comparePartialDates(s.to, latest) > 0 ? s.to : latest), '0000');
  lanes.sort((a, b) => {
    if (a.holding && b.holding) return STATUS_ORDER.get(a.holding.status)! - STATUS_ORDER.get(b.holding.status)! || a.organization.acronym.localeCompare(b.organization.acronym);
    if (a.holding || b.holding) return a.holding ? -1 : 1;
    return comparePartialDates(lastEnd(b), lastEnd(a)) || a.organization.acronym.localeCompare(b.organization.acronym);
  });
  const current = lanes.filter((l) => l.holding || l.invitations.some((i) => i.outcome === 'pending'));
  const past = lanes.filter((l) => !current.includes(l));
  return {
    current,
    past,
    changes: sortChanges(changes).reverse().map((c) => ({ ...c, organization: organizations.get(c.organizationId)! })),
    invitations,
    scheduled: changes.filter((c) => !hasStartedBy(c.date, day)),
  };
}
