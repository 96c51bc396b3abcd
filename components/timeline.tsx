// A state's memberships over time: one lane per organization, a band per spell in its status
// colour and named in text, invitations as diamonds, today as a line. Every band links to the
// change that opened it; the spell table says the same in words.
import Link from 'next/link';
import type { Lane } from '@/db/queries/countries';
import { formatPartialDate, hasStartedBy, startOfPeriod, type PartialDate } from '@/lib/domain/partial-date';
import { HELD_STATUSES, INVITATION_OUTCOME_LABELS, STATUS_LABELS } from '@/lib/domain/statuses';
import { PartialDateText } from './partial-date';
import { StatusBadge } from './status-badge';
import { STATUS_COLORS } from './status-style';
import { TimelineLanes, type CompactLane } from './timeline-lanes';

function spellText(lane: Lane, spell: Lane['spells'][number]): string {
  const from = `${spell.changes[0]!.dateKind === 'asOf' ? 'as of' : 'from'} ${formatPartialDate(spell.from)}`;
  const to = spell.to ? ` to ${formatPartialDate(spell.to)}${spell.endedBy === 'dissolution' ? ' (organization dissolved)' : ''}` : ', still holds';
  return `${lane.organization.acronym}: ${STATUS_LABELS[spell.status]} ${from}${to}`;
}

/** A day as a fractional year, for the horizontal scale. */
export function yearPosition(date: PartialDate): number {
  const [y, m, d] = startOfPeriod(date).split('-').map(Number) as [number, number, number];
  return y + (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / (366 * 86_400_000);
}

/** The years the lanes cover, from the first recorded date to just after today (or the last scheduled date). */
export function timelineRange(lanes: Lane[], day: string): { from: number; to: number } {
  const dates = lanes.flatMap((l) => [...l.spells.flatMap((s) => [s.from, ...(s.to ? [s.to] : [])]), ...l.invitations.map((i) => i.date)]);
  const years = [...dates.map((d) => Math.floor(yearPosition(d))), Math.floor(yearPosition(day))];
  const first = Math.min(...years);
  const span = Math.max(...years) + 1 - first;
  const step = span > 60 ? 10 : 5;
  // A little room before the first date, so the earliest band does not touch the labels.
  return { from: Math.floor((first - 1) / step) * step, to: Math.max(...years) + 1 };
}

/** The lanes as plain data for the drawing: dates, statuses and where each mark leads. */
export function compactLanes(lanes: Lane[], day: string, changeHref: (lane: Lane, anchor: string) => string): CompactLane[] {
  return lanes.map((lane) => ({
    slug: lane.organization.slug,
    acronym: lane.organization.acronym,
    name: lane.organization.name,
    spells: lane.spells.map((spell) => {
      const first = spell.changes[0]!;
      return {
        from: spell.from, to: spell.to, status: spell.status, asOf: first.dateKind === 'asOf', scheduled: !hasStartedBy(spell.from, day),
        href: changeHref(lane, `change-${first.id}`), label: spellText(lane, spell),
        end: spell.closedBy?.status === 'withdrawn'
          ? { href: changeHref(lane, `change-${spell.closedBy.id}`), label: `${lane.organization.acronym}: withdrawn ${formatPartialDate(spell.closedBy.date)}` }
          : spell.endedBy === 'dissolution' ? { href: `/organizations/${lane.organization.slug}`, label: `${lane.organization.acronym} dissolved ${formatPartialDate(spell.to!)}` } : null,
      };
    }),
    invitations: lane.invitations.map((inv) => ({
      date: inv.date, href: changeHref(lane, `invitation-${inv.id}`),
      label: `${lane.organization.acronym}: invited to become ${STATUS_LABELS[inv.invitedStatus].toLowerCase()} ${inv.dateKind === 'by' ? 'by' : 'on'} ${formatPartialDate(inv.date)} (${INVITATION_OUTCOME_LABELS[inv.outcome].toLowerCase()})`,
    })),
  }));
}

/**
 * One row per organization, a band per spell, invitations as diamonds, today as a line; drawn in
 * HTML, so the text keeps its size on any screen.
 */
export function Timeline({ lanes, day, range, label, changeHref }: { lanes: Lane[]; day: string; range: { from: number; to: number }; label: string; changeHref: (lane: Lane, anchor: string) => string }) {
  return <TimelineLanes lanes={compactLanes(lanes, day, changeHref)} range={range} todayPosition={yearPosition(day)} label={label} />;
}

export function TimelineLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      {HELD_STATUSES.map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <svg width="18" height="12" aria-hidden="true"><rect width="18" height="12" rx="2" fill={STATUS_COLORS[status].fill} /></svg>
          {STATUS_LABELS[status]}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <svg width="16" height="16" aria-hidden="true"><polygon points="8,1 15,8 8,15 1,8" fill="#fff" stroke="#0f172a" strokeWidth="2" /></svg>
        Invitation
      </li>
      <li className="flex items-center gap-1.5">
        <svg width="6" height="16" aria-hidden="true"><rect x="1" width="3" height="16" fill="#0f172a" /></svg>
        Withdrawal or dissolution
      </li>
      <li className="flex items-center gap-1.5">
        <svg width="18" height="12" aria-hidden="true"><rect width="18" height="12" rx="2" fill="#475569" /><line x1="2" x2="2" y1="0" y2="12" stroke="#fff" strokeWidth="2" strokeDasharray="3 2" /></svg>
        Dashed start: known to hold as of that date
      </li>
      <li className="flex items-center gap-1.5">
        <svg width="6" height="16" aria-hidden="true"><line x1="3" x2="3" y1="0" y2="16" stroke="#dc2626" strokeWidth="2" strokeDasharray="4 3" /></svg>
        Today
      </li>
    </ul>
  );
}

