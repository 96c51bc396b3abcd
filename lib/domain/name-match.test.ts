import { describe, expect, it } from 'vitest';
import { bestRank, foldText, rankCode, rankName } from './name-match';

describe('name matching', () => {
  it('ignores case and accents', () => {
    expect(foldText('  Türkiye ')).toBe('turkiye');
    expect(rankName('turkiye', 'Türkiye')).toBe(0);
    expect(rankName('Cote', "Côte d'Ivoire")).toBe(1);
    expect(rankName('ivoire', "Côte d'Ivoire")).toBe(2);
    expect(rankName('voir', "Côte d'Ivoire")).toBe(3);
    expect(rankName('xyz', "Côte d'Ivoire")).toBeNull();
  });

  it('matches a code only whole, and keeps the closest rank', () => {
    expect(rankCode('RUS', 'rus')).toBe(0);
    expect(rankCode('ru', 'rus')).toBeNull();
    expect(rankCode('rus', null)).toBeNull();
    expect(bestRank(null, 3, 1)).toBe(1);
    expect(bestRank(null, null)).toBeNull();
  });
});
