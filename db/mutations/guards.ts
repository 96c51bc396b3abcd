// Checks shared by the mutations: records that must exist, dates after the founding, versions.
import { and, asc, eq } from 'drizzle-orm';
import { endOfPeriod, formatPartialDate, startOfPeriod } from '@/lib/domain/partial-date';
import * as t from '../schema';
import { describeChanges, diffSnapshots } from './diff';
import { MutationError } from './errors';
import { snapshotOf, type EntityType, type Snapshot } from './snapshots';
import type { Tx } from './transaction';

export function requireOrganization(tx: Tx, id: number, field = 'organizationId') {
  const org = tx.select().from(t.organizations).where(eq(t.organizations.id, id)).get();
  if (!org) throw new MutationError('Choose an organization that exists.', { [field]: ['There is no such organization: choose one from the list.'] });
  return org;
}

export function requireState(tx: Tx, id: number, field = 'stateId') {
  const state = tx.select().from(t.states).where(eq(t.states.id, id)).get();
  if (!state) throw new MutationError('Choose a state that exists.', { [field]: ['There is no such state: choose one from the list.'] });
  return state;
}

/** A date wholly before the organization's founding is refused, saying so. */
export function requireAfterFounding(org: t.Organization, date: string, field = 'date') {
  if (org.founded && endOfPeriod(date) < startOfPeriod(org.founded)) {
    const message = `${org.acronym} was founded in ${formatPartialDate(org.founded)}; ${formatPartialDate(date)} is before that.`;
    throw new MutationError(message, { [field]: [message] });
  }
}

/**
 * The record as it is now, if it is still at the version the editor started from. Otherwise a
 * conflict that says what changed since, and nothing is written.
 */
export function requireVersion(tx: Tx, type: EntityType, id: number, expected: number): Snapshot & { version: number } {
  const current = snapshotOf(tx, type, id) as (Snapshot & { version: number }) | null;
  if (!current) throw new MutationError('This record no longer exists; it may have been deleted.', { _form: ['This record no longer exists.'] }, 'not-found');
  if (current.version === expected) return current;
  const later = tx
    .select()
    .from(t.revisions)
    .where(and(eq(t.revisions.entityType, type), eq(t.revisions.entityId, id)))
    .orderBy(asc(t.revisions.id))
    .all();
  const start = later.find((r) => r.before && (JSON.parse(r.before) as Snapshot).version === expected);
  const changes = start ? diffSnapshots(JSON.parse(start.before!) as Snapshot, current) : [];
  const who = later.filter((r) => !start || r.id >= start.id).map((r) => r.authorName);
  const what = changes.length ? ` What changed: ${describeChanges(changes)}.` : '';
  const message = `Someone saved this record after you opened it (by ${[...new Set(who)].join(', ') || 'another editor'}; version ${expected} → ${current.version}).${what} Nothing was overwritten: reload the page to start from the saved version.`;
  throw new MutationError(message, { _form: [message] }, 'conflict', { changes, version: current.version });
}
