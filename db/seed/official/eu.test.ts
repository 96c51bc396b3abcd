// The EU from 1 November 1993 with its twelve Member States, then each enlargement to the day.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../client';
import type { Comparison } from './compare';
import { citationsOf, expectListAgrees, seededWithOfficialList } from './test-helpers';

let db: Db;
let comparison: Comparison;
beforeAll(() => {
  ({ db, comparison } = seededWithOfficialList('eu.json'));
});

describe('EU: the record against the EU’s list', () => {
  it('holds the 27 Member States, each from the day of its accession', () => {
    expectListAgrees(comparison, { member: 27 });
    expect(comparison.since.get('fra')).toBe('1993-11-01');
    expect(comparison.since.get('hrv')).toBe('2013-07-01');
    expect(comparison.since.has('gbr')).toBe(false);
  });
  it('ends the United Kingdom’s membership on 31 January 2020, with the COW year as a citation on its start', () => {
    expect(citationsOf(db, 'eu', 'gbr', '2020-01-31').some((c) => c.quote?.includes('1st of February 2020'))).toBe(true);
    expect(citationsOf(db, 'eu', 'gbr', '1993').length).toBe(0);
  });
});
