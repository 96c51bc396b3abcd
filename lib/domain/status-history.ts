// The status of a state in an organization is derived from its history, never stored:
// the latest status change on or before the day wins; ties go to the coarser date, then the
// earlier record. Nothing holds a status before the organization's founding; dissolution ends
// every status. A change known only to the year or month is read from the start of its period,
// but on a day inside that period the status is uncertain between the one before and the new one.
import { comparePartialDates, endOfPeriod, hasStartedBy, startOfPeriod, type PartialDate } from './partial-date';
import { countsAsMember, HELD_STATUSES, type DateKind, type HeldStatus, type Status } from './statuses';
import { groupBy } from '../group-by';

export type ChangeLike = {
  id: number;
  stateId: number;
  status: Status;
  date: PartialDate;
  dateKind?: DateKind;
};

/** A status a state may hold on a day; `none` when it may hold nothing. */
export type PossibleStatus = HeldStatus | 'none';

/** The organization's life: nothing holds a status before `founded` or from `dissolved` on. */
export type Bounds = { founded?: PartialDate | null; dissolved?: PartialDate | null };
/** Bounds, or (as older callers pass it) the dissolution date alone. */
export type BoundsArg = Bounds | PartialDate | null | undefined;

function boundsOf(arg: BoundsArg): Bounds {
  if (!arg) return {};
  return typeof arg === 'string' ? { dissolved: arg } : arg;
}

