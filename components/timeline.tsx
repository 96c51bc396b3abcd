// A state's memberships over time, drawn on the server as SVG: one lane per organization,
// a band per spell in its status colour and named in text, invitations as diamonds, today as a line.
// Every band links to the change that opened it; the spell table beside it says the same in words.
import Link from 'next/link';
import type { Lane } from '@/db/queries/countries';
import { formatPartialDate, hasStartedBy, startOfPeriod, type PartialDate } from '@/lib/domain/partial-date';
import { HELD_STATUSES, INVITATION_OUTCOME_LABELS, STATUS_LABELS } from '@/lib/domain/statuses';
import { PartialDateText } from './partial-date';
import { StatusBadge } from './status-badge';
import { STATUS_COLORS } from './status-style';

// Wide screens get a wide drawing; phones a narrower one that fits the screen, so nothing scrolls sideways.
const GEOMETRY = { wide: { width: 960, labelWidth: 112, maxTicks: 10 }, narrow: { width: 420, labelWidth: 76, maxTicks: 5 } } as const;
const RIGHT_PAD = 16;
const AXIS_HEIGHT = 28;
const LANE_HEIGHT = 28;
const BAND_HEIGHT = 18;

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

function spellText(lane: Lane, spell: Lane['spells'][number]): string {
  const from = `${spell.changes[0]!.dateKind === 'asOf' ? 'as of' : 'from'} ${formatPartialDate(spell.from)}`;
  const to = spell.to ? ` to ${formatPartialDate(spell.to)}${spell.endedBy === 'dissolution' ? ' (organization dissolved)' : ''}` : ', still holds';
  return `${lane.organization.acronym}: ${STATUS_LABELS[spell.status]} ${from}${to}`;
}

export function Timeline(props: { lanes: Lane[]; day: string; range: { from: number; to: number }; label: string }) {
  return (
    <>
      <div className="hidden sm:block"><TimelineDrawing {...props} size="wide" /></div>
      <div className="sm:hidden"><TimelineDrawing {...props} size="narrow" /></div>
    </>
  );
}

