// The version check of every edit: the record must still be as the editor found it.
import { and, asc, eq } from 'drizzle-orm';
import { MutationError } from '../errors';
import * as t from '../schema';
import { describeChanges, diffSnapshots } from './diff';
import type { RecordKind } from './registry';
import { readSnapshot, takeSnapshot, type Snapshot } from './snapshots';
import type { Tx } from './write';

/**
 * The record as it is now, if it is still at the version the editor started from. Otherwise a
 * conflict that says what changed since, and nothing is written.
 */
export function requireVersion<K extends RecordKind>(tx: Tx, kind: K, id: number, expected: number): Snapshot<K> {
  const current = takeSnapshot(tx, kind, id);
  if (!current) throw new MutationError('This record no longer exists; it may have been deleted.', { _form: ['This record no longer exists.'] }, 'not-found');
  if (current.version === expected) return current;
  const later = tx
    .select()
    .from(t.revisions)
    .where(and(eq(t.revisions.entityType, kind), eq(t.revisions.entityId, id)))
    .orderBy(asc(t.revisions.id))
    .all()
    .map((r) => ({ ...r, snapshot: readSnapshot(kind, r.before) }));
  const start = later.find((r) => r.snapshot?.version === expected);
  const changes = start ? diffSnapshots(kind, start.snapshot, current) : [];
  const who = later.filter((r) => !start || r.id >= start.id).map((r) => r.authorName);
  const what = changes.length ? ` What changed: ${describeChanges(changes)}.` : '';
  const message = `Someone saved this record after you opened it (by ${[...new Set(who)].join(', ') || 'another editor'}; version ${expected} → ${current.version}).${what} Nothing was overwritten: reload the page to start from the saved version.`;
  throw new MutationError(message, { _form: [message] }, 'conflict', { changes, version: current.version });
}
