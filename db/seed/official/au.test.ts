// The African Union's 55 members: the 53 founders of 9 July 2002, South Sudan and Morocco.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../client';
import type { Comparison } from './compare';
import { citationsOf, expectListAgrees, seededWithOfficialList } from './test-helpers';

let db: Db;
let comparison: Comparison;
beforeAll(() => {
  ({ db, comparison } = seededWithOfficialList('au.json'));
});

describe('AU: the record against the AU’s list', () => {
  it('holds 55 members, suspended ones among them, the founders from 9 July 2002', () => {
    expectListAgrees(comparison, { member: 55 });
    expect(comparison.since.get('eth')).toBe('2002-07-09');
    expect(comparison.since.get('gin')).toBe('2002-07-09');
  });
  it('keeps the day the AU gives for Morocco’s deposit as a citation on its admission', () => {
    expect(citationsOf(db, 'au', 'mar', '2017-01-30').map((c) => c.givenDate)).toContain('2017-01-31');
  });
});
