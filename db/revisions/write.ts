// Every write runs in one transaction and leaves one revision row: who changed what, before and after.
import type { Db } from '../client';
import * as t from '../schema';
import type { RecordKind } from './registry';
import type { Snapshot } from './snapshots';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who makes a change: a signed-in user, or a named process (the seed, an import). */
export type Actor = { id: string | null; name: string };

/**
 * Runs one mutation: synchronous, BEGIN IMMEDIATE (a deferred read-then-write transaction fails
 * with SQLITE_BUSY under concurrency), all or nothing.
 */
export function mutate<T>(db: Db, work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: 'immediate' });
}

export type RevisionInput<K extends RecordKind> = {
  entityType: K;
  entityId: number;
  action: Exclude<t.Revision['action'], 'import'>;
  /** The record before the change (null: it did not exist) and after it (null: it is gone). */
  before: Snapshot<K> | null;
  after: Snapshot<K> | null;
  organizationId?: number | null;
  stateId?: number | null;
  actor: Actor;
  summary: string;
  revertsId?: number | null;
};

/** Writes the revision row of a mutation, inside its transaction. */
export function writeRevision<K extends RecordKind>(tx: Tx, r: RevisionInput<K>): number {
  return tx
    .insert(t.revisions)
    .values({
      entityType: r.entityType,
      entityId: r.entityId,
      action: r.action,
      before: r.before === null ? null : JSON.stringify(r.before),
      after: r.after === null ? null : JSON.stringify(r.after),
      organizationId: r.organizationId ?? null,
      stateId: r.stateId ?? null,
      authorId: r.actor.id,
      authorName: r.actor.name,
      summary: r.summary,
      revertsId: r.revertsId ?? null,
    })
    .returning({ id: t.revisions.id })
    .get().id;
}
