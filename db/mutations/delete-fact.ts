import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { MutationError } from './errors';
import { requireVersion } from './guards';
import { mutate, writeRevision, type Actor, type Tx } from './transaction';

const FACT_TABLES = { statusChange: t.statusChanges, invitation: t.invitations, countClaim: t.countClaims };

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
export function deleteFact(db: Db, actor: Actor, type: keyof typeof FACT_TABLES, id: number, input: { version: number; summary: string }): void {
  const table = FACT_TABLES[type];
  mutate(db, (tx) => {
    const before = requireVersion(tx, type, id, input.version);
    if (type === 'statusChange') refuseIfAcceptedInvitation(tx, id);
    tx.delete(table).where(eq(table.id, id)).run();
    writeRevision(tx, {
      entityType: type, entityId: id, action: 'delete', before, after: null,
      organizationId: Number(before.organizationId), stateId: before.stateId == null ? null : Number(before.stateId),
      actor, summary: `Deleted: ${input.summary}`,
    });
  });
}
