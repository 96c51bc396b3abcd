import { and, eq } from 'drizzle-orm';
import { endOfPeriod, formatPartialDate, startOfPeriod } from '@/lib/domain/partial-date';
import type { Status } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { insertCitations } from './citations';
import { MutationError } from '../errors';
import { requireAfterFounding, requireOrganization, requireState } from './guards';
import { insertStatusChange } from './status-changes';
import type { InvitationFormInput } from '@/lib/validation/invitation';
import type { InvitationEditInput } from '@/lib/validation/invitation-edit';
import type { InvitationResolveInput } from '@/lib/validation/invitation-resolve';
import type { Cited, Optional } from './inputs';
import { type Actor, deleteFact, mutate, requireVersion, takeSnapshot, type Tx, writeRevision } from '../revisions';

export type InvitationInput = Cited<Optional<InvitationFormInput, 'note'>>;
export type InvitationEdit = Optional<Cited<InvitationEditInput>, 'note' | 'summary' | 'citations'>;
export type InvitationResolution = Cited<Optional<InvitationResolveInput, 'note' | 'summary'>>;

function describe(stateName: string, acronym: string, status: string, date: string, dateKind: string) {
  return `${stateName} invited to become ${status} of ${acronym} ${dateKind === 'by' ? 'by' : 'on'} ${formatPartialDate(date)}`;
}

/** A second pending invitation of the same state to the same status would say nothing new: cite the first. */
function refusePendingDuplicate(tx: Tx, input: Pick<InvitationInput, 'organizationId' | 'stateId' | 'invitedStatus'>) {
  const pending = tx
    .select({ id: t.invitations.id })
    .from(t.invitations)
    .where(and(eq(t.invitations.organizationId, input.organizationId), eq(t.invitations.stateId, input.stateId), eq(t.invitations.invitedStatus, input.invitedStatus), eq(t.invitations.outcome, 'pending')))
    .get();
  if (pending) {
    throw new MutationError(
      'This invitation is already recorded and still pending. Add your citation to it instead.',
      { invitedStatus: ['A pending invitation of this state to this status is already recorded.'] },
      'duplicate',
      { existingId: pending.id },
    );
  }
}

export function extendInvitation(db: Db, actor: Actor, input: InvitationInput): number {
  return mutate(db, (tx) => insertInvitation(tx, actor, input));
}

/** The invitation inside a transaction another mutation owns (recording from an article). */
export function insertInvitation(tx: Tx, actor: Actor, input: InvitationInput): number {
  {
    const org = requireOrganization(tx, input.organizationId);
    const state = requireState(tx, input.stateId);
    requireAfterFounding(org, input.date);
    refusePendingDuplicate(tx, input);
    if (input.citations.length === 0) throw new MutationError('Cite at least one source.', { 'citations.0.quote': ['Add at least one citation with its quote.'] });
    const id = tx
      .insert(t.invitations)
      .values({ organizationId: org.id, stateId: state.id, invitedStatus: input.invitedStatus, date: input.date, dateKind: input.dateKind, note: input.note ?? null })
      .returning({ id: t.invitations.id })
      .get().id;
    insertCitations(tx, { invitationId: id }, input.citations);
    writeRevision(tx, {
      entityType: 'invitation', entityId: id, action: 'create', before: null, after: takeSnapshot(tx, 'invitation', id),
      organizationId: org.id, stateId: state.id, actor, summary: describe(state.name, org.acronym, input.invitedStatus, input.date, input.dateKind),
    });
    return id;
  }
}

export function updateInvitation(db: Db, actor: Actor, id: number, input: InvitationEdit): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, 'invitation', id, input.version);
    const org = requireOrganization(tx, input.organizationId);
    const state = requireState(tx, input.stateId);
    requireAfterFounding(org, input.date);
    tx.update(t.invitations)
      .set({ organizationId: org.id, stateId: state.id, invitedStatus: input.invitedStatus, date: input.date, dateKind: input.dateKind, note: input.note ?? null, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(t.invitations.id, id))
      .run();
    if (input.citations?.length) insertCitations(tx, { invitationId: id }, input.citations);
    writeRevision(tx, {
      entityType: 'invitation', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'invitation', id),
      organizationId: org.id, stateId: state.id, actor, summary: input.summary || `Corrected: ${describe(state.name, org.acronym, input.invitedStatus, input.date, input.dateKind)}`,
    });
  });
}

/** Ends a pending invitation; an acceptance records the status change it produced and links the two. */
export function resolveInvitation(db: Db, actor: Actor, id: number, input: InvitationResolution): { changeId: number | null } {
  return mutate(db, (tx) => {
    const before = requireVersion(tx, 'invitation', id, input.version);
    if (before.outcome !== 'pending') {
      throw new MutationError('This invitation is already resolved.', { outcome: [`This invitation is already ${String(before.outcome)}; edit it instead.`] });
    }
    const org = requireOrganization(tx, Number(before.organizationId));
    const state = requireState(tx, Number(before.stateId));
    requireAfterFounding(org, input.outcomeDate, 'outcomeDate');
    if (before.dateKind === 'on' && endOfPeriod(input.outcomeDate) < startOfPeriod(String(before.date))) {
      const message = `The outcome cannot come before the invitation (${formatPartialDate(String(before.date))}).`;
      throw new MutationError(message, { outcomeDate: [message] });
    }
    if (input.citations.length === 0) throw new MutationError('Cite at least one source.', { 'citations.0.quote': ['Add at least one citation with its quote.'] });
    let changeId: number | null = null;
    if (input.outcome === 'accepted') {
      changeId = insertStatusChange(tx, actor, {
        organizationId: org.id, stateId: state.id, status: before.invitedStatus as Status, date: input.outcomeDate, dateKind: 'start',
        note: input.note ?? null, citations: input.citations,
      });
    } else {
      insertCitations(tx, { invitationId: id }, input.citations);
    }
    tx.update(t.invitations)
      .set({ outcome: input.outcome, outcomeDate: input.outcomeDate, resultingChangeId: changeId, note: input.note ?? (before.note as string | null), version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(t.invitations.id, id))
      .run();
    writeRevision(tx, {
      entityType: 'invitation', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'invitation', id),
      organizationId: org.id, stateId: state.id, actor,
      summary: input.summary || `${state.name}'s invitation to ${org.acronym}: ${input.outcome} on ${formatPartialDate(input.outcomeDate)}`,
    });
    return { changeId };
  });
}

export function deleteInvitation(db: Db, actor: Actor, id: number, input: { version: number; summary: string }): void {
  deleteFact(db, actor, 'invitation', id, input);
}
