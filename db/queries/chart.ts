// Reads and series behind an organization's map and member-count chart.
import { eq } from 'drizzle-orm';
import { memberCountSeries } from '@/lib/domain/member-count-series';
import { holdingsOn } from '@/lib/domain/status-history';
import { comparePartialDates, hasStartedBy, startOfPeriod } from '@/lib/domain/partial-date';
import type { HeldStatus } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { listCountClaims, listStatusChanges } from './organizations';

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
  };
}
