// Rules for reading the Correlates of War IGO year-by-year codes as status changes.
// Codes: 1 full member, 2 associate, 3 observer, 0 no membership, -9 missing; an empty cell is
// COW's -1 (state not in the system). 1, 2 and 3 make changes; so do a 0 and a -1 after a held
// status: a state out of the system holds nothing until the dataset codes it again.
import { countsAsMember, type Status } from './statuses';

export type CowCode = 0 | 1 | 2 | 3 | -9 | null;
export type CowHeldCode = 1 | 2 | 3;

export const COW_CODE_STATUS: Record<CowHeldCode, 'member' | 'associate' | 'observer'> = { 1: 'member', 2: 'associate', 3: 'observer' };

export function parseCowCell(cell: string | undefined): CowCode {
  switch (cell?.trim()) {
    case '0': return 0;
    case '1': return 1;
    case '2': return 2;
    case '3': return 3;
    case '-9': return -9;
    case '':
    case undefined:
    case '-1':
    case 'NA': return null;
    default: throw new Error(`not a COW IGO code: "${cell}"`);
  }
}

export function isHeldCode(code: CowCode): code is CowHeldCode {
  return code === 1 || code === 2 || code === 3;
}

/** Whether a Memberline status is what a COW code says: 1 is member or suspended (COW codes no suspensions). */
export function statusMatchesCode(status: Status, code: CowHeldCode): boolean {
  if (code === 1) return countsAsMember(status);
  return status === COW_CODE_STATUS[code];
}

const RANK = (code: CowCode): number => (code === null ? 0 : code === -9 ? 1 : code === 0 ? 2 : 6 - code);

/**
 * Two COW columns read as one state in the same year (German Federal Republic and Germany in 1990):
 * a held status wins over 0, 0 over missing, missing over not in the system; full membership first.
 */
export function strongerCode(a: CowCode, b: CowCode): CowCode {
  return RANK(b) > RANK(a) ? b : a;
}

export type CowCell<T = unknown> = { year: number; code: CowCode; ref?: T };
/** `outOfSystem`: a withdrawal because COW codes the state -1 (not in the state system) that year. */
export type DerivedChange<T = unknown> = { year: number; status: Extract<Status, 'member' | 'associate' | 'observer' | 'withdrawn'>; ref?: T; outOfSystem?: true };

/**
 * The changes one state's codes make in one organization, dated the year they are first seen.
 * Missing (-9) cells change nothing, so a gap in the coding carries the status across; a 0 ends a
 * held status, and so does -1 (the state is out of the system: the Baltic states 1940-1990); the
 * status comes back only where the dataset codes it again. A 0 or -1 before any held status says nothing.
 */
export function deriveCowChanges<T>(cells: readonly CowCell<T>[]): DerivedChange<T>[] {
  const changes: DerivedChange<T>[] = [];
  let held: CowHeldCode | null = null;
  for (const cell of [...cells].sort((a, b) => a.year - b.year)) {
    if (isHeldCode(cell.code)) {
      if (cell.code !== held) changes.push({ year: cell.year, status: COW_CODE_STATUS[cell.code], ref: cell.ref });
      held = cell.code;
    } else if (cell.code === 0 && held !== null) {
      changes.push({ year: cell.year, status: 'withdrawn', ref: cell.ref });
      held = null;
    } else if (cell.code === null && held !== null) {
      changes.push({ year: cell.year, status: 'withdrawn', ref: cell.ref, outOfSystem: true });
      held = null;
    }
  }
  return changes;
}

/**
 * When a historic state that held a status ceases to exist (it leaves the COW system for good),
 * its status ends in the first year from its end on that COW no longer codes it. Null when its
 * last status was not held or no such year is in the rows.
 */
export function ceasedYear<T>(cells: readonly CowCell<T>[], endYear: number): CowCell<T> | null {
  const sorted = [...cells].sort((a, b) => a.year - b.year);
  let lastCoded: CowCell<T> | null = null;
  for (const cell of sorted) if (cell.code === 0 || isHeldCode(cell.code)) lastCoded = cell;
  if (!lastCoded || !isHeldCode(lastCoded.code)) return null;
  return sorted.find((c) => c.year > lastCoded!.year && c.year >= endYear && c.code === null) ?? null;
}
