// Imprecise dates told honestly: a change known only to its year or month does not assert a day.
import type { CountRanges, PossibleStatus } from '@/lib/domain/status-history';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { HELD_STATUSES, STATUS_LABELS, type Status } from '@/lib/domain/statuses';

const VERBS: Record<Status, string> = {
  member: 'joined', associate: 'became an associate', observer: 'became an observer', partner: 'became a partner',
  applicant: 'applied', candidate: 'became a candidate', suspended: 'was suspended', withdrawn: 'left',
};

function possibleText(p: PossibleStatus): string {
  return p === 'none' ? 'no status' : STATUS_LABELS[p].toLowerCase();
}

/** "Joined in 1999, day unknown: on 15 June 1999 either no status or member." */
export function UncertainStatus({ change, possible, day }: { change: { status: Status; date: string }; possible: PossibleStatus[]; day: string }) {
  return (
    <p className="text-xs text-amber-900">
      <span className="rounded bg-amber-50 px-1 ring-1 ring-amber-300">Uncertain</span>{' '}
      {VERBS[change.status]} in {formatPartialDate(change.date)}, day unknown: on {formatPartialDate(day)} either {possible.map(possibleText).join(' or ')}.
    </p>
  );
}

/** "10 or 11 members" where a change known only to its year or month falls on the day. */
export function CountRangesNote({ ranges }: { ranges: CountRanges }) {
  const open = HELD_STATUSES.filter((s) => ranges[s].min !== ranges[s].max);
  if (open.length === 0) return null;
  const phrase = (s: (typeof HELD_STATUSES)[number]) => {
    const { min, max } = ranges[s];
    const noun = `${STATUS_LABELS[s].toLowerCase()}${max === 1 ? '' : 's'}`;
    return max - min === 1 ? `${min} or ${max} ${noun}` : `between ${min} and ${max} ${noun}`;
  };
  return (
    <p className="mt-1 text-sm text-amber-900" data-testid="count-ranges">
      Some changes on this date are known only to their year or month, so the record holds {open.map(phrase).join(', ')}.
    </p>
  );
}
