// The OIC's 57 members and 5 observers, each from the year the published table gives (it gives years only).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from './compare';
import { expectListAgrees, seededWithOfficialList } from './test-helpers';

let comparison: Comparison;
beforeAll(() => {
  ({ comparison } = seededWithOfficialList('oic.json'));
});

describe('OIC: the record against the published table', () => {
  it('holds 57 members (the suspended among them) and 5 observers, each from the listed year', () => {
    expectListAgrees(comparison, { member: 57, observer: 5 });
  });
  it('does not restart a membership after a suspension', () => {
    expect(comparison.since.get('egy')).toBe('1969');
    expect(comparison.since.get('syr')).toBe('1972');
  });
});