export type Holding<C extends ChangeLike = ChangeLike> = {
  stateId: number;
  status: HeldStatus;
  /** False when a change known only to its year or month may not have happened yet on the day. */
  certain: boolean;
  /** Every status the state may hold on the day, earliest first (one entry when certain). */
  possible: PossibleStatus[];
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

function isBeforeFounding(founded: PartialDate | null | undefined, day: string): boolean {
  return !!founded && day < startOfPeriod(founded);
}

/** Whether the organization exists on the day: founded by then and not yet dissolved. */
export function existsOn(bounds: BoundsArg, day: string): boolean {
  const { founded, dissolved } = boundsOf(bounds);
  return !isBeforeFounding(founded, day) && !isDissolvedBy(dissolved, day);
}

/**
 * The days on which a change may have taken effect: its period, never before the founding.
 * A day-precision change has one day; "1999" has 1999-01-01 to 1999-12-31.
 */
export function effectivePeriod(date: PartialDate, founded?: PartialDate | null): { first: string; last: string } {
  const foundedDay = founded ? startOfPeriod(founded) : null;
  const start = startOfPeriod(date);
  const first = foundedDay && foundedDay > start ? foundedDay : start;
  const end = endOfPeriod(date);
  return { first, last: end > first ? end : first };
}

function groupByState<C extends ChangeLike>(changes: readonly C[]): Map<number, C[]> {
  return groupBy(sortChanges(changes), (change) => change.stateId);
}

const after = (change: ChangeLike | undefined): PossibleStatus => (!change || change.status === 'withdrawn' ? 'none' : change.status);

export type Certainty<C extends ChangeLike = ChangeLike> = {
  /** The status read from the start of each change's period (the ordering rule), or null. */
  status: HeldStatus | null;
  certain: boolean;
  possible: PossibleStatus[];
  /** The changes that have begun by the day, in order. */
  started: C[];
};

/**
 * What one state holds on a day, and how sure that is. A change has begun once the first day of
 * its effective period has come; it may not have happened yet until the last day of that period.
 * The possible statuses are those after each begun change from the first still-open one on.
 */
export function certaintyOn<C extends ChangeLike>(changes: readonly C[], day: string, bounds?: BoundsArg): Certainty<C> {
  const { founded } = boundsOf(bounds);
  if (!existsOn(bounds, day)) return { status: null, certain: true, possible: ['none'], started: [] };
  const started = sortChanges(changes).filter((c) => effectivePeriod(c.date, founded).first <= day);
  const open = started.findIndex((c) => day < effectivePeriod(c.date, founded).last);
  const latest = after(started.at(-1));
  const possible: PossibleStatus[] = [];
  if (open === -1) possible.push(latest);
  else for (let j = open; j <= started.length; j++) possible.push(after(started[j - 1]));
  const distinct = [...new Set(possible)];
  return { status: latest === 'none' ? null : latest, certain: distinct.length === 1, possible: distinct, started };
}

/** Holding of one state from its own changes (any order) on a day (YYYY-MM-DD). */
export function holdingOn<C extends ChangeLike>(changes: readonly C[], day: string, bounds?: BoundsArg): Holding<C> | null {
  const { status, certain, possible, started } = certaintyOn(changes, day, bounds);
  const latest = started.at(-1);
  if (!status || !latest) return null;
  let since = latest;
  for (let i = started.length - 2; i >= 0 && started[i]!.status === latest.status; i--) since = started[i]!;
  return { stateId: latest.stateId, status, certain, possible, since, latest };
}

export function statusOn(changes: readonly ChangeLike[], day: string, bounds?: BoundsArg): HeldStatus | null {
  return holdingOn(changes, day, bounds)?.status ?? null;
}

/** Every state holding a status in the organization on the day: one entry per state. */
export function holdingsOn<C extends ChangeLike>(changes: readonly C[], day: string, bounds?: BoundsArg): Holding<C>[] {
  if (!existsOn(bounds, day)) return [];
  const result: Holding<C>[] = [];
  for (const stateChanges of groupByState(changes).values()) {
    const holding = holdingOn(stateChanges, day, bounds);
    if (holding) result.push(holding);
  }
  return result;
}

export function emptyCounts(): StatusCounts {
  return { member: 0, suspended: 0, associate: 0, observer: 0, partner: 0, applicant: 0, candidate: 0 };
}

/** Counts on a day. `member` includes suspended members; `suspended` counts them separately too. */
export function countsOn(changes: readonly ChangeLike[], day: string, bounds?: BoundsArg): StatusCounts {
  const counts = emptyCounts();
  for (const holding of holdingsOn(changes, day, bounds)) {
    if (countsAsMember(holding.status)) counts.member++;
    if (holding.status !== 'member') counts[holding.status]++;
  }
  return counts;
}

export type CountRange = { min: number; max: number };
export type CountRanges = Record<HeldStatus, CountRange>;

/** Whether a possible status counts under a heading (`member` takes in suspended members). */
export function countsUnder(heading: HeldStatus, possible: PossibleStatus): boolean {
  if (possible === 'none') return false;
  return heading === 'member' ? countsAsMember(possible) : possible === heading;
}

/** How many states surely hold each status on the day (min) and how many may (max). */
export function countRangesOn(changes: readonly ChangeLike[], day: string, bounds?: BoundsArg): CountRanges {
  const ranges = Object.fromEntries(HELD_STATUSES.map((s) => [s, { min: 0, max: 0 }])) as CountRanges;
  if (!existsOn(bounds, day)) return ranges;
  for (const stateChanges of groupByState(changes).values()) {
    const { possible } = certaintyOn(stateChanges, day, bounds);
    for (const heading of HELD_STATUSES) {
      if (possible.every((p) => countsUnder(heading, p))) ranges[heading].min++;
      if (possible.some((p) => countsUnder(heading, p))) ranges[heading].max++;
    }
  }
  return ranges;
}

/**
 * The spells of each state: consecutive changes with the same status merge into one spell;
 * withdrawal ends a spell and opens none; dissolution ends the last one.
 */
export function spellsOf<C extends ChangeLike>(changes: readonly C[], bounds?: BoundsArg): Spell<C>[] {
  const { dissolved } = boundsOf(bounds);
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

export type ClaimCheck = { recorded: number; agrees: boolean; missing: number; extra: number };

/** A source says the organization had `count` states of a status on a date; what does the record say? */
export function checkCountClaim(
  changes: readonly ChangeLike[],
  claim: { status: HeldStatus; count: number; date: PartialDate },
  bounds?: BoundsArg,
): ClaimCheck {
  const recorded = countsOn(changes, startOfPeriod(claim.date), bounds)[claim.status];
  return { recorded, agrees: recorded === claim.count, missing: Math.max(0, claim.count - recorded), extra: Math.max(0, recorded - claim.count) };
}
