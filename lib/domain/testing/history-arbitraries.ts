// Random status histories for property tests: dates of any precision within a few years, and days
// from the year before to the year after.
import fc from 'fast-check';
import { STATUSES } from '../statuses';

const pad = (n: number) => String(n).padStart(2, '0');

export function historyArbitraries({ firstYear, lastYear, maxLength }: { firstYear: number; lastYear: number; maxLength: number }) {
  const dateArb = fc
    .record({ y: fc.integer({ min: firstYear, max: lastYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.constantFrom(0, 1, 2) })
    .map(({ y, m, d, p }) => [String(y), `${y}-${pad(m)}`, `${y}-${pad(m)}-${pad(d)}`][p]!);
  const historyArb = fc
    .array(fc.record({ stateId: fc.integer({ min: 1, max: 4 }), status: fc.constantFrom(...STATUSES), date: dateArb }), { maxLength })
    .map((rows) => rows.map((r, i) => ({ ...r, id: i + 1 })));
  const dayArb = fc
    .record({ y: fc.integer({ min: firstYear - 1, max: lastYear + 1 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
  return { dateArb, historyArb, dayArb };
}
