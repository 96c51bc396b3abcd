import { and, asc, eq } from 'drizzle-orm';
import { checkCountClaim, countsOn, holdingsOn, lastDayBefore, type Holding } from '@/lib/domain/history';
import { hasStartedBy } from '@/lib/domain/partial-date';
import type { HeldStatus } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { listCitationsFor, type CitationView } from './citations';

export function getOrganizationBySlug(db: Db, slug: string) {
  return db.select().from(t.organizations).where(eq(t.organizations.slug, slug)).get() ?? null;
}

export type ChangeRow = {
  id: number;
  stateId: number;
  status: t.StatusChange['status'];
  date: string;
  dateKind: 'start' | 'asOf';
  note: string | null;
  state: { code: string; name: string; iso3: string | null };
};

/** Every status change of an organization, with its state, oldest first. */
export function listStatusChanges(db: Db, organizationId: number): ChangeRow[] {
  return db
    .select({
      id: t.statusChanges.id,
      stateId: t.statusChanges.stateId,
      status: t.statusChanges.status,
      date: t.statusChanges.date,
      dateKind: t.statusChanges.dateKind,
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
  const holdings = holdingsOn(changes, effectiveDay);
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
    counts: countsOn(changes, day, org.dissolved),
  };
}

export function listPendingInvitations(db: Db, organizationId: number) {
  const rows = db
    .select({
      id: t.invitations.id,
      invitedStatus: t.invitations.invitedStatus,
      date: t.invitations.date,
      dateKind: t.invitations.dateKind,
      outcome: t.invitations.outcome,
      outcomeDate: t.invitations.outcomeDate,
      note: t.invitations.note,
      state: { code: t.states.code, name: t.states.name },
    })
    .from(t.invitations)
    .innerJoin(t.states, eq(t.states.id, t.invitations.stateId))
    .where(and(eq(t.invitations.organizationId, organizationId), eq(t.invitations.outcome, 'pending')))
    .orderBy(asc(t.invitations.date))
    .all();
  const citations = listCitationsFor(db, 'invitationId', rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, citations: citations.get(r.id) ?? [] }));
}

/** Count claims, each set against the count the record gives on the claim's date. */
export function listCountClaims(db: Db, organizationId: number) {
  const org = db.select().from(t.organizations).where(eq(t.organizations.id, organizationId)).get();
  const changes = listStatusChanges(db, organizationId);
  const rows = db.select().from(t.countClaims).where(eq(t.countClaims.organizationId, organizationId)).orderBy(asc(t.countClaims.date)).all();
  const citations = listCitationsFor(db, 'countClaimId', rows.map((r) => r.id));
  return rows.map((claim) => ({ ...claim, ...checkCountClaim(changes, claim, org?.dissolved), citations: citations.get(claim.id) ?? [] }));
}
