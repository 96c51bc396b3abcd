import { and, eq } from 'drizzle-orm';
import { formatPartialDate } from '@/lib/domain/partial-date';
import type { DateKind, Status } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { MutationError } from './errors';
import { mutate, writeRevision, type Actor, type Tx } from './transaction';

export type CitationInput = { sourceId: number; quote: string; givenDate?: string | null; locator?: string | null };

export type StatusChangeInput = {
  organizationId: number;
  stateId: number;
  status: Status;
  date: string;
  dateKind: DateKind;
  note?: string | null;
  citations: CitationInput[];
};

/** The record and its citations as stored in revisions. */
export function snapshotStatusChange(tx: Tx, id: number) {
  const row = tx.select().from(t.statusChanges).where(eq(t.statusChanges.id, id)).get();
  if (!row) return null;
  const citations = tx.select().from(t.citations).where(eq(t.citations.statusChangeId, id)).orderBy(t.citations.id).all();
  return { ...row, citations };
}

export function recordStatusChange(db: Db, actor: Actor, input: StatusChangeInput): number {
  return mutate(db, (tx) => {
    const org = tx.select().from(t.organizations).where(eq(t.organizations.id, input.organizationId)).get();
    if (!org) throw new MutationError('Choose an organization that exists.', { organization: ['There is no such organization.'] });
    const state = tx.select().from(t.states).where(eq(t.states.id, input.stateId)).get();
    if (!state) throw new MutationError('Choose a state that exists.', { state: ['There is no such state.'] });
    if (input.citations.length === 0) throw new MutationError('Cite at least one source.', { citations: ['Add at least one citation with its quote.'] });
    const duplicate = tx
      .select({ id: t.statusChanges.id })
      .from(t.statusChanges)
      .where(and(eq(t.statusChanges.organizationId, org.id), eq(t.statusChanges.stateId, state.id), eq(t.statusChanges.status, input.status), eq(t.statusChanges.date, input.date)))
      .get();
    if (duplicate) {
      throw new MutationError('This change is already recorded. Add your citation to it instead.', { date: ['A change with this organization, state, status and date is already recorded.'] }, 'duplicate', { existingId: duplicate.id });
    }
    const id = tx
      .insert(t.statusChanges)
      .values({ organizationId: org.id, stateId: state.id, status: input.status, date: input.date, dateKind: input.dateKind, note: input.note ?? null })
      .returning({ id: t.statusChanges.id })
      .get().id;
    for (const c of input.citations) {
      const source = tx.select({ id: t.sources.id }).from(t.sources).where(eq(t.sources.id, c.sourceId)).get();
      if (!source) throw new MutationError('Choose a source that exists.', { source: ['There is no such source.'] });
      tx.insert(t.citations).values({ sourceId: c.sourceId, statusChangeId: id, quote: c.quote, givenDate: c.givenDate ?? null, locator: c.locator ?? null }).run();
    }
    writeRevision(tx, {
      entityType: 'statusChange', entityId: id, action: 'create', before: null, after: snapshotStatusChange(tx, id),
      organizationId: org.id, stateId: state.id, actor,
      summary: `${state.name}: ${input.status} of ${org.acronym} ${input.dateKind === 'asOf' ? 'as of' : 'from'} ${formatPartialDate(input.date)}`,
    });
    return id;
  });
}
