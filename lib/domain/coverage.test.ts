import { describe, expect, it } from 'vitest';
import { coverageGap, coverageSentence } from './coverage';

describe('coverageGap', () => {
  it('names the latest member claim the record falls short of', () => {
    const gap = coverageGap([
      { status: 'member', count: 50, date: '2000', recorded: 10 },
      { status: 'member', count: 54, date: '2022-04-08', recorded: 4 },
      { status: 'observer', count: 3, date: '2023', recorded: 1 },
    ]);
    expect(gap).toEqual({ status: 'member', reported: 54, recorded: 4, date: '2022-04-08' });
    expect(coverageSentence(gap!)).toBe('The record holds 4 of the 54 members sources report (8 April 2022)');
  });

  it('is null when every claim is met', () => {
    expect(coverageGap([{ status: 'member', count: 57, date: '2020', recorded: 57 }])).toBeNull();
    expect(coverageGap([])).toBeNull();
  });

  it('is null when a later claim of the same status is met', () => {
    expect(coverageGap([
      { status: 'member', count: 54, date: '2010', recorded: 40 },
      { status: 'member', count: 57, date: '2020', recorded: 57 },
    ])).toBeNull();
  });

  it('falls back to another status when members are complete', () => {
    const gap = coverageGap([{ status: 'observer', count: 1, date: '2020', recorded: 0 }]);
    expect(coverageSentence(gap!)).toBe('The record holds 0 of the 1 observer sources report (2020)');
  });
});
