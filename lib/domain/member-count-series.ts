// The member-count chart's steps, drawn from the status changes alone.
import { countsOn, type ChangeLike } from './status-history';
import { startOfPeriod, type PartialDate } from './partial-date';

/** `date`: the day as precisely as the record knows it ("2001" for a change known to the year). */
export type CountPoint = { day: string; date: PartialDate; member: number; suspended: number; observer: number; other: number };

/**
 * Counts at the founding, at each day a change takes effect, and on the last day: enough to
 * draw the exact steps. `member` includes suspended members, as the organizations count them.
 */
export function memberCountSeries(changes: readonly ChangeLike[], from: string, to: string, dissolved?: PartialDate | null): CountPoint[] {
  const days = new Map<string, PartialDate>([[from, from], [to, to]]);
  // The coarsest date that starts on a day names it: precision is never invented.
  for (const date of [...changes.map((c) => c.date), ...(dissolved ? [dissolved] : [])]) {
    const day = startOfPeriod(date);
    const known = days.get(day);
    if (!known || date.length < known.length) days.set(day, date);
  }
  return [...days.entries()]
    .filter(([d]) => d >= from && d <= to)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, date]) => {
      const c = countsOn(changes, day, dissolved);
      return { day, date, member: c.member, suspended: c.suspended, observer: c.observer, other: c.associate + c.partner + c.applicant };
    });
}
