import { describe, expect, it } from 'vitest';
import { ceasedYear, deriveCowChanges, parseCowCell, statusMatchesCode, strongerCode, type CowCode } from './cow-codes';

const cells = (from: number, codes: CowCode[]) => codes.map((code, i) => ({ year: from + i, code }));
const summary = (codes: CowCode[], from = 1990) => deriveCowChanges(cells(from, codes)).map((c) => `${c.year} ${c.status}`);

describe('deriveCowChanges', () => {
  it('dates a membership the year it is first coded', () => {
    expect(summary([0, 0, 1, 1, 1])).toEqual(['1992 member']);
  });
  it('does not read a gap of missing years as a withdrawal', () => {
    expect(summary([1, -9, -9, 1, 1])).toEqual(['1990 member']);
  });
  it('ends a status while the state is out of the system (-1) and brings it back only where it is coded again', () => {
    expect(summary([1, null, null, 1])).toEqual(['1990 member', '1991 withdrawn', '1993 member']);
    expect(summary([1, null, -9, 0, 1])).toEqual(['1990 member', '1991 withdrawn', '1994 member']);
    expect(deriveCowChanges(cells(1990, [1, null])).map((c) => c.outOfSystem)).toEqual([undefined, true]);
  });
  it('reads -1 and 0 before any held status as nothing', () => {
    expect(summary([null, 0, null, 3])).toEqual(['1993 observer']);
  });
  it('reads 0 after a held status as a withdrawal', () => {
    expect(summary([1, 1, 0, 0, 1])).toEqual(['1990 member', '1992 withdrawn', '1994 member']);
  });
  it('reads 0 after a gap after a held status as a withdrawal in the year of the 0', () => {
    expect(summary([1, -9, 0])).toEqual(['1990 member', '1992 withdrawn']);
  });
  it('follows 1 → 2 → 3 as three changes', () => {
    expect(summary([1, 2, 2, 3])).toEqual(['1990 member', '1991 associate', '1993 observer']);
  });
  it('makes no change from -9, empty or 0 alone', () => {
    expect(summary([-9, -9, null, 0, 0])).toEqual([]);
  });
  it('sorts cells by year first', () => {
    expect(deriveCowChanges([{ year: 2001, code: 0 }, { year: 2000, code: 1 }]).map((c) => c.status)).toEqual(['member', 'withdrawn']);
  });
  it('keeps the cell a change comes from', () => {
    expect(deriveCowChanges([{ year: 1970, code: 3, ref: 'row 7' }])[0]?.ref).toBe('row 7');
  });
});

describe('ceasedYear', () => {
  it('ends a held status in the first uncoded year from the state’s end on', () => {
    expect(ceasedYear(cells(1988, [1, 1, null, null]), 1990)?.year).toBe(1990);
    expect(ceasedYear(cells(1988, [1, 1, 1, null]), 1990)?.year).toBe(1991);
  });
  it('ignores an earlier spell out of the system', () => {
    expect(ceasedYear(cells(1938, [1, null, null, -9, -9, null]), 1942)?.year).toBe(1943);
  });
  it('ends nothing when the state had already left', () => {
    expect(ceasedYear(cells(1988, [1, 0, null]), 1990)).toBeNull();
    expect(ceasedYear(cells(1988, [-9, 0, null]), 1990)).toBeNull();
  });
});

describe('codes', () => {
  it('parses the codes and reads empty cells as not in the system', () => {
    expect(['0', '1', '2', '3', '-9', '', '-1'].map(parseCowCell)).toEqual([0, 1, 2, 3, -9, null, null]);
    expect(() => parseCowCell('4')).toThrow();
  });
  it('matches 1 with member or suspended, 2 with associate, 3 with observer', () => {
    expect(statusMatchesCode('suspended', 1)).toBe(true);
    expect(statusMatchesCode('member', 1)).toBe(true);
    expect(statusMatchesCode('associate', 1)).toBe(false);
    expect(statusMatchesCode('associate', 2)).toBe(true);
    expect(statusMatchesCode('observer', 3)).toBe(true);
    expect(statusMatchesCode('member', 3)).toBe(false);
  });
  it('reads two columns for one state by the strongest code', () => {
    expect(strongerCode(null, 1)).toBe(1);
    expect(strongerCode(0, -9)).toBe(0);
    expect(strongerCode(3, 1)).toBe(1);
    expect(strongerCode(-9, null)).toBe(-9);
  });
});
