import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getCountryTimeline, getStateByCode } from '@/db/queries/countries';
import { CitationList } from '@/components/citation-list';
import { HistoryFilters } from '@/components/change-history/history-filters';
import { InvitationEditorLinks } from '@/components/editor-links';
import { Pagination, paramText, parsePage } from '@/components/pagination';
import { PartialDateText } from '@/components/partial-date';
import { StatusHistory } from '@/components/status-history';
import { SpellTable, Timeline, TimelineLegend, timelineRange } from '@/components/timeline';
import { statusHistoryPage } from '@/lib/domain/status-history-page';
import { fullNameWithAcronym } from '@/lib/domain/names';
import { today } from '@/lib/domain/partial-date';
import { INVITATION_OUTCOME_LABELS, isStatus, STATUS_LABELS } from '@/lib/domain/statuses';

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ code: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const state = getStateByCode(getDb(), (await params).code);
  return { title: state ? `${state.name}: history of memberships` : 'Not found' };
}

/** Every change of a state's memberships, paged, with sources and quotes; its invitations and spells. */
export default async function CountryHistoryPage({ params, searchParams }: Props) {
  await connection();
  const state = getStateByCode(getDb(), (await params).code);
  if (!state) notFound();
  const query = await searchParams;
  const day = today();
  const timeline = getCountryTimeline(getDb(), state.id, day);
  const lanes = [...timeline.current, ...timeline.past];
  const options = lanes.map((l) => ({ value: l.organization.slug, label: fullNameWithAcronym(l.organization.name, l.organization.acronym) })).sort((a, b) => a.label.localeCompare(b.label));
  const organization = options.some((o) => o.value === paramText(query.organization)) ? paramText(query.organization) : null;
  const wantedStatus = paramText(query.status);
  const status = isStatus(wantedStatus) ? wantedStatus : null;
  const result = statusHistoryPage(timeline.changes, (c) => c.organization.slug, { subject: organization, status }, parsePage(query.page));
  const basePath = `/countries/${state.code}/history`;
  const invitations = timeline.invitations.filter((i) => !organization || i.organization.slug === organization);
  const spellLanes = lanes.filter((l) => !organization || l.organization.slug === organization);
  const orgLabel = options.find((o) => o.value === organization)?.label;

  return (
    <article className="space-y-5">
      <p className="text-sm"><Link href={`/countries/${state.code}`} className="underline">{state.name}</Link></p>
      <h1 className="text-2xl font-semibold">{state.name}: history of memberships{orgLabel ? ` in ${orgLabel}` : ''}</h1>
      <HistoryFilters basePath={basePath} status={status} subject={{ name: 'organization', label: 'Organization', value: organization, options }} />

      {invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-semibold">Invitations ({invitations.length})</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {invitations.map((i) => (
              <li key={i.id} id={`invitation-${i.id}`} className="grid scroll-mt-4 gap-1 py-2 target:bg-amber-50 sm:grid-cols-[16rem_1fr]">
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

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-lg font-semibold">Status changes</h2>
        <p className="text-sm text-slate-700" role="status">
          {result.total === timeline.changes.length ? `${result.total} changes, newest first.` : `${result.total} of ${timeline.changes.length} changes, newest first.`}
          {result.pageCount > 1 ? ` Page ${result.page} of ${result.pageCount}.` : ''}
        </p>
        {result.lines.length ? (
          <StatusHistory day={day} lines={result.lines.map((c) => ({ ...c, subject: { href: `/organizations/${c.organization.slug}`, label: fullNameWithAcronym(c.organization.name, c.organization.acronym) } }))} />
        ) : <p className="text-sm">No change matches these filters.</p>}
        <Pagination basePath={basePath} params={{ organization, status }} page={result.page} pageCount={result.pageCount} label="Pages of the history" />
      </section>

      {spellLanes.length ? (
        <section id="timeline" aria-labelledby="timeline-heading" className="scroll-mt-4 space-y-2">
          <h2 id="timeline-heading" className="text-lg font-semibold">Timeline{organization ? '' : ` of all ${spellLanes.length} organizations`}</h2>
          <TimelineLegend />
          <Timeline lanes={spellLanes} day={day} range={timelineRange(spellLanes, day)} changeHref={(lane, anchor) => `${basePath}?organization=${lane.organization.slug}#${anchor}`} label={`${state.name}: every membership over time`} />
        </section>
      ) : null}

      {spellLanes.length ? (
        <section id="spells" aria-labelledby="spells-heading" className="scroll-mt-4">
          <details open={!!organization}>
            <summary className="cursor-pointer"><h2 id="spells-heading" className="inline text-lg font-semibold">The timeline as a table</h2></summary>
            <div className="mt-2"><SpellTable lanes={spellLanes} day={day} caption={`${state.name}: every spell and invitation`} changeHref={(lane, anchor) => `${basePath}?organization=${lane.organization.slug}#${anchor}`} /></div>
          </details>
        </section>
      ) : null}
    </article>
  );
}
