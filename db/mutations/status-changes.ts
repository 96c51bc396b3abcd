import { and, eq, ne } from 'drizzle-orm';
import { formatPartialDate, isFutureDate, today } from '@/lib/domain/partial-date';
import type { Status } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { insertCitations } from './citations';
import { MutationError } from '../errors';
import { requireAfterFounding, requireOrganization, requireState } from './guards';
import type { StatusChangeFormInput } from '@/lib/validation/status-change';
import type { StatusChangeEditInput } from '@/lib/validation/status-change-edit';
import type { Cited, Optional } from './inputs';
import { type Actor, deleteFact, mutate, requireVersion, takeSnapshot, type Tx, writeRevision } from '../revisions';

export type { CitationInput } from './citations';

/** The record form's fields; `scheduled` only guards the form, the date says whether it is to come. */
export type StatusChangeInput = Cited<Optional<Omit<StatusChangeFormInput, 'scheduled'>, 'note'>>;

/** The correction form's fields: `acceptedCitationId` names a citation whose date becomes the change's; `citations` are added. */
export type StatusChangeEdit = Optional<Cited<Omit<StatusChangeEditInput, 'scheduled'>>, 'note' | 'summary' | 'acceptedCitationId' | 'citations'>;

/** The record and its citations as stored in revisions. */
export function snapshotStatusChange(tx: Tx, id: number) {
  return takeSnapshot(tx, 'statusChange', id);
}

export function describeStatusChange(stateName: string, status: string, acronym: string, date: string, dateKind: string): string {
  const scheduled = isFutureDate(date, today()) ? ' (scheduled)' : '';
  return `${stateName}: ${status} of ${acronym} ${dateKind === 'asOf' ? 'as of' : 'from'} ${formatPartialDate(date)}${scheduled}`;
}

function refuseDuplicate(tx: Tx, input: { organizationId: number; stateId: number; status: Status; date: string }, exceptId?: number) {
  const conditions = [
    eq(t.statusChanges.organizationId, input.organizationId),
    eq(t.statusChanges.stateId, input.stateId),
    eq(t.statusChanges.status, input.status),
    eq(t.statusChanges.date, input.date),
  ];
  if (exceptId !== undefined) conditions.push(ne(t.statusChanges.id, exceptId));
  const duplicate = tx.select({ id: t.statusChanges.id }).from(t.statusChanges).where(and(...conditions)).get();
  if (duplicate) {
    throw new MutationError(
      'This change is already recorded. Add your citation to it instead.',
      { date: ['A change with this organization, state, status and date is already recorded.'] },
      'duplicate',
      { existingId: duplicate.id },
    );
  }
}

/** The change inside a transaction another mutation owns (accepting an invitation records one). */
export function insertStatusChange(tx: Tx, actor: Actor, input: StatusChangeInput, field = 'citations'): number {
  const org = requireOrganization(tx, input.organizationId);
  const state = requireState(tx, input.stateId);
  requireAfterFounding(org, input.date);
  if (input.citations.length === 0) throw new MutationError('Cite at least one source.', { [`${field}.0.quote`]: ['Add at least one citation with its quote.'] });
  refuseDuplicate(tx, input);
  const id = tx
    .insert(t.statusChanges)
    .values({ organizationId: org.id, stateId: state.id, status: input.status, date: input.date, dateKind: input.dateKind, note: input.note ?? null })
    .returning({ id: t.statusChanges.id })
    .get().id;
  insertCitations(tx, { statusChangeId: id }, input.citations, field);
  writeRevision(tx, {
    entityType: 'statusChange', entityId: id, action: 'create', before: null, after: takeSnapshot(tx, 'statusChange', id),
    organizationId: org.id, stateId: state.id, actor,
    summary: describeStatusChange(state.name, input.status, org.acronym, input.date, input.dateKind),
  });
  return id;
}

export function recordStatusChange(db: Db, actor: Actor, input: StatusChangeInput): number {
  return mutate(db, (tx) => insertStatusChange(tx, actor, input));
}

export function updateStatusChange(db: Db, actor: Actor, id: number, input: StatusChangeEdit): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, 'statusChange', id, input.version);
    const org = requireOrganization(tx, input.organizationId);
    const state = requireState(tx, input.stateId);
    let date = input.date;
    if (input.acceptedCitationId) {
      const cited = tx.select().from(t.citations).where(and(eq(t.citations.id, input.acceptedCitationId), eq(t.citations.statusChangeId, id))).get();
      if (!cited) throw new MutationError('Choose one of this change’s citations.', { acceptedCitationId: ['Choose one of this change’s citations.'] });
      if (!cited.givenDate) throw new MutationError('This citation gives no date of its own.', { acceptedCitationId: ['This citation gives no date of its own.'] });
      const previous = String(before.date);
      date = cited.givenDate;
      // The citations that backed the old date keep it as the date they give.
      for (const c of tx.select().from(t.citations).where(eq(t.citations.statusChangeId, id)).all()) {
        if (c.id === cited.id) tx.update(t.citations).set({ givenDate: null }).where(eq(t.citations.id, c.id)).run();
        else if (c.givenDate === null) tx.update(t.citations).set({ givenDate: previous }).where(eq(t.citations.id, c.id)).run();
      }
    }
    requireAfterFounding(org, date);
    refuseDuplicate(tx, { ...input, date }, id);
    tx.update(t.statusChanges)
      .set({ organizationId: org.id, stateId: state.id, status: input.status, date, dateKind: input.dateKind, note: input.note ?? null, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(t.statusChanges.id, id))
      .run();
    if (input.citations?.length) insertCitations(tx, { statusChangeId: id }, input.citations);
    writeRevision(tx, {
      entityType: 'statusChange', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'statusChange', id),
      organizationId: org.id, stateId: state.id, actor,
      summary: input.summary || `Corrected: ${describeStatusChange(state.name, input.status, org.acronym, date, input.dateKind)}`,
    });
  });
}

export function deleteStatusChange(db: Db, actor: Actor, id: number, input: { version: number; summary: string }): void {
  deleteFact(db, actor, 'statusChange', id, input);
}
