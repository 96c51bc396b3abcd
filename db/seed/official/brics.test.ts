// BRICS: the four of 2009, South Africa, the four admitted with effect from 1 January 2024, Indonesia.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from './compare';
import { expectListAgrees, seededWithOfficialList } from './test-helpers';

let comparison: Comparison;
beforeAll(() => {
  ({ comparison } = seededWithOfficialList('brics.json'));
});

describe('BRICS: the record against the announced membership', () => {
  it('holds the 10 members, the 2024 entrants from 1 January 2024', () => {
    expectListAgrees(comparison, { member: 10 });
    expect(comparison.since.get('eth')).toBe('2024-01-01');
    expect(comparison.since.get('bra')).toBe('2009');
  });
});
