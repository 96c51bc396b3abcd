// COW state codes to Memberline states: the committed crosswalk.json (reasons in README.md).
import crosswalkJson from './crosswalk.json';

export type CrosswalkPeriod = { code: string; from?: number; to?: number };
/** `continues`: the column is read as the state it maps to, which keeps the COW code of its own column. */
export type CrosswalkEntry = { ccode: number; stateabb: string; cowKey: string; cowName: string; code?: string; periods?: CrosswalkPeriod[]; note?: string; continues?: boolean };
export type CowEntity = {
  code: string; kind: 'historic' | 'entity'; name: string; otherNames: string[];
  started: string | null; ended: string | null; successor: string | null; note: string; ccode: number;
};
export type Crosswalk = { about: string; entries: CrosswalkEntry[]; entities: CowEntity[] };

export const crosswalk = crosswalkJson as Crosswalk;

/** The Memberline state code a COW entry stands for in a year. */
export function codeFor(entry: CrosswalkEntry, year: number): string | null {
  if (entry.code) return entry.code;
  const period = entry.periods?.find((p) => (p.from === undefined || year >= p.from) && (p.to === undefined || year <= p.to));
  return period?.code ?? null;
}

/** Every Memberline code an entry can stand for. */
export function codesOf(entry: CrosswalkEntry): string[] {
  return entry.code ? [entry.code] : [...new Set((entry.periods ?? []).map((p) => p.code))];
}

export function entryByKey(key: string): CrosswalkEntry | undefined {
  return crosswalk.entries.find((e) => e.cowKey === key);
}
