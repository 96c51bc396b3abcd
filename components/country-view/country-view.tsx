import Link from 'next/link';
import type { getStateByCode } from '@/db/queries/countries';
import { countsAsMember, INVITATION_OUTCOME_LABELS, STATUS_LABELS } from '@/lib/domain/statuses';
import { LatestChanges } from '../change-history/latest-changes';
import { DownloadButtons } from '../download-buttons';
import { CountryEditorLinks, InvitationEditorLinks } from '../editor-links';
import { JumpLinks } from '../jump-links';
import { PartialDateText } from '../partial-date';
import { DISCLOSURE_STYLES, SourcesDisclosure } from '../sources-disclosure';
import { Timeline, TimelineLegend, timelineRange } from '../timeline';
import type { CountryViewData } from './data';
import { OrganizationsTable } from './organizations-table';

type State = NonNullable<ReturnType<typeof getStateByCode>>;
const KIND_LABELS = { iso: 'State (ISO 3166-1)', historic: 'Former state', entity: 'Entity without an ISO code' } as const;
const LANES_SHOWN = 15;

function countsLine(holdings: CountryViewData['holdings']): string {
  const member = holdings.filter((h) => countsAsMember(h.status)).length;
  const others = holdings.length - member;
  return `Member of ${member} organization${member === 1 ? '' : 's'}${others ? `; another status in ${others}` : ''}`;
}

/** A state's memberships: today's organizations by name, invitations, a timeline, and the latest changes. */
export function CountryView({ state, data, day, urls }: { state: State; data: CountryViewData; day: string; urls: { json: string; csv: string; atom: string } }) {
  const { timeline, holdings, lanes } = data;
  const historyHref = `/countries/${state.code}/history`;
  const changeHref = (lane: { organization: { slug: string } }, anchor: string) => `${historyHref}?organization=${lane.organization.slug}#${anchor}`;
  const shown = lanes.slice(0, LANES_SHOWN);
  const rest = lanes.slice(LANES_SHOWN);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{KIND_LABELS[state.kind]}</p>
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 className="text-2xl font-semibold">{state.name}</h1>
          <CountryEditorLinks code={state.code} />
        </div>
        {state.otherNames.length ? <p className="text-sm text-slate-700">Also known as {state.otherNames.join(', ')}</p> : null}
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {state.iso3 ? <div><dt className="inline">ISO codes: </dt><dd className="inline font-mono">{state.iso2} / {state.iso3}</dd></div> : null}
          {state.cowCode !== null ? <div><dt className="inline">Correlates of War code: </dt><dd className="inline font-mono">{state.cowCode}</dd></div> : null}
          {state.started ? <div><dt className="inline">Since </dt><dd className="inline"><PartialDateText date={state.started} /></dd></div> : null}
          {state.ended ? <div><dt className="inline">Ceased </dt><dd className="inline"><PartialDateText date={state.ended} /></dd></div> : null}
          {state.successor ? <div><dt className="inline">Succeeded by </dt><dd className="inline"><Link href={`/countries/${state.successor.code}`} className="underline">{state.successor.name}</Link></dd></div> : null}
        </dl>
        {state.note ? <p className="text-sm text-slate-700">{state.note}</p> : null}
        <DownloadButtons csv={urls.csv} json={urls.json} atom={urls.atom} csvLabel="Download CSV of spells" />
      </header>

      <section id="today" aria-labelledby="current-heading" className="space-y-2">
        <h2 id="current-heading" className="text-lg font-semibold">Today: {holdings.length} organization{holdings.length === 1 ? '' : 's'}</h2>
        {holdings.length ? <p className="text-sm text-slate-800">{countsLine(holdings)}.</p> : null}
        <JumpLinks links={[
          ...(timeline.invitations.length ? [{ href: '#invitations', label: `Invitations (${timeline.invitations.length})` }] : []),
          { href: '#timeline', label: `Timeline (${lanes.length})` },
          { href: '#history', label: `History (${timeline.changes.length})` },
        ]} />
        <OrganizationsTable rows={holdings.map((h) => ({ slug: h.organization.slug, label: h.label, status: h.status, story: h.story }))} stateName={state.name} />
      </section>

      {timeline.invitations.length ? (
        <section id="invitations" aria-labelledby="invitations-heading" className="scroll-mt-4">
          <h2 id="invitations-heading" className="text-lg font-semibold">Invitations</h2>
          <ul className={`mt-2 divide-y divide-slate-100 text-sm ${DISCLOSURE_STYLES}`}>
            {timeline.invitations.map((i) => (
              <li key={i.id} id={`invitation-${i.id}`} className="py-1.5">
                <Link href={`/organizations/${i.organization.slug}`} className="font-medium hover:underline">{i.organization.acronym}</Link>{' '}
                invited {state.name} to become {STATUS_LABELS[i.invitedStatus].toLowerCase()} <PartialDateText date={i.date} by={i.dateKind === 'by'} />
                <span className="block text-slate-600">{INVITATION_OUTCOME_LABELS[i.outcome]}{i.outcomeDate ? <>, <PartialDateText date={i.outcomeDate} /></> : null}</span>
                {i.note ? <p className="text-slate-600">{i.note}</p> : null}
                <SourcesDisclosure citations={i.citations} quotesHref={`${historyHref}?organization=${i.organization.slug}#invitation-${i.id}`} />
                <InvitationEditorLinks id={i.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="timeline" aria-labelledby="timeline-heading" className="scroll-mt-4 space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">Timeline</h2>
        {lanes.length === 0 ? <p className="text-sm text-slate-700">No status or invitation recorded for {state.name}.</p> : (
          <>
            <TimelineLegend />
            <Timeline lanes={shown} day={day} range={timelineRange(shown, day)} changeHref={changeHref} label={`${state.name}: ${rest.length ? `the first ${shown.length} of ${lanes.length} organizations` : 'current memberships and invitations'}, ${timelineRange(shown, day).from} to today`} />
            <p className="flex flex-wrap gap-x-4 text-sm">
              {rest.length ? <Link href={`${historyHref}#timeline`} className="font-medium underline">{`The whole timeline: ${lanes.length} organizations, ${timeline.past.length} of them past`}</Link> : null}
              <Link href={`${historyHref}#spells`} className="underline">The timeline as a table</Link>
            </p>
          </>
        )}
      </section>

      <section id="history" aria-labelledby="history-heading" className="scroll-mt-4">
        <h2 id="history-heading" className="text-lg font-semibold">History of changes ({timeline.changes.length})</h2>
        <LatestChanges
          day={day} total={timeline.changes.length} allHref={historyHref}
          lines={timeline.changes.slice(0, 5).map((c) => ({ ...c, subject: { href: `/organizations/${c.organization.slug}`, label: c.organization.acronym }, recordHref: `${historyHref}?organization=${c.organization.slug}#change-${c.id}` }))}
        />
      </section>
    </article>
  );
}
