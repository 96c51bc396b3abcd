import { describe, expect, it } from 'vitest';
import { claimLabel } from './member-chart';

describe('claimLabel', () => {
  it('sets what a source says beside what the record holds', () => {
    expect(claimLabel({ id: 1, status: 'member', count: 3, date: '2022-04-08', recorded: 2 })).toBe('Source says 3 members on 8 April 2022; record holds 2');
    expect(claimLabel({ id: 2, status: 'suspended', count: 1, date: '2012-08-16', recorded: 1 })).toBe('Source says 1 suspended members on 16 August 2012; record holds 1');
  });
});
