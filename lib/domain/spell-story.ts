// The whole story of a state's current tie to an organization, told in one line:
// "member since 1969; suspended 1979–1984" rather than only the start of the latest spell.
import { sortChanges, type ChangeLike } from './status-history';
import { formatPartialDate, hasStartedBy, yearOf, type PartialDate } from './partial-date';
import { countsAsMember, STATUS_LABELS, type HeldStatus } from './statuses';

export type SpellStory = {
  status: HeldStatus;
  /** Start of the unbroken run of the current kind of tie (a suspension does not break membership). */
  since: PartialDate;
  /** The run's start is only an observation ("as of"), not a known start. */
  sinceIsObservation: boolean;
  /** Other statuses held inside the run, oldest first, e.g. a suspension between two member spells. */
  episodes: { status: HeldStatus; from: PartialDate; to: PartialDate | null }[];
};

const sameKind = (a: HeldStatus, b: HeldStatus) => a === b || (countsAsMember(a) && countsAsMember(b));

/** The story on a day, from one state's changes in one organization; null when no status is held. */
export function spellStory(changes: readonly ChangeLike[], day: string): SpellStory | null {
  const sorted = sortChanges(changes).filter((c) => hasStartedBy(c.date, day));
  const latest = sorted.at(-1);
  if (!latest || latest.status === 'withdrawn') return null;
  const status = latest.status;
  let start = sorted.length - 1;
  while (start > 0) {
    const previous = sorted[start - 1]!.status;
    if (previous === 'withdrawn' || !sameKind(previous, status)) break;
    start--;
  }
  const run = sorted.slice(start);
  const episodes: SpellStory['episodes'] = [];
  for (let i = 0; i < run.length; i++) {
    const change = run[i]!;
    const held = change.status as HeldStatus;
    const open = episodes.at(-1);
    if (open && open.status === held && open.to === null) continue;
    if (open && open.to === null) open.to = change.date;
    episodes.push({ status: held, from: change.date, to: null });
  }
  // Inside a membership, the suspensions are the episodes worth telling; other runs hold one status.
  return {
    status,
    since: run[0]!.date,
    sinceIsObservation: run[0]!.dateKind === 'asOf',
    episodes: countsAsMember(status) ? episodes.filter((e) => e.status !== 'member') : [],
  };
}

function years(from: PartialDate, to: PartialDate | null): string {
  if (to === null) return `since ${formatPartialDate(from)}`;
  const a = yearOf(from);
  const b = yearOf(to);
  return a === b ? String(a) : `${a}–${b}`;
}

/** "member since 1969; suspended 1979–1984", or "as of 8 April 2022" for an observation. */
export function spellStoryText(story: SpellStory): string {
  const opening = countsAsMember(story.status) ? 'member' : STATUS_LABELS[story.status].toLowerCase();
  const head = `${opening} ${story.sinceIsObservation ? 'as of' : 'since'} ${formatPartialDate(story.since)}`;
  const rest = story.episodes.map((e) => `${STATUS_LABELS[e.status].toLowerCase()} ${years(e.from, e.to)}`);
  return [head, ...rest].join('; ');
}
