// The SCO's ten members: the six founders of 15 June 2001 and each admission since.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from './compare';
import { expectListAgrees, seededWithOfficialList } from './test-helpers';

let comparison: Comparison;
beforeAll(() => {
  ({ comparison } = seededWithOfficialList('sco.json'));
});

describe('SCO: the record against the SCO’s list', () => {
  it('holds the 10 members, each from the day of its admission', () => {
    expectListAgrees(comparison, { member: 10 });
    expect(comparison.since.get('rus')).toBe('2001-06-15');
    expect(comparison.since.get('ind')).toBe('2017-06-09');
  });
});
