import type { CountPoint } from '@/lib/domain/member-count-series';
import { formatPartialDate, startOfPeriod } from '@/lib/domain/partial-date';
import { countsAsMember, STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';
import { STATUS_COLORS } from './status-style';

type Claim = { id: number; status: HeldStatus; count: number; date: string; recorded: number };
type Series = 'member' | 'observer' | 'other';

// A narrow drawing, shown no wider than about two phone screens, keeps its 14-unit labels legible at 375 px.
const W = 420;
const H = 250;
const M = { top: 22, right: 12, bottom: 36, left: 40 };
const SERIES: { key: Series; label: string; color: string; dash?: string }[] = [
  { key: 'member', label: 'Members (incl. suspended)', color: STATUS_COLORS.member.fill },
  { key: 'observer', label: 'Observers', color: STATUS_COLORS.observer.fill, dash: '6 3' },
  { key: 'other', label: 'Associates, partners, applicants', color: STATUS_COLORS.associate.fill, dash: '2 3' },
];

function yearFraction(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y + ((m - 1) * 30.4 + (d - 1)) / 365;
}

function niceMax(n: number): number {
  if (n <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / (step / 2)) * (step / 2);
}

function seriesOf(status: HeldStatus): Series {
  return countsAsMember(status) ? 'member' : status === 'observer' ? 'observer' : 'other';
}

export function claimLabel(c: Claim): string {
  const what = c.status === 'suspended' ? 'suspended members' : `${STATUS_LABELS[c.status].toLowerCase()}s`;
  return `Source says ${c.count} ${what} on ${formatPartialDate(c.date)}; record holds ${c.recorded}`;
}

/** Counts over time as steps, with the sources' count claims as points beside the record. */
export function MemberChart({ points, claims, name, day }: { points: CountPoint[]; claims: Claim[]; name: string; day?: string }) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const x0 = yearFraction(first.day);
  const x1 = Math.max(yearFraction(last.day), x0 + 1);
  const yMax = niceMax(Math.max(1, ...points.map((p) => Math.max(p.member, p.observer, p.other)), ...claims.map((c) => Math.max(c.count, c.recorded))));
  const x = (day: string) => M.left + ((yearFraction(day) - x0) / (x1 - x0)) * (W - M.left - M.right);
  const y = (n: number) => H - M.bottom - (n / yMax) * (H - M.top - M.bottom);
  const r = (n: number) => Math.round(n * 10) / 10;
  const step = (key: Series) => points.map((p, i) => (i === 0 ? `M${r(x(p.day))} ${r(y(p[key]))}` : `H${r(x(p.day))}V${r(y(p[key]))}`)).join('');
  const shown = SERIES.filter((s) => points.some((p) => p[s.key] > 0) || claims.some((c) => seriesOf(c.status) === s.key));
  const span = x1 - x0;
  const tickEvery = span > 120 ? 50 : span > 60 ? 20 : span > 30 ? 10 : span > 12 ? 5 : span > 6 ? 2 : 1;
  const xTicks: number[] = [];
  for (let t = Math.ceil(x0 / tickEvery) * tickEvery; t <= x1; t += tickEvery) xTicks.push(t);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * yMax));
  const peak = points.reduce((best, p) => (p.member > best.member ? p : best), first);
  const viewed = day && day >= first.day && day <= last.day ? points.filter((p) => p.day <= day).at(-1) ?? null : null;
  const changes = points.filter((p, i) => i === 0 || i === points.length - 1 || SERIES.some((s) => p[s.key] !== points[i - 1]![s.key]));

  return (
    <figure className="space-y-2" aria-labelledby="chart-caption">
      <figcaption id="chart-caption" className="text-sm text-slate-700">
        States in {name} from {formatPartialDate(first.date)} to {formatPartialDate(last.date)}: {first.member} members at the start,
        {' '}{last.member} members and {last.observer} observers at the end; at most {peak.member} members (from {formatPartialDate(peak.date)}).
        {viewed && day !== last.day ? ` On ${formatPartialDate(day!)}, the date shown above (the dark line): ${viewed.member} members and ${viewed.observer} observers.` : ''}
        {claims.length ? ` Circles are counts given by sources (${claims.length}).` : ''}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-2xl" role="group" aria-label={`Member count of ${name} over time`} data-testid="member-chart">
        <g aria-hidden="true" className="text-[14px]" fill="#334155">
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={M.left} x2={W - M.right} y1={r(y(t))} y2={r(y(t))} stroke="#e2e8f0" />
              <text x={M.left - 6} y={r(y(t)) + 4} textAnchor="end">{t}</text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text key={`x${t}`} x={r(x(`${t}-01-01`))} y={H - M.bottom + 16} textAnchor="middle">{t}</text>
          ))}
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#94a3b8" />
          <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">Year</text>
          <text transform={`translate(12 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">States</text>
        </g>
        {viewed && day ? (
          <g aria-hidden="true">
            <line x1={r(x(day))} x2={r(x(day))} y1={M.top} y2={H - M.bottom} stroke="#0f172a" strokeWidth={1.5} />
            <text x={Math.min(Math.max(r(x(day)), M.left + 30), W - M.right - 30)} y={M.top - 6} textAnchor="middle" className="text-[13px]" fill="#0f172a">{day.slice(0, 4)}: {viewed.member}</text>
          </g>
        ) : null}
        <g aria-hidden="true" fill="none" strokeWidth={2}>
          {shown.map((s) => <path key={s.key} d={step(s.key)} stroke={s.color} strokeDasharray={s.dash} />)}
        </g>
        <g role="list" aria-label="Counts given by sources">
          {claims.map((c) => {
            const label = claimLabel(c);
            const series = SERIES.find((s) => s.key === seriesOf(c.status))!;
            return (
              <g key={c.id} role="listitem" aria-label={label} tabIndex={0} className="outline-none [&:focus-visible>circle]:[stroke-width:4]" data-claim={c.id}>
                <title>{label}</title>
                <circle cx={r(x(startOfPeriod(c.date)))} cy={r(y(c.count))} r={5} fill="#fff" stroke={c.count === c.recorded ? series.color : '#b45309'} strokeWidth={2} />
              </g>
            );
          })}
        </g>
      </svg>
      <ul aria-label="Chart legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {shown.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} /></svg>
            {s.label}
          </li>
        ))}
        {claims.length ? (
          <li className="flex items-center gap-1.5">
            <svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="4" fill="#fff" stroke="#b45309" strokeWidth="2" /></svg>
            Count given by a source (orange where the record differs)
          </li>
        ) : null}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">The counts as a table</summary>
        <table className="mt-2 w-full max-w-md text-left tabular-nums">
          <caption className="sr-only">States in {name} on each day the count changed</caption>
          <thead>
            <tr><th scope="col">From</th><th scope="col">Members</th><th scope="col">of them suspended</th><th scope="col">Observers</th><th scope="col">Others</th></tr>
          </thead>
          <tbody>
            {changes.map((p) => (
              <tr key={p.day}><th scope="row" className="font-normal">{formatPartialDate(p.date)}</th><td>{p.member}</td><td>{p.suspended}</td><td>{p.observer}</td><td>{p.other}</td></tr>
            ))}
          </tbody>
        </table>
        {claims.length ? (
          <ul className="mt-2 list-disc pl-5">
            {claims.map((c) => <li key={c.id}>{claimLabel(c)}.</li>)}
          </ul>
        ) : null}
      </details>
    </figure>
  );
}
