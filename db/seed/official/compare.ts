// Compares the record with an organization's shipped official list, member by member, on the list's
// day: who holds which status, and the start of each current spell. Used by the official-list tests.
import { eq } from 'drizzle-orm';
import { holdingsOn, sortChanges } from '@/lib/domain/status-history';
import { hasStartedBy } from '@/lib/domain/partial-date';
import { countsAsMember, type HeldStatus } from '@/lib/domain/statuses';
import type { Db } from '../../client';
import { listStatusChanges, type ChangeRow } from '../../queries/organizations';
import * as t from '../../schema';
import type { OfficialFile } from './schema';

export type Comparison = {
  /** Holders of each status in the record on the list's day (suspended members count as members). */
  record: Partial<Record<HeldStatus, number>>;
  official: Partial<Record<HeldStatus, number>>;
  /** Every way the record differs from the list that no note on the list explains. */
  differences: string[];
  /** The record's start of each listed state's current spell. */
  since: Map<string, string>;
};

const bucket = (status: HeldStatus): HeldStatus => (countsAsMember(status) ? 'member' : status);

/**
 * The start of the current membership: a suspension and the reinstatement that follows it do not
 * begin a new one (the AU counts a suspended member among its members), so walk back over them.
 */
function runStart(changes: ChangeRow[], stateId: number, since: ChangeRow, asOf: string): string {
  const own = sortChanges(changes.filter((c) => c.stateId === stateId && hasStartedBy(c.date, asOf)));
  let i = own.findIndex((c) => c.id === since.id);
  if (!countsAsMember(since.status)) return since.date;
  while (i > 0 && countsAsMember(own[i - 1]!.status)) i--;
  return own[i]!.date;
}

export function compareWithOfficialList(db: Db, file: OfficialFile): Comparison {
  const org = db.select().from(t.organizations).where(eq(t.organizations.slug, file.organization.slug)).get();
  if (!org) throw new Error(`no organization ${file.organization.slug}`);
  const changes = listStatusChanges(db, org.id);
  const codeOf = new Map(changes.map((c) => [c.stateId, c.state.code]));
  const holdings = new Map(holdingsOn(changes, file.asOf, org.dissolved).map((h) => [codeOf.get(h.stateId)!, h]));
  const listed = new Set(file.members.map((m) => m.state));
  const statuses = new Set<HeldStatus>(file.members.map((m) => bucket(m.status)));
  const record: Comparison['record'] = {};
  const official: Comparison['official'] = {};
  const differences: string[] = [];
  const since = new Map<string, string>();
  for (const m of file.members) official[bucket(m.status)] = (official[bucket(m.status)] ?? 0) + 1;
  for (const [code, h] of holdings) {
    if (!statuses.has(bucket(h.status))) continue;
    record[bucket(h.status)] = (record[bucket(h.status)] ?? 0) + 1;
    if (!listed.has(code)) differences.push(`${code}: ${h.status} since ${h.since.date} in the record, not on the list`);
  }
  for (const m of file.members) {
    const h = holdings.get(m.state);
    if (!h || bucket(h.status) !== bucket(m.status)) {
      differences.push(`${m.state}: ${m.status} on the list, ${h ? `${h.status} since ${h.since.date}` : 'nothing'} in the record`);
      continue;
    }
    const start = runStart(changes, h.stateId, h.since, file.asOf);
    since.set(m.state, start);
    // A start the record knows more precisely than the list ("2005-06-30" for "2005") agrees with it.
    if (m.date !== null && m.compareStart && start !== m.date && !start.startsWith(`${m.date}-`)) {
      differences.push(`${m.state}: ${m.status} since ${m.date} on the list, since ${start} in the record`);
    }
  }
  return { record, official, differences, since };
}
