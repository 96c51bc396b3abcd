// Reads and series behind an organization's map and member-count chart.
import { asc, eq } from 'drizzle-orm';
import { countsOn, holdingsOn } from '@/lib/domain/status-history';
import { comparePartialDates, hasStartedBy, startOfPeriod, type PartialDate } from '@/lib/domain/partial-date';
import type { HeldStatus } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { listCountClaims, listStatusChanges, type ChangeRow } from './organizations';

/** `date`: the day as precisely as the record knows it ("2001" for a change known to the year). */
export type CountPoint = { day: string; date: PartialDate; member: number; suspended: number; observer: number; other: number };

/**
 * Counts at the founding, at each day a change takes effect, and on the last day: enough to
 * draw the exact steps. `member` includes suspended members, as the organizations count them.
 */
export function memberCountSeries(changes: readonly ChangeRow[], from: string, to: string, dissolved?: PartialDate | null): CountPoint[] {
  const days = new Map<string, PartialDate>([[from, from], [to, to]]);
  // The coarsest date that starts on a day names it: precision is never invented.
  for (const date of [...changes.map((c) => c.date), ...(dissolved ? [dissolved] : [])]) {
    const day = startOfPeriod(date);
    const known = days.get(day);
    if (!known || date.length < known.length) days.set(day, date);
  }
  return [...days.entries()]
    .filter(([d]) => d >= from && d <= to)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, date]) => {
      const c = countsOn(changes, day, dissolved);
      return { day, date, member: c.member, suspended: c.suspended, observer: c.observer, other: c.associate + c.partner + c.applicant };
    });
}

export type MapHolding = { code: string; name: string; iso3: string | null; status: HeldStatus };

/** What the map and the chart of one organization need, on a day. */
export function getOrganizationPictures(db: Db, organizationId: number, day: string, today: string) {
  const org = db.select().from(t.organizations).where(eq(t.organizations.id, organizationId)).get();
  if (!org) return null;
  const changes = listStatusChanges(db, organizationId);
  const dissolvedBy = !!org.dissolved && hasStartedBy(org.dissolved, day);
  const holdings: MapHolding[] = (dissolvedBy ? [] : holdingsOn(changes, day, { founded: org.founded }))
    .map((h) => ({ code: h.since.state.code, name: h.since.state.name, iso3: h.since.state.iso3, status: h.status }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const firstChange = changes.map((c) => c.date).sort(comparePartialDates)[0];
  const from = [org.founded, firstChange].filter((d): d is string => !!d).sort(comparePartialDates)[0] ?? today;
  const end = org.dissolved && startOfPeriod(org.dissolved) < today ? startOfPeriod(org.dissolved) : today;
  return {
    org,
    holdings,
    dissolvedBy,
    series: memberCountSeries(changes, startOfPeriod(from), end, org.dissolved),
    claims: listCountClaims(db, organizationId).map((c) => ({ id: c.id, status: c.status, count: c.count, date: c.date, recorded: c.recorded })),
    stateNames: new Map(db.select({ code: t.states.code, name: t.states.name }).from(t.states).orderBy(asc(t.states.code)).all().map((s) => [s.code, s.name])),
  };
}
