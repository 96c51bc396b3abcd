import Link from 'next/link';
import type { Organization } from '@/db/schema';
import { coverageSentence } from '@/lib/domain/coverage';
import { formatPartialDate, startOfPeriod } from '@/lib/domain/partial-date';
import { HELD_STATUSES, STATUS_LABELS } from '@/lib/domain/statuses';
import { LatestChanges } from '../change-history/latest-changes';
import { CitationList } from '../citation-list';
import { DownloadButtons } from '../download-buttons';
import { CountClaimEditorLinks, InvitationEditorLinks } from '../editor-links';
import { JumpLinks } from '../jump-links';
import { countsSentence } from '../organization-members';
import { OrganizationPictures } from '../organization-pictures';
import { PartialDateText } from '../partial-date';
import { RecordedNotice } from '../recorded-notice';
import { CountRangesNote } from '../uncertain-status';
import { DISCLOSURE_STYLES, SourcesDisclosure } from '../sources-disclosure';
import type { OrganizationViewData } from './data';
import { MembersTables } from './members-table';
import { OrganizationHeader } from './organization-header';

type Query = Record<string, string | string[] | undefined>;
type Props = { org: Organization; data: OrganizationViewData; day: string; now: string; asOfError: string | null; query: Query; urls: { json: string; csv: string; atom: string } };

/** The organization page: who holds which status on a day, told compactly, with everything else a tap away. */
export function OrganizationView({ org, data, day, now, asOfError, query, urls }: Props) {
  const { view, invitations, claims, gap, history } = data;
  const historyHref = `/organizations/${org.slug}/history`;
  const statusLinks = HELD_STATUSES.filter((s) => view.byStatus.get(s)?.length).map((s) => ({ href: `#status-${s}`, label: `${STATUS_LABELS[s]} (${view.byStatus.get(s)!.length})` }));
  return (
    <article className="space-y-6">
      <RecordedNotice query={query} />
      <header className="space-y-2">
        <OrganizationHeader org={org} relations={data.relations} />
        <DownloadButtons csv={urls.csv} json={urls.json} atom={urls.atom} csvLabel="Download CSV of members" />
      </header>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold">States on {formatPartialDate(day)}{day === now ? ' (today)' : ''}</h2>
        <p className="text-sm text-slate-800">
          {countsSentence(view.counts)}.
          {gap ? <strong className="block font-medium text-amber-900">{coverageSentence(gap)}: the list below is incomplete.</strong> : null}
        </p>
        <CountRangesNote ranges={view.countRanges} />
        {view.dissolved ? <p className="text-sm">The organization was dissolved on {formatPartialDate(org.dissolved!)}; it had {view.atDissolution.length} states then.</p> : null}
        <JumpLinks links={[
          ...statusLinks,
          { href: '#map', label: 'Map' },
          ...(invitations.length ? [{ href: '#invitations', label: `Invitations (${invitations.length})` }] : []),
          ...(claims.length ? [{ href: '#claims', label: `Counts by sources (${claims.length})` }] : []),
          { href: '#history', label: `History (${history.length})` },
        ]} />
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block text-slate-700">Show the states on</span>
            <input type="date" name="asOf" defaultValue={day} min={org.founded ? startOfPeriod(org.founded) : undefined} className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <button className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700">Show</button>
          {day !== now ? <Link href={`/organizations/${org.slug}`} className="py-1.5 text-sm underline">Back to today</Link> : null}
        </form>
        {asOfError ? <p role="alert" className="text-sm text-red-800">{asOfError} Showing today instead.</p> : null}
        <MembersTables byStatus={view.byStatus} slug={org.slug} storyOf={data.storyOf} day={day} />
        <OrganizationPictures organizationId={org.id} slug={org.slug} day={day} query={query} coverage={gap ? coverageSentence(gap) : null} />
      </section>

      {invitations.length ? (
        <section id="invitations" aria-labelledby="invitations-heading" className="scroll-mt-4">
          <h2 id="invitations-heading" className="text-lg font-semibold">Pending invitations</h2>
          <ul className={`mt-2 divide-y divide-slate-100 text-sm ${DISCLOSURE_STYLES}`}>
            {invitations.map((i) => (
              <li key={i.id} id={`invitation-${i.id}`} className="flex flex-wrap items-baseline gap-x-2 py-1.5">
                <Link href={`/countries/${i.state.code}`} className="font-medium hover:underline">{i.state.name}</Link>
                <span className="text-slate-700">invited to become {STATUS_LABELS[i.invitedStatus].toLowerCase()} <PartialDateText date={i.date} by={i.dateKind === 'by'} /></span>
                <SourcesDisclosure citations={i.citations} quotesHref={`/countries/${i.state.code}/history?organization=${org.slug}#invitation-${i.id}`} />
                {i.note ? <p className="w-full text-slate-600">{i.note}</p> : null}
                <InvitationEditorLinks id={i.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claims.length ? (
        <section id="claims" aria-labelledby="claims-heading" className="scroll-mt-4">
          <h2 id="claims-heading" className="text-lg font-semibold">Count claims</h2>
          <p className="text-sm text-slate-600">What sources say the organization counted, set against the record on the same date.</p>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {claims.map((c) => (
              <li key={c.id} className="py-1.5">
                Source says <strong>{c.count} {STATUS_LABELS[c.status].toLowerCase()}s</strong> on <PartialDateText date={c.date} />; the record holds <strong>{c.recorded}</strong>
                {c.agrees ? ' — agrees.' : c.missing ? ` — ${c.missing} not yet recorded.` : ` — ${c.extra} more than the source.`}
                {c.note ? <span className="block text-slate-600">{c.note}</span> : null}
                <div className="mt-1"><CitationList citations={c.citations} /></div>
                <CountClaimEditorLinks id={c.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="history" aria-labelledby="history-heading" className="scroll-mt-4">
        <h2 id="history-heading" className="text-lg font-semibold">Status history ({history.length} changes)</h2>
        <LatestChanges
          day={now} total={history.length} allHref={historyHref}
          lines={history.slice(0, 5).map((l) => ({ ...l, subject: { href: `/countries/${l.state.code}`, label: l.state.name }, recordHref: `${historyHref}?state=${l.state.code}#change-${l.id}` }))}
        />
      </section>
    </article>
  );
}
