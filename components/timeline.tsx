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

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

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

function tickStep(span: number, maxTicks: number): number {
  return [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= maxTicks) ?? 100;
}

/**
 * The lanes drawn in HTML, so the text keeps its size on any screen and the page carries one
 * drawing: one row per organization, a band per spell, invitations as diamonds, today as a line.
 * `changeHref` says where a band leads: the change that opened it, on the history page.
 */
export function Timeline({ lanes, day, range, label, changeHref }: { lanes: Lane[]; day: string; range: { from: number; to: number }; label: string; changeHref: (lane: Lane, anchor: string) => string }) {
  const span = range.to - range.from;
  const at = (year: number) => Math.min(1, Math.max(0, (year - range.from) / span));
  const step = tickStep(span, 8);
  const ticks: number[] = [];
  for (let y = Math.ceil(range.from / step) * step; y < range.to; y += step) ticks.push(y);
  const todayAt = at(yearPosition(day));
  return (
    <div role="group" aria-label={label} className="text-xs">
      <div aria-hidden="true" className="relative ml-24 h-5 border-b border-slate-300 sm:ml-36">
        {ticks.map((y, i) => <span key={y} className={`absolute -translate-x-1/2 text-slate-700${i % 2 ? ' max-sm:hidden' : ''}`} style={{ left: pct(at(y)) }}>{y}</span>)}
      </div>
      <ul>
        {lanes.map((lane) => (
          <li key={lane.organization.id} className="flex h-7 items-center odd:bg-slate-50">
            <Link href={`/organizations/${lane.organization.slug}`} title={lane.organization.name} aria-label={`${lane.organization.acronym}: ${lane.organization.name}`} className="w-24 shrink-0 truncate pl-1 pr-2 font-semibold sm:w-36">{lane.organization.acronym}</Link>
            <div className="relative h-4 flex-1">
              {lane.spells.map((spell) => {
                const first = spell.changes[0]!;
                const scheduled = !hasStartedBy(spell.from, day);
                const x1 = at(yearPosition(spell.from));
                const x2 = spell.to ? at(yearPosition(spell.to)) : scheduled ? 1 : Math.max(todayAt, x1);
                return (
                  <span key={first.id} className="contents">
                    <a href={changeHref(lane, `change-${first.id}`)} aria-label={spellText(lane, spell) + (scheduled ? ' (scheduled)' : '')} className={`absolute inset-y-0 rounded-sm focus-visible:outline-2 focus-visible:outline-black${first.dateKind === 'asOf' ? ' border-l-2 border-dashed border-white' : ''}`} style={{ left: pct(x1), width: `max(3px, ${pct(x2 - x1)})`, background: STATUS_COLORS[spell.status].fill, opacity: scheduled ? 0.5 : 1 }} />
                    {spell.closedBy?.status === 'withdrawn' || spell.endedBy === 'dissolution' ? (
                      <a href={spell.closedBy ? changeHref(lane, `change-${spell.closedBy.id}`) : `/organizations/${lane.organization.slug}`} aria-label={spell.closedBy ? `${lane.organization.acronym}: withdrawn ${formatPartialDate(spell.closedBy.date)}` : `${lane.organization.acronym} dissolved ${formatPartialDate(spell.to!)}`} className="absolute -inset-y-1 w-[3px] bg-slate-900" style={{ left: pct(x2) }} />
                    ) : null}
                  </span>
                );
              })}
              {lane.invitations.map((inv) => (
                <a key={inv.id} href={changeHref(lane, `invitation-${inv.id}`)} aria-label={`${lane.organization.acronym}: invited to become ${STATUS_LABELS[inv.invitedStatus].toLowerCase()} ${inv.dateKind === 'by' ? 'by' : 'on'} ${formatPartialDate(inv.date)} (${INVITATION_OUTCOME_LABELS[inv.outcome].toLowerCase()})`} className="absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-slate-900 bg-white" style={{ left: pct(at(yearPosition(inv.date))) }} />
              ))}
              <span aria-hidden="true" className="absolute -inset-y-1.5 border-l-2 border-dashed border-red-600" style={{ left: pct(todayAt) }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
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
