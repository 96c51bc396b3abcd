import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyArbitraries } from './testing/history-arbitraries';
import { checkCountClaim, countsOn, holdingOn, holdingsOn, isScheduled, sortChanges, spellsOf, statusOn, type ChangeLike } from './status-history';
import { comparePartialDates, startOfPeriod } from './partial-date';
import type { Status } from './statuses';

let nextId = 1;
const change = (stateId: number, status: Status, date: string, dateKind: 'start' | 'asOf' = 'start'): ChangeLike => ({ id: nextId++, stateId, status, date, dateKind });

const EGYPT = 1;
const SYRIA = 2;
const RUSSIA = 3;
const CAMEROON = 4;

describe('status of a state on a day', () => {
  const egypt = [change(EGYPT, 'member', '1969'), change(EGYPT, 'suspended', '1979-05'), change(EGYPT, 'member', '1984-03')];

  it('follows suspension and reinstatement', () => {
    expect(statusOn(egypt, '1968-12-31')).toBeNull();
    expect(statusOn(egypt, '1969-01-01')).toBe('member');
    expect(statusOn(egypt, '1979-04-30')).toBe('member');
    expect(statusOn(egypt, '1979-05-01')).toBe('suspended');
    expect(statusOn(egypt, '1980-01-01')).toBe('suspended');
    expect(statusOn(egypt, '1984-02-29')).toBe('suspended');
    expect(statusOn(egypt, '1985-01-01')).toBe('member');
  });

  it('gives the since-date of the current run, not of the first membership', () => {
    expect(holdingOn(egypt, '1985-01-01')?.since.date).toBe('1984-03');
    const repeated = [change(RUSSIA, 'observer', '2005-06-30'), change(RUSSIA, 'observer', '2018-11-12', 'asOf')];
    const holding = holdingOn(repeated, '2020-01-01');
    expect(holding?.since.date).toBe('2005-06-30');
    expect(holding?.latest.date).toBe('2018-11-12');
  });

  it('ends the relationship on withdrawal and opens it again on re-admission', () => {
    const history = [change(CAMEROON, 'member', '1990'), change(CAMEROON, 'withdrawn', '1995-06'), change(CAMEROON, 'member', '2001-01-15')];
    expect(statusOn(history, '1994-12-31')).toBe('member');
    expect(statusOn(history, '1995-06-01')).toBeNull();
    expect(statusOn(history, '2001-01-14')).toBeNull();
    expect(statusOn(history, '2001-01-15')).toBe('member');
    expect(holdingOn(history, '2002-01-01')?.since.date).toBe('2001-01-15');
  });

  it('reads an observation as holding from its date, with nothing known before', () => {
    const icesco = [change(RUSSIA, 'observer', '2022-04-08', 'asOf')];
    expect(statusOn(icesco, '2022-04-07')).toBeNull();
    expect(statusOn(icesco, '2022-04-08')).toBe('observer');
    expect(holdingOn(icesco, '2026-01-01')?.since.dateKind).toBe('asOf');
  });

  it('lets a year-precision change count from 1 January, before a day-precision one on the same day', () => {
    const sameStart = [change(SYRIA, 'suspended', '2012-01-01'), change(SYRIA, 'member', '2012')];
    // "2012" sorts first (coarser), so the day-precise suspension is the latest on 1 January.
    expect(statusOn(sameStart, '2012-01-01')).toBe('suspended');
    const yearVsDay = [change(SYRIA, 'member', '1972'), change(SYRIA, 'suspended', '1972-06-15')];
    expect(statusOn(yearVsDay, '1972-01-01')).toBe('member');
    expect(statusOn(yearVsDay, '1972-06-15')).toBe('suspended');
  });

  it('breaks same-day ties by the order of recording, whatever the input order', () => {
    const first = change(SYRIA, 'member', '2025-03-07');
    const second = change(SYRIA, 'observer', '2025-03-07');
    expect(statusOn([second, first], '2025-03-07')).toBe('observer');
    expect(statusOn([first, second], '2025-03-07')).toBe('observer');
  });

  it('ends every status at dissolution', () => {
    const history = [change(EGYPT, 'member', '1950')];
    expect(statusOn(history, '1990-01-01', '1991')).toBe('member');
    expect(statusOn(history, '1991-01-01', '1991')).toBeNull();
  });
});

