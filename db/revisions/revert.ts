// Reverting a revision writes a new revision that puts the record back as it was before it.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../client';
import { MutationError } from '../errors';
import * as t from '../schema';
import { isRecordKind, RECORD_KINDS } from './registry';
import { readSnapshot, restoreSnapshot, takeSnapshot } from './snapshots';
import { mutate, writeRevision, type Actor } from './write';

function refuse(message: string, kind: MutationError['kind'] = 'invalid', details: Record<string, unknown> = {}): never {
  throw new MutationError(message, { _form: [message] }, kind, details);
}

export function revertRevision(db: Db, actor: Actor, revisionId: number, summary?: string | null): number {
  return mutate(db, (tx) => {
    const revision = tx.select().from(t.revisions).where(eq(t.revisions.id, revisionId)).get();
    if (!revision) refuse('There is no such revision.', 'not-found');
    const kind = revision.entityType;
    if (!isRecordKind(kind)) refuse('An import is not reverted from here.');
    const later = tx
      .select()
      .from(t.revisions)
      .where(and(eq(t.revisions.entityType, kind), eq(t.revisions.entityId, revision.entityId), gt(t.revisions.id, revision.id)))
      .orderBy(asc(t.revisions.id))
      .get();
    if (later) {
      refuse(`Revision #${later.id} (“${later.summary}”, by ${later.authorName}) changed this record afterwards and depends on this one; revert it first.`, 'conflict', { laterId: later.id });
    }
    const target = readSnapshot(kind, revision.before);
    const current = takeSnapshot(tx, kind, revision.entityId);
    if (target === null) {
      const blocker = RECORD_KINDS[kind].dependents(tx, revision.entityId);
      if (blocker) refuse(`This revision cannot be reverted yet: ${blocker}`, 'conflict');
    }
    try {
      restoreSnapshot(tx, kind, revision.entityId, target, current ? current.version : null);
    } catch (error) {
      if (error instanceof Error && /UNIQUE|FOREIGN KEY|CHECK/.test(error.message)) {
        refuse('Restoring this record would clash with another one recorded since (the same change twice, a taken slug or code, or a source no longer there). Edit the records instead.', 'conflict');
      }
      throw error;
    }
    const after = takeSnapshot(tx, kind, revision.entityId);
    const ref = after ?? current;
    return writeRevision(tx, {
      entityType: kind, entityId: revision.entityId, action: 'revert', before: current, after,
      organizationId: revision.organizationId ?? (ref && 'organizationId' in ref ? ref.organizationId : null),
      stateId: revision.stateId ?? (ref && 'stateId' in ref ? ref.stateId : null),
      actor, summary: summary || `Reverted #${revision.id}: ${revision.summary}`, revertsId: revision.id,
    });
  });
}
