// How much of what sources report the record holds: told first, so a gap is never shown as a fact.
import { formatPartialDate, type PartialDate } from './partial-date';
import { comparePartialDates } from './partial-date';
import { STATUS_LABELS, type HeldStatus } from './statuses';

export type CheckedClaim = { status: HeldStatus; count: number; date: PartialDate; recorded: number };

export type CoverageGap = { status: HeldStatus; reported: number; recorded: number; date: PartialDate };

/** The latest claim that reports more than the record holds on its date, preferring members; null when the record covers every claim. */
export function coverageGap(claims: readonly CheckedClaim[]): CoverageGap | null {
  const short = claims.filter((c) => c.count > c.recorded);
  if (short.length === 0) return null;
  const latest = (list: CheckedClaim[]) => [...list].sort((a, b) => comparePartialDates(b.date, a.date))[0];
  const pick = latest(short.filter((c) => c.status === 'member')) ?? latest(short)!;
  // A later claim the record meets means the gap was closed since.
  const laterMet = claims.some((c) => c.status === pick.status && c.count <= c.recorded && comparePartialDates(c.date, pick.date) > 0);
  if (laterMet) return null;
  return { status: pick.status, reported: pick.count, recorded: pick.recorded, date: pick.date };
}

function plural(status: HeldStatus, n: number): string {
  const word = status === 'suspended' ? 'suspended member' : STATUS_LABELS[status].toLowerCase();
  return n === 1 ? word : `${word}s`;
}

/** "The record holds 4 of the 54 members sources report (8 April 2022)." */
export function coverageSentence(gap: CoverageGap): string {
  return `The record holds ${gap.recorded} of the ${gap.reported} ${plural(gap.status, gap.reported)} sources report (${formatPartialDate(gap.date)})`;
}
