// ASEAN from 8 August 1967: nobody is a member before the founders signed the Bangkok Declaration.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdingsOn } from '@/lib/domain/status-history';
import type { Db } from '../../client';
import { listStatusChanges } from '../../queries/organizations';
import * as t from '../../schema';
import type { Comparison } from './compare';
import { citationsOf, expectListAgrees, seededWithOfficialList } from './test-helpers';

let db: Db;
let comparison: Comparison;
beforeAll(() => {
  ({ db, comparison } = seededWithOfficialList('asean.json'));
});

describe('ASEAN: the record against ASEAN’s list', () => {
  it('holds the 11 members, each from the day ASEAN gives', () => {
    expectListAgrees(comparison, { member: 11 });
    expect(comparison.since.get('idn')).toBe('1967-08-08');
    expect(comparison.since.get('khm')).toBe('1999-04-30');
  });
  it('has no member before 8 August 1967, and the founding day on the organization', () => {
    const org = db.select().from(t.organizations).where(eq(t.organizations.slug, 'asean')).get()!;
    expect(org.founded).toBe('1967-08-08');
    const changes = listStatusChanges(db, org.id);
    expect(holdingsOn(changes, '1967-06-01', org.dissolved)).toEqual([]);
    expect(holdingsOn(changes, '1967-08-08', org.dissolved)).toHaveLength(5);
  });
  it('keeps a source that gives another day for Brunei as a disagreeing citation', () => {
    expect(citationsOf(db, 'asean', 'brn', '1984-01-07').map((c) => c.givenDate)).toContain('1984-01-08');
  });
});
