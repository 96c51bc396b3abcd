// Imprecise dates told honestly: inside the period of a change known only to its year or month the
// status is uncertain; nothing holds a status outside the organization's life.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyArbitraries } from './testing/history-arbitraries';
import { certaintyOn, countRangesOn, countsOn, countsUnder, effectivePeriod, holdingOn, holdingsOn, statusOn, type ChangeLike } from './status-history';
import { endOfPeriod, startOfPeriod } from './partial-date';
import { HELD_STATUSES, type Status } from './statuses';

let nextId = 1;
const change = (stateId: number, status: Status, date: string): ChangeLike => ({ id: nextId++, stateId, status, date });

describe('a change known only to its year', () => {
  const joined = [change(1, 'member', '1999')];

  it('is uncertain on any day of that year but its last, and certain after', () => {
    expect(holdingOn(joined, '1998-12-31')).toBeNull();
    expect(holdingOn(joined, '1999-01-01')).toMatchObject({ status: 'member', certain: false, possible: ['none', 'member'] });
    expect(holdingOn(joined, '1999-06-15')?.certain).toBe(false);
    expect(holdingOn(joined, '1999-12-31')).toMatchObject({ certain: true, possible: ['member'] });
    expect(holdingOn(joined, '2000-01-01')?.certain).toBe(true);
  });

  it('makes counts ranges: 10 or 11 members', () => {
    const ten = Array.from({ length: 10 }, (_, i) => change(100 + i, 'member', '1990-05-01'));
    const history = [...ten, change(200, 'member', '1999')];
    expect(countRangesOn(history, '1999-06-01').member).toEqual({ min: 10, max: 11 });
    expect(countRangesOn(history, '2000-06-01').member).toEqual({ min: 11, max: 11 });
    expect(countsOn(history, '1999-06-01').member).toBe(11);
  });

  it('leaves a suspension inside its month uncertain between member and suspended', () => {
    const egypt = [change(2, 'member', '1969'), change(2, 'suspended', '1979-05')];
    expect(certaintyOn(egypt, '1979-05-10').possible).toEqual(['member', 'suspended']);
    expect(countRangesOn(egypt, '1979-05-10').member).toEqual({ min: 1, max: 1 });
    expect(countRangesOn(egypt, '1979-05-10').suspended).toEqual({ min: 0, max: 1 });
  });

  it('a withdrawal known to the month leaves the state possibly still holding', () => {
    const zanzibar = [change(3, 'member', '1993-05-01'), change(3, 'withdrawn', '1993-08')];
    expect(statusOn(zanzibar, '1993-08-10')).toBeNull();
    expect(certaintyOn(zanzibar, '1993-08-10').possible).toEqual(['member', 'none']);
    expect(countRangesOn(zanzibar, '1993-08-10').member).toEqual({ min: 0, max: 1 });
  });
});

describe("the organization's life bounds every status", () => {
  const asean = { founded: '1967-08-08' };
  const founders = [1, 2, 3, 4, 5].map((id) => change(id, 'member', '1967'));

  it('gives no member before the founding day, even for a change dated to the founding year', () => {
    expect(holdingsOn(founders, '1967-06-01', asean)).toEqual([]);
    expect(countsOn(founders, '1967-06-01', asean).member).toBe(0);
    expect(countRangesOn(founders, '1967-06-01', asean).member).toEqual({ min: 0, max: 0 });
  });

  it('reads a change of the founding year from the founding day, still uncertain until the year ends', () => {
    expect(effectivePeriod('1967', asean.founded)).toEqual({ first: '1967-08-08', last: '1967-12-31' });
    expect(countRangesOn(founders, '1967-08-08', asean).member).toEqual({ min: 0, max: 5 });
    expect(countRangesOn(founders, '1968-01-01', asean).member).toEqual({ min: 5, max: 5 });
  });

  it('gives nothing from the dissolution on', () => {
    expect(holdingsOn(founders, '1991-01-01', { founded: '1967-08-08', dissolved: '1990-12-31' })).toEqual([]);
    expect(holdingsOn(founders, '1991-01-01', '1990-12-31')).toEqual([]);
  });
});

// Property tests over random histories, days and founding dates.
const { dateArb, historyArb, dayArb } = historyArbitraries({ firstYear: 1950, lastYear: 1956, maxLength: 20 });
const foundedArb = fc.option(dateArb, { nil: null });

describe('properties of the certainty rule', () => {
  it('a day-precision history is always certain', () => {
    fc.assert(fc.property(historyArb, dayArb, (history, day) => {
      const precise = history.filter((c) => c.date.length === 10);
      for (const h of holdingsOn(precise, day)) expect(h.certain).toBe(true);
    }));
  });

  it('the status read from the start of each period is always among the possible ones', () => {
    fc.assert(fc.property(historyArb, dayArb, foundedArb, (history, day, founded) => {
      for (const stateId of [1, 2, 3, 4]) {
        const own = history.filter((c) => c.stateId === stateId);
        const c = certaintyOn(own, day, { founded });
        expect(c.possible).toContain(c.status ?? 'none');
        expect(c.certain).toBe(c.possible.length === 1);
      }
    }));
  });

  it('uncertainty means a change whose period holds the day and has not ended', () => {
    fc.assert(fc.property(historyArb, dayArb, (history, day) => {
      for (const stateId of [1, 2, 3, 4]) {
        const own = history.filter((c) => c.stateId === stateId);
        const open = own.some((c) => startOfPeriod(c.date) <= day && day < endOfPeriod(c.date));
        if (!open) expect(certaintyOn(own, day).certain).toBe(true);
      }
    }));
  });

  it('nothing is held before the founding day', () => {
    fc.assert(fc.property(historyArb, dayArb, dateArb, (history, day, founded) => {
      if (day >= startOfPeriod(founded)) return;
      expect(holdingsOn(history, day, { founded })).toEqual([]);
      for (const s of HELD_STATUSES) expect(countRangesOn(history, day, { founded })[s]).toEqual({ min: 0, max: 0 });
    }));
  });

  it('ranges bracket the count read from the start of each period', () => {
    fc.assert(fc.property(historyArb, dayArb, foundedArb, (history, day, founded) => {
      const counts = countsOn(history, day, { founded });
      const ranges = countRangesOn(history, day, { founded });
      for (const s of HELD_STATUSES) {
        expect(ranges[s].min).toBeLessThanOrEqual(counts[s]);
        expect(counts[s]).toBeLessThanOrEqual(ranges[s].max);
      }
    }));
  });

  it('after every period has ended, the range is a single number', () => {
    fc.assert(fc.property(historyArb, (history) => {
      const ranges = countRangesOn(history, '1957-12-31');
      const counts = countsOn(history, '1957-12-31');
      for (const s of HELD_STATUSES) expect(ranges[s]).toEqual({ min: counts[s], max: counts[s] });
    }));
  });

  it('a member heading counts suspended members, other headings only their own status', () => {
    expect(countsUnder('member', 'suspended')).toBe(true);
    expect(countsUnder('member', 'candidate')).toBe(false);
    expect(countsUnder('candidate', 'candidate')).toBe(true);
    expect(countsUnder('observer', 'none')).toBe(false);
  });
});
