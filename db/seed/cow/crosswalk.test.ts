import { describe, expect, it } from 'vitest';
import { listIsoStates } from '../iso-states';
import { codeFor, codesOf, crosswalk, entryByKey } from './crosswalk';
import { readIgoYears, readStates2016 } from './data';

const isoCodes = new Set(listIsoStates().map((s) => s.code));
const entityCodes = new Set(crosswalk.entities.map((e) => e.code));
const periods = readStates2016();

describe('COW crosswalk', () => {
  it('has one entry per COW state, and every column of the IGO file is one of them', () => {
    const ccodes = [...new Set(periods.map((p) => p.ccode))];
    expect(crosswalk.entries.map((e) => e.ccode).sort((a, b) => a - b)).toEqual(ccodes.sort((a, b) => a - b));
    for (const key of readIgoYears().keys) expect(entryByKey(key), key).toBeDefined();
  });
  it('maps every COW state to an ISO state or to an entity defined in the file', () => {
    for (const entry of crosswalk.entries) {
      for (const code of codesOf(entry)) expect(isoCodes.has(code) || entityCodes.has(code), `${entry.ccode} → ${code}`).toBe(true);
    }
  });
  it('agrees with states2016 on names and keys', () => {
    for (const entry of crosswalk.entries) {
      const p = periods.find((x) => x.ccode === entry.ccode)!;
      expect([entry.stateabb, entry.cowKey, entry.cowName]).toEqual([p.stateabb, p.state, p.statenme]);
    }
  });
  it.each([
    [2, 1990, 'usa'], [255, 1930, 'deu'], [255, 2000, 'deu'], [260, 1970, 'deu'], [265, 1970, 'gdr'], [365, 1950, 'rus'], [365, 2000, 'rus'],
    [345, 1950, 'yugoslavia'], [345, 1991, 'yugoslavia'], [345, 1992, 'srb'], [315, 1980, 'czechoslovakia'], [316, 1993, 'cze'],
    [678, 1980, 'yem'], [680, 1980, 'south-yemen'], [679, 1995, 'yem'], [245, 1850, 'bavaria'], [329, 1850, 'two-sicilies'],
    [713, 2000, 'twn'], [347, 2010, 'kosovo'], [343, 2000, 'mkd'], [490, 2000, 'cod'], [484, 2000, 'cog'], [437, 2000, 'civ'], [990, 2000, 'wsm'],
  ])('COW %i in %i is %s', (ccode, year, code) => {
    expect(codeFor(crosswalk.entries.find((e) => e.ccode === ccode)!, year)).toBe(code);
  });
  it('dates historic entities from states2016 and names successors that exist', () => {
    for (const e of crosswalk.entities) {
      const own = periods.filter((p) => p.ccode === e.ccode);
      expect(e.started, e.code).toBe(own[0]!.start);
      if (e.code !== 'yugoslavia' && e.ended !== null) expect(e.ended, e.code).toBe(own.at(-1)!.end);
      if (e.successor) expect(isoCodes.has(e.successor), e.successor).toBe(true);
    }
    expect(crosswalk.entities.find((e) => e.code === 'gdr')).toMatchObject({ started: '1954-03-25', ended: '1990-10-02', successor: 'deu' });
  });
  it('keeps the COW states that are not ISO states to a short, known list', () => {
    const unmatched = crosswalk.entries.filter((e) => codesOf(e).some((c) => !isoCodes.has(c))).map((e) => e.stateabb);
    expect(unmatched.sort()).toEqual(['AUH', 'BAD', 'BAV', 'CZE', 'GDR', 'HAN', 'HSE', 'HSG', 'KOR', 'KOS', 'MEC', 'MOD', 'PAP', 'PMA', 'RVN', 'SAX', 'SIC', 'TUS', 'WRT', 'YPR', 'YUG', 'ZAN']);
  });
});
