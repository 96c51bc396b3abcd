// Status changes of one COW organization: derived from its rows, then merged with curated facts.
import { deriveCowChanges, parseCowCell, strongerCode, type CowCell, type DerivedChange } from '@/lib/domain/cow-codes';
import { statusOn } from '@/lib/domain/status-history';
import { precisionOf, startOfPeriod, yearOf } from '@/lib/domain/partial-date';
import { countsAsMember, type Status } from '@/lib/domain/statuses';
import { codeFor, codesOf, type CrosswalkEntry } from './crosswalk';
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

/**
 * A start in the organization's founding year cannot come before its founding: where the founding
 * date is known to the month or day, such a start is dated from it (ASEAN's founders: 1967-08-08).
 */
export function startNotBeforeFounding(year: number, founded: string | null): { date: string; note: string | null } {
  if (!founded || precisionOf(founded) === 'year' || yearOf(founded) !== year) return { date: String(year), note: null };
  return { date: founded, note: `COW codes this from ${year}, the year the organization was founded; it is dated from the founding (${founded}), before which it cannot have begun.` };
}

/** Every change the rows of one organization make, state by state (by Memberline code). */
export function planOrganization(
  ioname: string, rows: IgoYearRow[], keys: string[], entries: CrosswalkEntry[],
  historic: Map<string, HistoricEnd>, dissolvedYear: number | null, skipped: SkipCounts, founded: string | null = null,
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
    const ownColumn = keys[entries.findIndex((e) => codesOf(e).includes(stateCode))]!;
    const end = historic.get(stateCode);
    const derived = deriveCowChanges(cells);
    derived.forEach((d, i) => {
      const ref = d.ref ?? { column: ownColumn, value: '' };
      const row = rows.find((r) => r.year === d.year)!;
      const value = d.ref ? ref.value : (row.cells[keys.indexOf(ref.column)] ?? '');
      const locator = cowLocator(ioname, d.year, ref.column, value);
      if (d.status !== 'withdrawn') {
        const { date, note } = startNotBeforeFounding(d.year, founded);
        planned.push({ stateCode, year: d.year, date, status: d.status, locator, note });
        return;
      }
      if (!d.outOfSystem) {
        planned.push({ stateCode, year: d.year, date: String(d.year), status: 'withdrawn', locator, note: null });
        return;
      }
      // Out of the system for good: the historic state ceased to exist (the GDR on 1990-10-02).
      if (end && i === derived.length - 1 && d.year >= end.endYear) {
        const why = end.splitNote ?? `the state left the COW system on ${end.ended} (states2016 ccode=${end.ccode})`;
        planned.push({
          stateCode, year: d.year, date: String(d.year), status: 'withdrawn', locator: `${locator}; ${why}`,
          note: `Ended because ${end.name} ceased to exist${end.ended && end.ended.length === 10 ? ` on ${end.ended}` : ` in ${end.endYear}`}.`,
        });
        return;
      }
      planned.push({
        stateCode, year: d.year, date: String(d.year), status: 'withdrawn', locator,
        note: `COW codes the state as out of the state system (-1) in ${d.year}: no membership is recorded until the dataset codes it again.`,
      });
    });
  }
  return planned;
}

export type CuratedChange = { id: number; stateId: number; status: Status; date: string };
export type Decision =
  | { kind: 'insert' }
  | { kind: 'cite'; changeId: number; givenDate: string | null; curatedDate: string }
  | { kind: 'skip'; why: 'covered by a curated fact' | 'contradicted by a curated fact' };

const heldOrNull = (status: Status | undefined): Status | null => (!status || status === 'withdrawn' ? null : status);

/**
 * Decides, for one organization and state, what each COW change (oldest first) becomes when curated
 * facts exist. A curated change is the same fact as a COW change when both give the same status after
 * the same previous status and the spells they open overlap (a reinstatement after a suspension is not
 * the accession COW dates): COW then becomes a citation giving its own year. A COW change that matches
 * none is kept only while the curated facts are silent; once they speak, COW cannot contradict them.
 * `dataEnd`: the first year after the organization's last COW row.
 */
export function decideAgainstCurated(cow: PlannedChange[], curated: CuratedChange[], dataEnd: number, matched: Set<number>): Decision[] {
  if (!curated.length) return cow.map(() => ({ kind: 'insert' }));
  const curatedSpells = curated.map((c, i) => ({
    change: c, prev: heldOrNull(curated[i - 1]?.status), from: yearOf(c.date), to: curated[i + 1] ? yearOf(curated[i + 1]!.date) : Infinity,
  }));
  return cow.map((x, i): Decision => {
    const prev = heldOrNull(cow[i - 1]?.status);
    const to = cow[i + 1]?.year ?? dataEnd;
    const candidates = curatedSpells.filter((c) => c.change.status === x.status && c.prev === prev && !matched.has(c.change.id) && x.year < c.to && c.from < Math.max(to, x.year + 1));
    if (candidates.length) {
      const nearest = candidates.reduce((best, c) => (Math.abs(c.from - x.year) < Math.abs(best.from - x.year) ? c : best));
      matched.add(nearest.change.id);
      return { kind: 'cite', changeId: nearest.change.id, curatedDate: nearest.change.date, givenDate: nearest.from === x.year ? null : x.date };
    }
    const endOfYear = `${x.year}-12-31`;
    if (!curated.some((c) => startOfPeriod(c.date) <= endOfYear)) return { kind: 'insert' };
    const curatedStatus = statusOn(curated, endOfYear);
    const cowStatus = heldOrNull(x.status);
    const agrees = curatedStatus === cowStatus || (cowStatus === 'member' && !!curatedStatus && countsAsMember(curatedStatus));
    return { kind: 'skip', why: agrees ? 'covered by a curated fact' : 'contradicted by a curated fact' };
  });
}
