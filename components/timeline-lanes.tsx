'use client';
// The timeline's drawing: a client component only so that the lanes travel as plain data, not twice as markup.
import Link from 'next/link';
import { startOfPeriod, type PartialDate } from '@/lib/domain/partial-date';
import type { HeldStatus } from '@/lib/domain/statuses';
import { STATUS_COLORS } from './status-style';

type Mark = { href: string; label: string };
export type CompactLane = {
  slug: string;
  acronym: string;
  name: string;
  spells: (Mark & { from: PartialDate; to: PartialDate | null; status: HeldStatus; asOf: boolean; scheduled: boolean; end: Mark | null })[];
  invitations: (Mark & { date: PartialDate })[];
};

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

function position(date: PartialDate): number {
  const [y, m, d] = startOfPeriod(date).split('-').map(Number) as [number, number, number];
  return y + (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / (366 * 86_400_000);
}

function tickStep(span: number, maxTicks: number): number {
  return [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= maxTicks) ?? 100;
}

// Styles set once on the list: each lane's markup stays short.
const LIST = '[&>li]:flex [&>li]:h-7 [&>li]:items-center [&>li:nth-child(odd)]:bg-slate-50 [&>li>a]:w-24 [&>li>a]:shrink-0 [&>li>a]:truncate [&>li>a]:pl-1 [&>li>a]:pr-2 [&>li>a]:font-semibold sm:[&>li>a]:w-36 [&>li>div]:relative [&>li>div]:h-4 [&>li>div]:flex-1 [&_div>a]:absolute [&_div>a]:rounded-sm [&_div>a:focus-visible]:outline-2 [&_div>a:focus-visible]:outline-black';

export function TimelineLanes({ lanes, range, todayPosition, label }: { lanes: CompactLane[]; range: { from: number; to: number }; todayPosition: number; label: string }) {
  const span = range.to - range.from;
  const at = (year: number) => Math.min(1, Math.max(0, (year - range.from) / span));
  const step = tickStep(span, 8);
  const ticks: number[] = [];
  for (let y = Math.ceil(range.from / step) * step; y < range.to; y += step) ticks.push(y);
  const today = at(todayPosition);
  return (
    <div role="group" aria-label={label} className="text-xs">
      <div aria-hidden="true" className="relative ml-24 h-5 border-b border-slate-300 sm:ml-36">
        {ticks.map((y, i) => <span key={y} className={`absolute -translate-x-1/2 text-slate-700${i % 2 ? ' max-sm:hidden' : ''}`} style={{ left: pct(at(y)) }}>{y}</span>)}
      </div>
      <div className="relative">
        <ul className={LIST}>
          {lanes.map((lane) => (
            <li key={lane.slug}>
              <Link href={`/organizations/${lane.slug}`} aria-label={`${lane.acronym}: ${lane.name}`}>{lane.acronym}</Link>
              <div>
                {lane.spells.map((s) => {
                  const x1 = at(position(s.from));
                  const x2 = s.to ? at(position(s.to)) : s.scheduled ? 1 : Math.max(today, x1);
                  return [
                    <a key={s.href} href={s.href} aria-label={s.label + (s.scheduled ? ' (scheduled)' : '')} className={`inset-y-0${s.asOf ? ' border-l-2 border-dashed border-white' : ''}`} style={{ left: pct(x1), width: `max(3px,${pct(x2 - x1)})`, background: STATUS_COLORS[s.status].fill, opacity: s.scheduled ? 0.5 : undefined }} />,
                    s.end ? <a key={s.end.href} href={s.end.href} aria-label={s.end.label} className="-inset-y-1 w-[3px] bg-slate-900" style={{ left: pct(x2) }} /> : null,
                  ];
                })}
                {lane.invitations.map((inv) => (
                  <a key={inv.href} href={inv.href} aria-label={inv.label} className="top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-slate-900 bg-white" style={{ left: pct(at(position(inv.date))) }} />
                ))}
              </div>
            </li>
          ))}
        </ul>
        <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-24 right-0 sm:left-36">
          <span className="absolute inset-y-0 border-l-2 border-dashed border-red-600" style={{ left: pct(today) }} />
        </div>
      </div>
    </div>
  );
}