/** The same spells as a table: what a screen reader reads, and what anyone can copy. */
export function SpellTable({ lanes, caption, day, changeHref = (_lane, anchor) => `#${anchor}` }: { lanes: Lane[]; caption: string; day: string; changeHref?: (lane: Lane, anchor: string) => string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr><th scope="col" className="py-1 pr-3">Organization</th><th scope="col" className="py-1 pr-3">Status</th><th scope="col" className="py-1 pr-3">From</th><th scope="col" className="py-1 pr-3">To</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lanes.flatMap((lane) => [
            ...lane.spells.map((spell) => (
              <tr key={`s${spell.changes[0]!.id}`}>
                <th scope="row" className="py-1 pr-3 font-medium"><Link href={`/organizations/${lane.organization.slug}`} className="hover:underline">{lane.organization.acronym}</Link></th>
                <td className="py-1 pr-3"><StatusBadge status={spell.status} scheduled={!hasStartedBy(spell.from, day)} /></td>
                <td className="py-1 pr-3"><a href={changeHref(lane, `change-${spell.changes[0]!.id}`)} className="underline decoration-slate-300"><PartialDateText date={spell.from} asOf={spell.changes[0]!.dateKind === 'asOf'} /></a></td>
                <td className="py-1 pr-3">
                  {spell.to ? (
                    spell.closedBy ? <a href={changeHref(lane, `change-${spell.closedBy.id}`)} className="underline decoration-slate-300"><PartialDateText date={spell.to} /></a> : <><PartialDateText date={spell.to} /> (dissolved)</>
                  ) : 'still holds'}
                </td>
              </tr>
            )),
            ...lane.invitations.map((inv) => (
              <tr key={`i${inv.id}`}>
                <th scope="row" className="py-1 pr-3 font-medium"><Link href={`/organizations/${lane.organization.slug}`} className="hover:underline">{lane.organization.acronym}</Link></th>
                <td className="py-1 pr-3">Invitation to become {STATUS_LABELS[inv.invitedStatus].toLowerCase()}</td>
                <td className="py-1 pr-3"><a href={changeHref(lane, `invitation-${inv.id}`)} className="underline decoration-slate-300"><PartialDateText date={inv.date} by={inv.dateKind === 'by'} /></a></td>
                <td className="py-1 pr-3">{INVITATION_OUTCOME_LABELS[inv.outcome]}{inv.outcomeDate ? <>, <PartialDateText date={inv.outcomeDate} /></> : null}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}
