// A date known to the year, the month or the day: "1972", "1979-05", "2005-06-30".
// Rule for ordering and "as of" questions: an imprecise date counts from the first day of its
// period; on the same first day, the coarser date sorts first.

export type Precision = 'year' | 'month' | 'day';
export type PartialDate = string;

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export type ParseResult =
  | { ok: true; date: PartialDate; precision: Precision }
  | { ok: false; error: string };

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parsePartialDate(input: string): ParseResult {
  const text = input.trim();
  const match = PATTERN.exec(text);
  if (!match) return { ok: false, error: 'Use YYYY, YYYY-MM or YYYY-MM-DD, for example 1972, 1979-05 or 2005-06-30.' };
  const year = Number(match[1]);
  if (year < 1000) return { ok: false, error: 'The year must have four digits, from 1000.' };
  if (match[2] === undefined) return { ok: true, date: text, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, error: `There is no month ${match[2]}: months run from 01 to 12.` };
  if (match[3] === undefined) return { ok: true, date: text, precision: 'month' };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { ok: false, error: `${MONTH_NAMES[month - 1]} ${year} has no day ${match[3]}: it has ${last} days.` };
  }
  return { ok: true, date: text, precision: 'day' };
}

export function isPartialDate(input: string): boolean {
  return parsePartialDate(input).ok;
}

export function precisionOf(date: PartialDate): Precision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  return 'day';
}

/** The first day of the period: "1979" → "1979-01-01", "1979-05" → "1979-05-01". */
export function startOfPeriod(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day of the period: "1979" → "1979-12-31", "2024-02" → "2024-02-29". */
export function endOfPeriod(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return date;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Orders by first day, then coarser precision first. Negative when a comes first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const sa = startOfPeriod(a);
  const sb = startOfPeriod(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)];
}

/** Whether the date's period has started on the given day (YYYY-MM-DD). */
export function hasStartedBy(date: PartialDate, day: string): boolean {
  return startOfPeriod(date) <= day;
}

/** Shown as precise as it is, never more: "1972", "May 1979", "30 June 2005". */
export function formatPartialDate(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** The year a partial date falls in. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** Today as YYYY-MM-DD in UTC; MEMBERLINE_TODAY pins it (tests, reproducible pages). */
export function today(): string {
  const pinned = typeof process !== 'undefined' ? process.env.MEMBERLINE_TODAY : undefined;
  if (pinned && PATTERN.test(pinned) && pinned.length === 10) return pinned;
  return new Date().toISOString().slice(0, 10);
}

/** Whether a valid partial date's period starts after today ("2031" is future; this year is not). */
export function isFutureDate(date: PartialDate, day = today()): boolean {
  return startOfPeriod(date) > day;
}

/** Parses an `asOf` query value: a full day, or nothing. */
export function parseAsOf(value: string | string[] | undefined | null): { ok: true; day: string | null } | { ok: false; error: string } {
  if (value === undefined || value === null || value === '') return { ok: true, day: null };
  if (Array.isArray(value)) return { ok: false, error: 'Give one asOf date.' };
  const parsed = parsePartialDate(value);
  if (!parsed.ok) return parsed;
  if (parsed.precision !== 'day') return { ok: false, error: 'asOf must be a full day: YYYY-MM-DD.' };
  return { ok: true, day: parsed.date };
}

/**
 * Whether two dates can name the same day: one's period contains the other's ("2005" and
 * "2005-06-30" agree; "1974" and "2006" do not). Sources that only differ in precision agree.
 */
export function partialDatesAgree(a: PartialDate, b: PartialDate): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
