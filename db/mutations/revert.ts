// Reverting a revision writes a new revision that puts the record back as it was before it.
import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { MutationError } from './errors';
import { restoreSnapshot, snapshotOf, type EntityType, type Snapshot } from './snapshots';
import { mutate, writeRevision, type Actor, type Tx } from './transaction';

function refuse(message: string, kind: MutationError['kind'] = 'invalid', details: Record<string, unknown> = {}): never {
  throw new MutationError(message, { _form: [message] }, kind, details);
}

/** Records that would lose their footing if this record disappeared. */
function dependents(tx: Tx, type: EntityType, id: number): string | null {
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  if (type === 'organization') {
    const facts = n(tx.select({ n: count() }).from(t.statusChanges).where(eq(t.statusChanges.organizationId, id)).get())
      + n(tx.select({ n: count() }).from(t.invitations).where(eq(t.invitations.organizationId, id)).get())
      + n(tx.select({ n: count() }).from(t.countClaims).where(eq(t.countClaims.organizationId, id)).get());
    return facts ? `${facts} recorded fact${facts === 1 ? '' : 's'} belong to this organization; revert or delete them first.` : null;
  }
  if (type === 'state') {
    const facts = n(tx.select({ n: count() }).from(t.statusChanges).where(eq(t.statusChanges.stateId, id)).get())
      + n(tx.select({ n: count() }).from(t.invitations).where(eq(t.invitations.stateId, id)).get());
    return facts ? `${facts} recorded fact${facts === 1 ? '' : 's'} concern this state; revert or delete them first.` : null;
  }
  if (type === 'source') {
    const cited = n(tx.select({ n: count() }).from(t.citations).where(eq(t.citations.sourceId, id)).get());
    return cited ? `${cited} citation${cited === 1 ? '' : 's'} use this source; revert them first.` : null;
  }
  if (type === 'statusChange') {
    const invitation = tx.select({ id: t.invitations.id }).from(t.invitations).where(eq(t.invitations.resultingChangeId, id)).get();
    return invitation ? `Invitation #${invitation.id} was accepted with this change; revert that acceptance first.` : null;
  }
  return null;
}

export function revertRevision(db: Db, actor: Actor, revisionId: number, summary?: string | null): number {
  return mutate(db, (tx) => {
    const revision = tx.select().from(t.revisions).where(eq(t.revisions.id, revisionId)).get();
    if (!revision) refuse('There is no such revision.', 'not-found');
    if (revision.entityType === 'import') refuse('An import is not reverted from here.');
    const type = revision.entityType as EntityType;
    const later = tx
      .select()
      .from(t.revisions)
      .where(and(eq(t.revisions.entityType, type), eq(t.revisions.entityId, revision.entityId), gt(t.revisions.id, revision.id)))
      .orderBy(asc(t.revisions.id))
      .get();
    if (later) {
      refuse(`Revision #${later.id} (“${later.summary}”, by ${later.authorName}) changed this record afterwards and depends on this one; revert it first.`, 'conflict', { laterId: later.id });
    }
    const target = revision.before ? (JSON.parse(revision.before) as Snapshot) : null;
    const current = snapshotOf(tx, type, revision.entityId);
    if (target === null) {
      const blocker = dependents(tx, type, revision.entityId);
      if (blocker) refuse(`This revision cannot be reverted yet: ${blocker}`, 'conflict');
    }
    try {
      restoreSnapshot(tx, type, revision.entityId, target, current ? Number(current.version) : null);
    } catch (error) {
      if (error instanceof Error && /UNIQUE|FOREIGN KEY|CHECK/.test(error.message)) {
        refuse('Restoring this record would clash with another one recorded since (the same change twice, a taken slug or code, or a source no longer there). Edit the records instead.', 'conflict');
      }
      throw error;
    }
    const after = snapshotOf(tx, type, revision.entityId);
    const ref = (after ?? current ?? {}) as Snapshot;
    return writeRevision(tx, {
      entityType: type, entityId: revision.entityId, action: 'revert', before: current, after,
      organizationId: revision.organizationId ?? (ref.organizationId as number | undefined) ?? null,
      stateId: revision.stateId ?? (ref.stateId as number | undefined) ?? null,
      actor, summary: summary || `Reverted #${revision.id}: ${revision.summary}`, revertsId: revision.id,
    });
  });
}
