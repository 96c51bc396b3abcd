// Deleting a fact: its citations go with it; the revision keeps it for revert.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { MutationError } from '../errors';
import * as t from '../schema';
import { requireVersion } from './guard';
import type { FactKind } from './registry';
import { deleteRecord } from './snapshots';
import { mutate, writeRevision, type Actor, type Tx } from './write';

/**
 * An accepted invitation points at the status change it produced; deleting that change would
 * silently unlink the invitation (the link is set to null, with no revision to revert). Refused,
 * as revert refuses the same thing.
 */
function refuseIfAcceptedInvitation(tx: Tx, changeId: number): void {
  const row = tx
    .select({ id: t.invitations.id, invitedStatus: t.invitations.invitedStatus, state: t.states.name, org: t.organizations.acronym })
    .from(t.invitations)
    .innerJoin(t.states, eq(t.states.id, t.invitations.stateId))
    .innerJoin(t.organizations, eq(t.organizations.id, t.invitations.organizationId))
    .where(eq(t.invitations.resultingChangeId, changeId))
    .get();
  if (!row) return;
  const message = `This status change cannot be deleted: invitation #${row.id} (${row.org} invited ${row.state} to become ${row.invitedStatus}) was accepted with it. Revert that acceptance or delete the invitation first, then delete this change.`;
  throw new MutationError(message, { _form: [message] }, 'conflict', { invitationId: row.id });
}

/** Deletes a status change, invitation or count claim (its citations go with it); the revision keeps it for revert. */
export function deleteFact(db: Db, actor: Actor, kind: FactKind, id: number, input: { version: number; summary: string }): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, kind, id, input.version);
    if (kind === 'statusChange') refuseIfAcceptedInvitation(tx, id);
    deleteRecord(tx, kind, id);
    writeRevision(tx, {
      entityType: kind, entityId: id, action: 'delete', before, after: null,
      organizationId: before.organizationId, stateId: 'stateId' in before ? before.stateId : null,
      actor, summary: `Deleted: ${input.summary}`,
    });
  });
}