function TimelineDrawing({ lanes, day, range, label, size }: { lanes: Lane[]; day: string; range: { from: number; to: number }; label: string; size: keyof typeof GEOMETRY }) {
  const { width: WIDTH, labelWidth: LABEL_WIDTH, maxTicks } = GEOMETRY[size];
  const height = AXIS_HEIGHT + lanes.length * LANE_HEIGHT + 8;
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT_PAD;
  const x = (year: number) => LABEL_WIDTH + ((year - range.from) / (range.to - range.from)) * plotWidth;
  const step = tickStep(range.to - range.from, maxTicks);
  const ticks: number[] = [];
  for (let y = Math.ceil(range.from / step) * step; y <= range.to; y += step) ticks.push(y);
  const todayX = x(yearPosition(day));
  const endX = x(range.to);

  return (
    <div className="rounded border border-slate-200">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} className="block h-auto w-full" role="group" aria-label={label}>
        <g aria-hidden="true">
          {ticks.map((year) => (
            <g key={year}>
              <line x1={x(year)} x2={x(year)} y1={AXIS_HEIGHT - 6} y2={height} stroke="#e2e8f0" />
              {Math.abs(x(year) - todayX) > 40 ? <text x={x(year)} y={AXIS_HEIGHT - 10} textAnchor="middle" fontSize="12" fill="#334155">{year}</text> : null}
            </g>
          ))}
        </g>
        {lanes.map((lane, index) => {
          const top = AXIS_HEIGHT + index * LANE_HEIGHT;
          const bandTop = top + (LANE_HEIGHT - BAND_HEIGHT) / 2;
          return (
            <g key={lane.organization.id}>
              {index % 2 === 1 ? <rect x={0} y={top} width={WIDTH} height={LANE_HEIGHT} fill="#f8fafc" aria-hidden="true" /> : null}
              <Link href={`/organizations/${lane.organization.slug}`} aria-label={`${lane.organization.acronym}: ${lane.organization.name}`}>
                <text x={8} y={top + LANE_HEIGHT / 2 + 4} fontSize="12" fontWeight="600" fill="#0f172a">
                  {truncate(lane.organization.acronym, size === 'wide' ? 14 : 10)}
                </text>
              </Link>
              {lane.spells.map((spell) => {
                const first = spell.changes[0]!;
                const x1 = x(yearPosition(spell.from));
                const x2 = spell.to ? x(yearPosition(spell.to)) : hasStartedBy(spell.from, day) ? Math.max(todayX, x1 + 3) : endX;
                const width = Math.max(3, x2 - x1);
                const scheduled = !hasStartedBy(spell.from, day);
                return (
                  <g key={first.id}>
                    <a href={`#change-${first.id}`} aria-label={spellText(lane, spell) + (scheduled ? ' (scheduled)' : '')}>
                      <rect x={x1} y={bandTop} width={width} height={BAND_HEIGHT} fill={STATUS_COLORS[spell.status].fill} opacity={scheduled ? 0.5 : 1} rx={2}>
                        <title>{spellText(lane, spell)}</title>
                      </rect>
                      {first.dateKind === 'asOf' ? <line x1={x1 + 1} x2={x1 + 1} y1={bandTop} y2={bandTop + BAND_HEIGHT} stroke="#fff" strokeWidth="2" strokeDasharray="3 2" /> : null}
                      {width > 64 ? (
                        <text x={x1 + 6} y={bandTop + BAND_HEIGHT / 2 + 4} fontSize="11" fontWeight="600" fill="#fff" aria-hidden="true">{STATUS_LABELS[spell.status]}</text>
                      ) : null}
                    </a>
                    {spell.closedBy?.status === 'withdrawn' || spell.endedBy === 'dissolution' ? (
                      <a href={spell.closedBy ? `#change-${spell.closedBy.id}` : `/organizations/${lane.organization.slug}`} aria-label={spell.closedBy ? `${lane.organization.acronym}: withdrawn ${formatPartialDate(spell.closedBy.date)}` : `${lane.organization.acronym} dissolved ${formatPartialDate(spell.to!)}`}>
                        <rect x={x2 - 1} y={bandTop - 3} width={3} height={BAND_HEIGHT + 6} fill="#0f172a" />
                      </a>
                    ) : null}
                  </g>
                );
              })}
              {lane.invitations.map((inv) => {
                const cx = x(yearPosition(inv.date));
                const cy = bandTop + BAND_HEIGHT / 2;
                return (
                  <a key={inv.id} href={`#invitation-${inv.id}`} aria-label={`${lane.organization.acronym}: invited to become ${STATUS_LABELS[inv.invitedStatus].toLowerCase()} ${inv.dateKind === 'by' ? 'by' : 'on'} ${formatPartialDate(inv.date)} (${INVITATION_OUTCOME_LABELS[inv.outcome].toLowerCase()})`}>
                    <polygon points={`${cx},${cy - 9} ${cx + 7},${cy} ${cx},${cy + 9} ${cx - 7},${cy}`} fill="#fff" stroke="#0f172a" strokeWidth="2" />
                  </a>
                );
              })}
            </g>
          );
        })}
        <g aria-hidden="true">
          <line x1={todayX} x2={todayX} y1={AXIS_HEIGHT - 4} y2={height} stroke="#dc2626" strokeWidth="2" strokeDasharray="4 3" />
          <text x={Math.min(todayX + 18, WIDTH - 2)} y={AXIS_HEIGHT - 10} textAnchor="end" fontSize="12" fontWeight="600" fill="#b91c1c">Today</text>
        </g>
      </svg>
    </div>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
export function SpellTable({ lanes, caption, day }: { lanes: Lane[]; caption: string; day: string }) {
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
                <td className="py-1 pr-3"><a href={`#change-${spell.changes[0]!.id}`} className="underline decoration-slate-300"><PartialDateText date={spell.from} asOf={spell.changes[0]!.dateKind === 'asOf'} /></a></td>
                <td className="py-1 pr-3">
                  {spell.to ? (
                    spell.closedBy ? <a href={`#change-${spell.closedBy.id}`} className="underline decoration-slate-300"><PartialDateText date={spell.to} /></a> : <><PartialDateText date={spell.to} /> (dissolved)</>
                  ) : 'still holds'}
                </td>
              </tr>
            )),
            ...lane.invitations.map((inv) => (
              <tr key={`i${inv.id}`}>
                <th scope="row" className="py-1 pr-3 font-medium"><Link href={`/organizations/${lane.organization.slug}`} className="hover:underline">{lane.organization.acronym}</Link></th>
                <td className="py-1 pr-3">Invitation to become {STATUS_LABELS[inv.invitedStatus].toLowerCase()}</td>
                <td className="py-1 pr-3"><a href={`#invitation-${inv.id}`} className="underline decoration-slate-300"><PartialDateText date={inv.date} by={inv.dateKind === 'by'} /></a></td>
                <td className="py-1 pr-3">{INVITATION_OUTCOME_LABELS[inv.outcome]}{inv.outcomeDate ? <>, <PartialDateText date={inv.outcomeDate} /></> : null}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}
