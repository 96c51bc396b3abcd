// The Arab League's 22 members from the year the League gives; Egypt's suspension and readmission.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../client';
import type { Comparison } from './compare';
import { citationsOf, expectListAgrees, seededWithOfficialList } from './test-helpers';

let db: Db;
let comparison: Comparison;
beforeAll(() => {
  ({ db, comparison } = seededWithOfficialList('las.json'));
});

describe('Arab League: the record against the League’s list', () => {
  it('holds the 22 members, each from the year the League gives', () => {
    expectListAgrees(comparison, { member: 22 });
    expect(comparison.since.get('egy')).toBe('1945');
    expect(comparison.since.get('pse')).toMatch(/^1976/);
  });
  it('records Egypt’s suspension and readmission as two changes', () => {
    expect(citationsOf(db, 'las', 'egy', '1979').map((c) => c.quote)).toContain('Egypt was expelled from the League in 1979 (1399/1400 AH), following its bi-lateral peace agreement with Israel (the Camp David Accords).');
    expect(citationsOf(db, 'las', 'egy', '1989')).toHaveLength(2);
  });
});
