import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getCountryTimeline, getStateByCode } from '@/db/queries/countries';
import { CitationList } from '@/components/citation-list';
import { DataLinks } from '@/components/data-links';
import { CountryEditorLinks, InvitationEditorLinks } from '@/components/editor-links';
import { PartialDateText } from '@/components/partial-date';
import { StatusBadge } from '@/components/status-badge';
import { SinceDate } from '@/components/since-date';
import { StatusHistory } from '@/components/status-history';
import { SpellTable, Timeline, TimelineLegend, timelineRange } from '@/components/timeline';
import { today } from '@/lib/domain/partial-date';
import { HELD_STATUSES, INVITATION_OUTCOME_LABELS, STATUS_LABELS } from '@/lib/domain/statuses';

type Props = { params: Promise<{ code: string }> };

function dataUrls(code: string) {
  return {
    json: `/api/v1/countries/${code}`,
    csv: `/api/v1/countries/${code}/spells.csv`,
    atom: `/feeds/countries/${code}`,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const state = getStateByCode(getDb(), (await params).code);
  if (!state) return { title: 'Not found' };
  const urls = dataUrls(state.code);
  return {
    title: `${state.name}: memberships`,
    description: `${state.name}'s memberships of international organizations over time, with the source of every line.`,
    alternates: {
      types: {
        'application/json': [{ url: urls.json, title: `${state.name} (JSON)` }],
        'text/csv': [{ url: urls.csv, title: `${state.name}: spells (CSV)` }],
        'application/atom+xml': [{ url: urls.atom, title: `${state.name}: changes (Atom)` }],
      },
    },
  };
}

const KIND_LABELS = { iso: 'State (ISO 3166-1)', historic: 'Former state', entity: 'Entity without an ISO code' } as const;

// No streamed loading state: it would send 200 before a 404 is known, and readers without JavaScript would never see the page.
export default async function CountryPage({ params }: Props) {
  await connection();
  const state = getStateByCode(getDb(), (await params).code);
  if (!state) notFound();
  return <CountryContent state={state} />;
}

function CountryContent({ state }: { state: NonNullable<ReturnType<typeof getStateByCode>> }) {
  const db = getDb();
  const day = today();
  const timeline = getCountryTimeline(db, state.id, day);
  const lanes = [...timeline.current, ...timeline.past];
  const range = timelineRange(lanes, day);
  const urls = dataUrls(state.code);
  const holdings = timeline.current.filter((l) => l.holding);

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{KIND_LABELS[state.kind]}</p>
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 className="text-2xl font-semibold">{state.name}</h1>
          <CountryEditorLinks code={state.code} />
        </div>
        {state.otherNames.length ? <p className="text-sm text-slate-700">Also known as {state.otherNames.join(', ')}</p> : null}
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
          {state.iso3 ? <div><dt className="inline">ISO codes: </dt><dd className="inline font-mono">{state.iso2} / {state.iso3}</dd></div> : null}
          {state.cowCode !== null ? <div><dt className="inline">COW code: </dt><dd className="inline font-mono">{state.cowCode}{state.cowKey ? ` (${state.cowKey})` : ''}</dd></div> : null}
          {state.started ? <div><dt className="inline">Since </dt><dd className="inline"><PartialDateText date={state.started} /></dd></div> : null}
          {state.ended ? <div><dt className="inline">Ceased </dt><dd className="inline"><PartialDateText date={state.ended} /></dd></div> : null}
          {state.successor ? <div><dt className="inline">Succeeded by </dt><dd className="inline"><Link href={`/countries/${state.successor.code}`} className="underline">{state.successor.name}</Link></dd></div> : null}
        </dl>
        {state.note ? <p className="text-sm text-slate-700">{state.note}</p> : null}
        <DataLinks links={[{ label: 'JSON', href: urls.json, format: 'application/json' }, { label: 'CSV of spells', href: urls.csv, format: 'text/csv' }, { label: 'Atom feed', href: urls.atom, format: 'application/atom+xml' }]} />
      </header>

      <section aria-labelledby="current-heading">
        <h2 id="current-heading" className="text-lg font-semibold">Today: {holdings.length} organization{holdings.length === 1 ? '' : 's'}</h2>
        {holdings.length === 0 ? <p className="text-sm text-slate-700">No status recorded today.</p> : (
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {HELD_STATUSES.flatMap((status) => holdings.filter((l) => l.holding!.status === status)).map((lane) => (
              <li key={lane.organization.id} className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <Link href={`/organizations/${lane.organization.slug}`} className="font-medium hover:underline">{lane.organization.acronym}</Link>
                <StatusBadge status={lane.holding!.status} />
                <span className="text-slate-600"><SinceDate date={lane.holding!.since.date} asOf={lane.holding!.since.dateKind === 'asOf'} /></span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {timeline.invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-semibold">Invitations</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {timeline.invitations.map((i) => (
              <li key={i.id} id={`invitation-${i.id}`} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
                <div className="text-sm">
                  <Link href={`/organizations/${i.organization.slug}`} className="font-medium hover:underline">{i.organization.acronym}</Link>{' '}
                  invited {state.name} to become {STATUS_LABELS[i.invitedStatus].toLowerCase()} <PartialDateText date={i.date} by={i.dateKind === 'by'} />
                  <div className="text-slate-600">{INVITATION_OUTCOME_LABELS[i.outcome]}{i.outcomeDate ? <>, <PartialDateText date={i.outcomeDate} /></> : null}</div>
                  {i.note ? <p className="text-slate-600">{i.note}</p> : null}
                  <InvitationEditorLinks id={i.id} />
                </div>
                <CitationList citations={i.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">Timeline</h2>
        {lanes.length === 0 ? <p className="text-sm text-slate-700">No status or invitation recorded for {state.name}.</p> : (
          <>
            <TimelineLegend />
            {timeline.current.length ? <Timeline lanes={timeline.current} day={day} range={range} label={`${state.name}: current memberships and invitations, ${range.from} to today`} /> : null}
            {timeline.past.length ? (
              <details open={timeline.current.length === 0}>
                <summary className="cursor-pointer text-sm font-medium">Past memberships: {timeline.past.length} organization{timeline.past.length === 1 ? '' : 's'} (withdrawn or dissolved)</summary>
                <div className="mt-2"><Timeline lanes={timeline.past} day={day} range={range} label={`${state.name}: past memberships`} /></div>
              </details>
            ) : null}
            <details>
              <summary className="cursor-pointer text-sm font-medium">The timeline as a table</summary>
              <div className="mt-2"><SpellTable lanes={lanes} day={day} caption={`${state.name}: every spell and invitation`} /></div>
            </details>
          </>
        )}
      </section>

      {timeline.changes.length ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-lg font-semibold">History of changes ({timeline.changes.length})</h2>
          <StatusHistory lines={timeline.changes.map((c) => ({ ...c, subject: { href: `/organizations/${c.organization.slug}`, label: c.organization.acronym } }))} day={day} />
        </section>
      ) : null}
    </article>
  );
}
