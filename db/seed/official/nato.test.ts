// NATO as NATO and its depositary date it: founders on 4 April 1949, others on the deposit of accession.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from './compare';
import { expectListAgrees, seededWithOfficialList } from './test-helpers';

let comparison: Comparison;
beforeAll(() => {
  ({ comparison } = seededWithOfficialList('nato.json'));
});

describe('NATO: the record against NATO’s list', () => {
  it('holds the 32 Allies, each from the day of its accession', () => {
    expectListAgrees(comparison, { member: 32 });
  });
  it('dates the founders to the signature and Germany to 6 May 1955', () => {
    expect(comparison.since.get('usa')).toBe('1949-04-04');
    expect(comparison.since.get('deu')).toBe('1955-05-06');
    expect(comparison.since.get('pol')).toBe('1999-03-12');
    expect(comparison.since.get('esp')).toBe('1982');
  });
});
