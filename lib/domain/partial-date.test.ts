import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates, endOfPeriod, formatPartialDate, hasStartedBy, isFutureDate, parseAsOf, parsePartialDate, partialDatesAgree, precisionOf, startOfPeriod,
} from './partial-date';

const partialDateArb = fc
  .record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.constantFrom('year', 'month', 'day') })
  .map(({ y, m, d, p }) => {
    const ys = String(y);
    const ms = `${ys}-${String(m).padStart(2, '0')}`;
    return p === 'year' ? ys : p === 'month' ? ms : `${ms}-${String(d).padStart(2, '0')}`;
  });

describe('parsePartialDate', () => {
  it('accepts the three precisions', () => {
    expect(parsePartialDate('1972')).toEqual({ ok: true, date: '1972', precision: 'year' });
    expect(parsePartialDate('1979-05')).toEqual({ ok: true, date: '1979-05', precision: 'month' });
    expect(parsePartialDate('2005-06-30')).toEqual({ ok: true, date: '2005-06-30', precision: 'day' });
  });

  it('rejects impossible months and days with a message that says why', () => {
    const feb = parsePartialDate('2023-02-30');
    expect(feb.ok).toBe(false);
    if (!feb.ok) expect(feb.error).toContain('February 2023 has no day 30');
    const month = parsePartialDate('2023-13');
    expect(month.ok).toBe(false);
    if (!month.ok) expect(month.error).toContain('no month 13');
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2023-02-29').ok).toBe(false);
    expect(parsePartialDate('1900-02-29').ok).toBe(false);
    expect(parsePartialDate('2000-02-29').ok).toBe(true);
  });

  it('rejects malformed text', () => {
    for (const bad of ['', '72', '1972-5', '1972-05-1', '1972/05/01', 'May 1979', '0999', '1972-00', '1972-01-00', ' 1972-01-01x']) {
      expect(parsePartialDate(bad).ok, bad).toBe(false);
    }
  });

  it('round-trips every valid date and keeps its precision', () => {
    fc.assert(
      fc.property(partialDateArb, (date) => {
        const parsed = parsePartialDate(date);
        expect(parsed.ok && parsed.date === date && parsed.precision === precisionOf(date)).toBe(true);
      }),
    );
  });
});

describe('ordering', () => {
  it('counts an imprecise date from the first day of its period, coarser first on ties', () => {
    expect(startOfPeriod('1979')).toBe('1979-01-01');
    expect(startOfPeriod('1979-05')).toBe('1979-05-01');
    expect(endOfPeriod('2024-02')).toBe('2024-02-29');
    expect(endOfPeriod('1979')).toBe('1979-12-31');
    expect(comparePartialDates('1979', '1979-01-01')).toBeLessThan(0);
    expect(comparePartialDates('1979-01', '1979-01-01')).toBeLessThan(0);
    expect(comparePartialDates('1979-12-31', '1980')).toBeLessThan(0);
    expect(comparePartialDates('1979-05', '1979-04-30')).toBeGreaterThan(0);
  });

  it('is a total order consistent with the first day of the period', () => {
    fc.assert(
      fc.property(partialDateArb, partialDateArb, partialDateArb, (a, b, c) => {
        expect(Math.sign(comparePartialDates(a, b))).toBe(-Math.sign(comparePartialDates(b, a)) || 0);
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        if (startOfPeriod(a) < startOfPeriod(b)) expect(comparePartialDates(a, b)).toBeLessThan(0);
        expect(comparePartialDates(a, a)).toBe(0);
      }),
    );
  });

  it('agrees with plain string order, which the database uses', () => {
    fc.assert(fc.property(partialDateArb, partialDateArb, (a, b) => {
      expect(Math.sign(comparePartialDates(a, b))).toBe(Math.sign(a < b ? -1 : a > b ? 1 : 0));
    }));
  });

  it('has started by a day from the first day of its period', () => {
    expect(hasStartedBy('1979', '1979-01-01')).toBe(true);
    expect(hasStartedBy('1979', '1978-12-31')).toBe(false);
    expect(hasStartedBy('1979-05', '1979-04-30')).toBe(false);
    expect(hasStartedBy('1979-05', '1979-05-01')).toBe(true);
  });
});

describe('formatPartialDate', () => {
  it('shows a date as precise as it is, never more', () => {
    const shown = ['1972', '1979-05', '2005-06-30', '2012-08-06'].map(formatPartialDate);
    expect(shown).toEqual(['1972', 'May 1979', '30 June 2005', '6 August 2012']);
  });
});

describe('isFutureDate', () => {
  it('is future only when the whole period starts after the day', () => {
    expect(isFutureDate('2031', '2030-12-31')).toBe(true);
    expect(isFutureDate('2030', '2030-06-15')).toBe(false);
    expect(isFutureDate('2030-07', '2030-06-15')).toBe(true);
    expect(isFutureDate('2030-06', '2030-06-15')).toBe(false);
    expect(isFutureDate('2030-06-16', '2030-06-15')).toBe(true);
    expect(isFutureDate('2030-06-15', '2030-06-15')).toBe(false);
  });
});

describe('parseAsOf', () => {
  it('takes a full day or nothing', () => {
    expect(parseAsOf(undefined)).toEqual({ ok: true, day: null });
    expect(parseAsOf('1985-01-01')).toEqual({ ok: true, day: '1985-01-01' });
    expect(parseAsOf('1985').ok).toBe(false);
    expect(parseAsOf('1985-02-30').ok).toBe(false);
    expect(parseAsOf(['1985-01-01', '1986-01-01']).ok).toBe(false);
  });
});

describe('partialDatesAgree', () => {
  it('agrees when one period contains the other, whatever the precision', () => {
    expect(partialDatesAgree('2005', '2005-06-30')).toBe(true);
    expect(partialDatesAgree('2009-06-16', '2009')).toBe(true);
    expect(partialDatesAgree('1979-05', '1979-05')).toBe(true);
    expect(partialDatesAgree('1974', '2006')).toBe(false);
    expect(partialDatesAgree('2018-07', '2018-06-12')).toBe(false);
    expect(partialDatesAgree('2018-07-11', '2018-07-12')).toBe(false);
  });
});
