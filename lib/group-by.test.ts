import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('groups by key in the order the keys first appear, each group in the items’ order', () => {
    const grouped = groupBy([{ k: 2, v: 'a' }, { k: 1, v: 'b' }, { k: 2, v: 'c' }], (x) => x.k);
    expect([...grouped.keys()]).toEqual([2, 1]);
    expect(grouped.get(2)!.map((x) => x.v)).toEqual(['a', 'c']);
    expect(grouped.get(1)!.map((x) => x.v)).toEqual(['b']);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], () => 0).size).toBe(0);
  });
});
