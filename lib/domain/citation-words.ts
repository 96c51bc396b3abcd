// Where a source backs a line, said in plain words; the raw locator stays available behind it.
import { formatPartialDate, precisionOf, type PartialDate } from './partial-date';

const COW_LOCATOR = /^igo_year_format3: ioname=([^,]+), year=(\d{4}), column=([^,]+), value=(-?\d*)(?:;\s*(.*))?$/;
const COW_VALUES: Record<string, string> = { '1': 'member', '2': 'associate member', '3': 'observer', '0': 'not a member', '-9': 'no data', '': 'no longer coded' };

export type CowLocator = { ioname: string; year: number; column: string; value: string; reason: string | null };

/** The parts of a Correlates of War IGO locator, or null when the locator is not one. */
export function parseCowLocator(locator: string | null | undefined): CowLocator | null {
  const m = locator ? COW_LOCATOR.exec(locator.trim()) : null;
  if (!m) return null;
  // The dataset's own row keys in parentheses are left to the raw locator.
  return { ioname: m[1]!, year: Number(m[2]), column: m[3]!, value: m[4]!, reason: m[5]?.replace(/\s*\([^)]*=[^)]*\)/g, '').trim() || null };
}

/** "member in 1969 (year only)": what a dataset row says, without its column names. */
export function cowLocatorWords(locator: string | null | undefined): string | null {
  const cow = parseCowLocator(locator);
  if (!cow) return null;
  const what = COW_VALUES[cow.value] ?? `coded ${cow.value}`;
  return `${what} in ${cow.year} (year only)${cow.reason ? `; ${cow.reason}` : ''}`;
}

/** How precise a date a source gives, said plainly: "(year only)", "(month only)" or nothing. */
export function precisionNote(date: PartialDate): string {
  const p = precisionOf(date);
  return p === 'year' ? ' (year only)' : p === 'month' ? ' (month only)' : '';
}

/** "gives May 1979 (month only)". */
export function givenDateWords(date: PartialDate): string {
  return `gives ${formatPartialDate(date)}${precisionNote(date)}`;
}

/** A dataset's short name for a sentence: "Correlates of War dataset" rather than its full title. */
export function sourceLabel(source: { title: string; publisher: string | null; kind: string }): string {
  if (/^Correlates of War/i.test(source.title)) return 'Correlates of War dataset';
  if (source.kind === 'dataset' || !source.publisher) return source.title;
  return source.publisher;
}