describe('members and counts on a day', () => {
  const oic = [
    change(SYRIA, 'member', '1972'),
    change(SYRIA, 'suspended', '2012-08-16'),
    change(SYRIA, 'member', '2025-03-07'),
    change(EGYPT, 'member', '1969'),
    change(RUSSIA, 'observer', '2005-06-30'),
    change(CAMEROON, 'applicant', '1973'),
    change(CAMEROON, 'member', '1974'),
  ];

  it('counts suspended members as members and also on their own', () => {
    expect(countsOn(oic, '2013-01-01')).toEqual({ member: 3, suspended: 1, associate: 0, observer: 1, partner: 0, applicant: 0, candidate: 0 });
    expect(countsOn(oic, '2026-01-01')).toEqual({ member: 3, suspended: 0, associate: 0, observer: 1, partner: 0, applicant: 0, candidate: 0 });
    expect(countsOn(oic, '1973-06-01')).toEqual({ member: 2, suspended: 0, associate: 0, observer: 0, partner: 0, applicant: 1, candidate: 0 });
  });

  it('lists each state once with its status', () => {
    const holdings = holdingsOn(oic, '2013-01-01');
    expect(holdings.map((h) => [h.stateId, h.status]).sort()).toEqual([[EGYPT, 'member'], [SYRIA, 'suspended'], [RUSSIA, 'observer'], [CAMEROON, 'member']].sort());
  });

  it('checks a count claim against the record on the claim date', () => {
    expect(checkCountClaim(oic, { status: 'member', count: 54, date: '2022-04-08' })).toEqual({ recorded: 3, agrees: false, missing: 51, extra: 0 });
    expect(checkCountClaim(oic, { status: 'observer', count: 1, date: '2006' })).toMatchObject({ agrees: true });
  });
});

describe('spells', () => {
  it('merges runs of the same status and closes them at the next change', () => {
    const history = [change(EGYPT, 'member', '1969'), change(EGYPT, 'member', '1975', 'asOf'), change(EGYPT, 'suspended', '1979-05'), change(EGYPT, 'member', '1984-03')];
    const spells = spellsOf(history);
    expect(spells.map((s) => [s.status, s.from, s.to])).toEqual([
      ['member', '1969', '1979-05'],
      ['suspended', '1979-05', '1984-03'],
      ['member', '1984-03', null],
    ]);
    expect(spells[0]!.changes).toHaveLength(2);
  });

  it('opens no spell on withdrawal, and closes the last one at dissolution', () => {
    const history = [change(EGYPT, 'member', '1950'), change(EGYPT, 'withdrawn', '1960'), change(EGYPT, 'observer', '1970'), change(EGYPT, 'member', '1995')];
    expect(spellsOf(history, '1990').map((s) => [s.status, s.from, s.to, s.endedBy])).toEqual([
      ['member', '1950', '1960', 'change'],
      ['observer', '1970', '1990', 'dissolution'],
    ]);
  });
});

describe('scheduled changes', () => {
  it('are those whose period has not begun', () => {
    expect(isScheduled({ date: '2027-01-01' }, '2026-11-28')).toBe(true);
    expect(isScheduled({ date: '2026' }, '2026-11-28')).toBe(false);
  });
});

// Property tests: the derivations agree with a naive reading of the rule.
const { historyArb, dayArb } = historyArbitraries({ firstYear: 1950, lastYear: 1960, maxLength: 25 });

describe('properties', () => {
  it('the status on a day is that of the latest started change, whatever the input order', () => {
    fc.assert(
      fc.property(historyArb, dayArb, fc.integer({ min: 1, max: 4 }), (history, day, stateId) => {
        const own = history.filter((c) => c.stateId === stateId);
        const started = own.filter((c) => startOfPeriod(c.date) <= day);
        const latest = started.reduce<ChangeLike | null>((best, c) => (!best || comparePartialDates(c.date, best.date) > 0 || (comparePartialDates(c.date, best.date) === 0 && c.id > best.id) ? c : best), null);
        const expected = !latest || latest.status === 'withdrawn' ? null : latest.status;
        expect(statusOn(own, day)).toBe(expected);
        expect(statusOn([...own].reverse(), day)).toBe(expected);
      }),
    );
  });

  it('counts equal the number of holdings, member including suspended', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (history, day) => {
        const holdings = holdingsOn(history, day);
        const counts = countsOn(history, day);
        expect(counts.member).toBe(holdings.filter((h) => h.status === 'member' || h.status === 'suspended').length);
        expect(counts.member + counts.associate + counts.observer + counts.partner + counts.applicant + counts.candidate).toBe(holdings.length);
        expect(new Set(holdings.map((h) => h.stateId)).size).toBe(holdings.length);
      }),
    );
  });

  it('spells cover exactly the days on which a status is held', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (history, day) => {
        for (const stateId of [1, 2, 3, 4]) {
          const own = history.filter((c) => c.stateId === stateId);
          const inSpell = spellsOf(own).find((s) => startOfPeriod(s.from) <= day && (s.to === null || day < startOfPeriod(s.to)));
          expect(inSpell?.status ?? null).toBe(statusOn(own, day));
        }
      }),
    );
  });

  it('sorting is stable under permutation', () => {
    fc.assert(fc.property(historyArb, (history) => {
      expect(sortChanges([...history].reverse()).map((c) => c.id)).toEqual(sortChanges(history).map((c) => c.id));
    }));
  });
});
