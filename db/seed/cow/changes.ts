// Status changes of one COW organization: derived from its rows, then merged with curated facts.
import { ceasedYear, deriveCowChanges, parseCowCell, strongerCode, type CowCell, type DerivedChange } from '@/lib/domain/cow-codes';
import { statusOn } from '@/lib/domain/history';
import { startOfPeriod, yearOf } from '@/lib/domain/partial-date';
import type { Status } from '@/lib/domain/statuses';
import { codeFor, type CrosswalkEntry } from './crosswalk';
import type { IgoYearRow } from './data';
import { cowLocator } from './source';

export type CellRef = { column: string; value: string };
export type PlannedChange = { stateCode: string; year: number; date: string; status: DerivedChange['status']; locator: string; note: string | null };
export type HistoricEnd = { name: string; endYear: number; ended: string | null; ccode: number; splitNote?: string };

/** Column index → crosswalk entry, for the `keys` of the shipped igo-years file. */
export function columnEntries(keys: string[], entries: CrosswalkEntry[]): CrosswalkEntry[] {
  return keys.map((key) => {
    const entry = entries.find((e) => e.cowKey === key);
    if (!entry) throw new Error(`COW column "${key}" has no crosswalk entry`);
    return entry;
  });
}

export type SkipCounts = Record<string, number>;
const bump = (skipped: SkipCounts, why: string, n = 1) => { if (n) skipped[why] = (skipped[why] ?? 0) + n; };

/** Every change the rows of one organization make, state by state (by Memberline code). */
export function planOrganization(
  ioname: string, rows: IgoYearRow[], keys: string[], entries: CrosswalkEntry[],
  historic: Map<string, HistoricEnd>, dissolvedYear: number | null, skipped: SkipCounts,
): PlannedChange[] {
  const byCode = new Map<string, Map<number, CowCell<CellRef>>>();
  for (const row of rows) {
    for (let i = 0; i < keys.length; i++) {
      const value = row.cells[i] ?? '';
      const code = codeFor(entries[i]!, row.year);
      if (!code) continue;
      const parsed = parseCowCell(value);
      if (parsed === -9) bump(skipped, 'cells coded -9 (missing): no change');
      let years = byCode.get(code);
      if (!years) byCode.set(code, (years = new Map()));
      const prev = years.get(row.year);
      const next: CowCell<CellRef> = { year: row.year, code: parsed, ref: { column: keys[i]!, value } };
      if (!prev || strongerCode(prev.code, parsed) !== prev.code) years.set(row.year, next);
    }
  }
  const allYears = rows.map((r) => r.year);
  const planned: PlannedChange[] = [];
  for (const [stateCode, years] of byCode) {
    // Years in which no column stands for this state (a split code) read as "not in the system".
    const cells = allYears.map((year) => years.get(year) ?? { year, code: null, ref: undefined });
    const zeroBeforeHeld = cells.findIndex((c) => c.code === 1 || c.code === 2 || c.code === 3);
    bump(skipped, 'cells coded 0 before any held status: no change', cells.slice(0, zeroBeforeHeld === -1 ? cells.length : zeroBeforeHeld).filter((c) => c.code === 0).length);
    for (const d of deriveCowChanges(cells)) {
      planned.push({ stateCode, year: d.year, date: String(d.year), status: d.status, locator: cowLocator(ioname, d.year, d.ref!.column, d.ref!.value), note: null });
    }
    const end = historic.get(stateCode);
    if (!end) continue;
    const ceased = ceasedYear(cells, end.endYear);
    if (!ceased || (dissolvedYear !== null && dissolvedYear <= ceased.year)) continue;
    const ref = ceased.ref ?? { column: entries.find((e) => e.ccode === end.ccode)!.cowKey, value: '' };
    const why = end.splitNote ?? `the state left the COW system on ${end.ended} (states2016 ccode=${end.ccode})`;
    const row = rows.find((r) => r.year === ceased.year)!;
    const value = row.cells[keys.indexOf(ref.column)] ?? '';
    planned.push({
      stateCode, year: ceased.year, date: String(ceased.year), status: 'withdrawn',
      locator: `${cowLocator(ioname, ceased.year, ref.column, value)}; ${why}`,
      note: `Ended because ${end.name} ceased to exist${end.ended && end.ended.length === 10 ? ` on ${end.ended}` : ` in ${end.endYear}`}.`,
    });
  }
  return planned;
}

export type CuratedChange = { id: number; stateId: number; status: Status; date: string };
export type Decision =
  | { kind: 'insert' }
  | { kind: 'cite'; changeId: number; givenDate: string | null; curatedDate: string }
  | { kind: 'skip'; why: 'covered by a curated fact' | 'contradicted by a curated fact' };

/**
 * Where curated facts exist for the same organization and state: the same status is one fact
 * (COW becomes a citation giving its own year); once the curated facts speak, COW cannot contradict them.
 */
export function decideAgainstCurated(change: PlannedChange, curated: CuratedChange[], matched: Set<number>): Decision {
  if (!curated.length) return { kind: 'insert' };
  const candidates = curated.filter((c) => c.status === change.status && !matched.has(c.id));
  if (candidates.length) {
    const nearest = candidates.reduce((best, c) => (Math.abs(yearOf(c.date) - change.year) < Math.abs(yearOf(best.date) - change.year) ? c : best));
    return { kind: 'cite', changeId: nearest.id, curatedDate: nearest.date, givenDate: yearOf(nearest.date) === change.year ? null : change.date };
  }
  const endOfYear = `${change.year}-12-31`;
  if (!curated.some((c) => startOfPeriod(c.date) <= endOfYear)) return { kind: 'insert' };
  const curatedStatus = statusOn(curated, endOfYear);
  const cowStatus = change.status === 'withdrawn' ? null : change.status;
  const agrees = curatedStatus === cowStatus || (cowStatus === 'member' && curatedStatus === 'suspended');
  return { kind: 'skip', why: agrees ? 'covered by a curated fact' : 'contradicted by a curated fact' };
}
