// The status of a state in an organization is derived from its history, never stored:
// the latest status change on or before the day wins; ties go to the coarser date, then the
// earlier record. Dissolution of the organization ends every status.
import { comparePartialDates, hasStartedBy, startOfPeriod, type PartialDate } from './partial-date';
import { countsAsMember, HELD_STATUSES, type DateKind, type HeldStatus, type Status } from './statuses';

export type ChangeLike = {
  id: number;
  stateId: number;
  status: Status;
  date: PartialDate;
  dateKind?: DateKind;
};

export type Holding<C extends ChangeLike = ChangeLike> = {
  stateId: number;
  status: HeldStatus;
  /** The change that opened the current unbroken run of this status. */
  since: C;
  /** The latest change on or before the day (may repeat the status, e.g. an observation). */
  latest: C;
};

export type Spell<C extends ChangeLike = ChangeLike> = {
  stateId: number;
  status: HeldStatus;
  from: PartialDate;
  /** The date the spell ended (exclusive), or null when it still holds. */
  to: PartialDate | null;
  /** Why the spell ended: another change, or the organization's dissolution. */
  endedBy: 'change' | 'dissolution' | null;
  changes: C[];
};

export type StatusCounts = Record<HeldStatus, number>;

export function compareChanges(a: ChangeLike, b: ChangeLike): number {
  return comparePartialDates(a.date, b.date) || a.id - b.id;
}

export function sortChanges<C extends ChangeLike>(changes: readonly C[]): C[] {
  return [...changes].sort(compareChanges);
}

function isDissolvedBy(dissolved: PartialDate | null | undefined, day: string): boolean {
  return !!dissolved && hasStartedBy(dissolved, day);
}

function groupByState<C extends ChangeLike>(changes: readonly C[]): Map<number, C[]> {
  const groups = new Map<number, C[]>();
  for (const change of sortChanges(changes)) {
    const list = groups.get(change.stateId);
    if (list) list.push(change);
    else groups.set(change.stateId, [change]);
  }
  return groups;
}

/** Holding of one state from its own changes (any order) on a day (YYYY-MM-DD). */
export function holdingOn<C extends ChangeLike>(
  changes: readonly C[],
  day: string,
  dissolved?: PartialDate | null,
): Holding<C> | null {
  if (isDissolvedBy(dissolved, day)) return null;
  const sorted = sortChanges(changes).filter((c) => hasStartedBy(c.date, day));
  const latest = sorted.at(-1);
  if (!latest || latest.status === 'withdrawn') return null;
  let since = latest;
  for (let i = sorted.length - 2; i >= 0 && sorted[i]!.status === latest.status; i--) since = sorted[i]!;
  return { stateId: latest.stateId, status: latest.status, since, latest };
}

export function statusOn(changes: readonly ChangeLike[], day: string, dissolved?: PartialDate | null): HeldStatus | null {
  return holdingOn(changes, day, dissolved)?.status ?? null;
}

/** Every state holding a status in the organization on the day: one entry per state. */
export function holdingsOn<C extends ChangeLike>(
  changes: readonly C[],
  day: string,
  dissolved?: PartialDate | null,
): Holding<C>[] {
  if (isDissolvedBy(dissolved, day)) return [];
  const result: Holding<C>[] = [];
  for (const stateChanges of groupByState(changes).values()) {
    const holding = holdingOn(stateChanges, day);
    if (holding) result.push(holding);
  }
  return result;
}

export function emptyCounts(): StatusCounts {
  return { member: 0, suspended: 0, associate: 0, observer: 0, partner: 0, applicant: 0 };
}

/** Counts on a day. `member` includes suspended members; `suspended` counts them separately too. */
export function countsOn(changes: readonly ChangeLike[], day: string, dissolved?: PartialDate | null): StatusCounts {
  const counts = emptyCounts();
  for (const holding of holdingsOn(changes, day, dissolved)) {
    if (countsAsMember(holding.status)) counts.member++;
    if (holding.status !== 'member') counts[holding.status]++;
  }
  return counts;
}

/** How many states hold the status on the day, counted as the organizations count. */
export function countFor(counts: StatusCounts, status: HeldStatus): number {
  return counts[status];
}

/**
 * The spells of each state: consecutive changes with the same status merge into one spell;
 * withdrawal ends a spell and opens none; dissolution ends the last one.
 */
export function spellsOf<C extends ChangeLike>(changes: readonly C[], dissolved?: PartialDate | null): Spell<C>[] {
  const spells: Spell<C>[] = [];
  for (const stateChanges of groupByState(changes).values()) {
    let open: Spell<C> | null = null;
    for (const change of stateChanges) {
      if (dissolved && hasStartedBy(dissolved, startOfPeriod(change.date))) break;
      if (open && open.status === change.status) {
        open.changes.push(change);
        continue;
      }
      if (open) {
        open.to = change.date;
        open.endedBy = 'change';
        spells.push(open);
        open = null;
      }
      if (change.status !== 'withdrawn') {
        open = { stateId: change.stateId, status: change.status, from: change.date, to: null, endedBy: null, changes: [change] };
      }
    }
    if (open) {
      if (dissolved) {
        open.to = dissolved;
        open.endedBy = 'dissolution';
      }
      spells.push(open);
    }
  }
  return spells;
}

/** Whether a change lies in the future of the given day: shown as scheduled. */
export function isScheduled(change: Pick<ChangeLike, 'date'>, day: string): boolean {
  return !hasStartedBy(change.date, day);
}

/** The day before a dissolution, to list the members an organization had when it ended. */
export function lastDayBefore(date: PartialDate): string {
  const start = new Date(`${startOfPeriod(date)}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 1);
  return start.toISOString().slice(0, 10);
}

export { HELD_STATUSES };

export type ClaimCheck = { recorded: number; agrees: boolean; missing: number; extra: number };

/** A source says the organization had `count` states of a status on a date; what does the record say? */
export function checkCountClaim(
  changes: readonly ChangeLike[],
  claim: { status: HeldStatus; count: number; date: PartialDate },
  dissolved?: PartialDate | null,
): ClaimCheck {
  const recorded = countsOn(changes, startOfPeriod(claim.date), dissolved)[claim.status];
  return { recorded, agrees: recorded === claim.count, missing: Math.max(0, claim.count - recorded), extra: Math.max(0, recorded - claim.count) };
}
