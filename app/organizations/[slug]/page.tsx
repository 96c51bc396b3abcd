import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { Organization } from '@/db/schema';
import { getDb } from '@/db/client';
import { getOrganizationBySlug, getOrganizationRelations, listCountClaims, listMembersAsOf, listPendingInvitations, listStatusHistory } from '@/db/queries/organizations';
import { CitationList } from '@/components/citation-list';
import { DataLinks } from '@/components/data-links';
import { CountClaimEditorLinks, InvitationEditorLinks, OrganizationEditorLinks } from '@/components/editor-links';
import { countsSentence, OrganizationMembers } from '@/components/organization-members';
import { OrganizationPictures } from '@/components/organization-pictures';
import { PartialDateText } from '@/components/partial-date';
import { StatusHistory } from '@/components/status-history';
import { CountRangesNote } from '@/components/uncertain-status';
import { formatPartialDate, parseAsOf, startOfPeriod, today } from '@/lib/domain/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

function dataUrls(slug: string, day: string) {
  return {
    json: `/api/v1/organizations/${slug}?asOf=${day}`,
    csv: `/api/v1/organizations/${slug}/members.csv?asOf=${day}`,
    atom: `/feeds/organizations/${slug}`,
  };
}

function dayFrom(searchParams: SearchParams) {
  const asOf = parseAsOf(searchParams.asOf);
  return { asOf, day: (asOf.ok && asOf.day) || today() };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  if (!org) return { title: 'Not found' };
  const { day } = dayFrom(await searchParams);
  const urls = dataUrls(org.slug, day);
  return {
    title: `${org.acronym}: ${org.name}`,
    description: `Members, observers and other states of the ${org.name} on any date, with the source of every line.`,
    alternates: {
      types: {
        'application/json': [{ url: urls.json, title: `${org.acronym} on ${day} (JSON)` }],
        'text/csv': [{ url: urls.csv, title: `${org.acronym} members on ${day} (CSV)` }],
        'application/atom+xml': [{ url: urls.atom, title: `${org.acronym}: changes (Atom)` }],
      },
    },
  };
}

// No streamed loading state: it would send 200 before a 404 is known, and readers without JavaScript would never see the page.
export default async function OrganizationPage({ params, searchParams }: Props) {
  await connection();
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  if (!org) notFound();
  const query = await searchParams;
  return <OrganizationContent org={org} searchParams={query} />;
}

function OrganizationContent({ org, searchParams }: { org: Organization; searchParams: SearchParams }) {
  const db = getDb();
  const { asOf, day } = dayFrom(searchParams);
  const now = today();
  const view = listMembersAsOf(db, org.id, day)!;
  const { parent, children, formerNames } = getOrganizationRelations(db, org);
  const invitations = listPendingInvitations(db, org.id);
  const claims = listCountClaims(db, org.id);
  const history = listStatusHistory(db, org.id);
  const urls = dataUrls(org.slug, day);

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{org.acronym}{org.kind ? ` · ${org.kind}` : ''}</p>
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 className="text-2xl font-semibold">{org.name}</h1>
          <OrganizationEditorLinks slug={org.slug} />
        </div>
        {formerNames.length ? (
          <p className="text-sm text-slate-700">
            Formerly{' '}
            {formerNames.map((n, i) => (
              <span key={n.id}>{i > 0 ? '; ' : ''}{n.name}{n.acronym ? ` (${n.acronym})` : ''}{n.ended ? <>, until <PartialDateText date={n.ended} /></> : null}</span>
            ))}
          </p>
        ) : null}
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
          {org.founded ? <div><dt className="inline">Founded </dt><dd className="inline"><PartialDateText date={org.founded} /></dd></div> : null}
          {org.dissolved ? <div><dt className="inline">Dissolved </dt><dd className="inline"><PartialDateText date={org.dissolved} /></dd></div> : null}
          {org.headquarters ? <div><dt className="inline">Headquarters: </dt><dd className="inline">{org.headquarters}</dd></div> : null}
          {parent ? <div><dt className="inline">Part of </dt><dd className="inline"><Link href={`/organizations/${parent.slug}`} className="underline">{parent.acronym}</Link></dd></div> : null}
          {children.length ? (
            <div><dt className="inline">Bodies: </dt><dd className="inline">{children.map((c, i) => <span key={c.slug}>{i > 0 ? ', ' : ''}<Link href={`/organizations/${c.slug}`} className="underline">{c.acronym}</Link></span>)}</dd></div>
          ) : null}
          {org.website && /^https?:\/\//.test(org.website) ? <div><dt className="sr-only">Website</dt><dd className="inline"><a href={org.website} className="underline" rel="noopener noreferrer">Official website</a></dd></div> : null}
          {org.wikidataId ? <div><dt className="inline">Wikidata: </dt><dd className="inline"><a href={`https://www.wikidata.org/wiki/${org.wikidataId}`} className="underline">{org.wikidataId}</a></dd></div> : null}
          {org.cowId ? <div><dt className="inline">COW IGO: </dt><dd className="inline font-mono">{org.cowId}</dd></div> : null}
        </dl>
        {org.description ? <p className="max-w-prose text-sm text-slate-700">{org.description}</p> : null}
        <DataLinks links={[
          { label: 'JSON', href: urls.json, format: 'application/json' },
          { label: 'CSV of members', href: urls.csv, format: 'text/csv' },
          { label: 'Atom feed', href: urls.atom, format: 'application/atom+xml' },
        ]} />
      </header>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">States on {formatPartialDate(day)}{day === now ? ' (today)' : ''}</h2>
        <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block text-slate-700">Show the states on</span>
            <input type="date" name="asOf" defaultValue={day} min={org.founded ? startOfPeriod(org.founded) : undefined} className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <button className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700">Show</button>
          {day !== now ? <Link href={`/organizations/${org.slug}`} className="py-1.5 text-sm underline">Back to today</Link> : null}
        </form>
        {!asOf.ok ? <p role="alert" className="mt-2 text-sm text-red-800">{asOf.error} Showing today instead.</p> : null}
        <p className="mt-3 text-sm text-slate-700">{countsSentence(view.counts)}.</p>
        <CountRangesNote ranges={view.countRanges} />
        {view.dissolved ? <p className="mt-2 text-sm">The organization was dissolved on {formatPartialDate(org.dissolved!)}; it had {view.atDissolution.length} states then.</p> : null}
        <div className="mt-4"><OrganizationPictures organizationId={org.id} slug={org.slug} day={day} query={searchParams} /></div>
        <OrganizationMembers byStatus={view.byStatus} day={day} />
      </section>

      {invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-semibold">Pending invitations</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {invitations.map((i) => (
              <li key={i.id} id={`invitation-${i.id}`} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
                <div>
                  <Link href={`/countries/${i.state.code}`} className="font-medium hover:underline">{i.state.name}</Link>
                  <div className="text-sm text-slate-600">invited to become {STATUS_LABELS[i.invitedStatus].toLowerCase()} <PartialDateText date={i.date} by={i.dateKind === 'by'} /></div>
                  {i.note ? <p className="text-sm text-slate-600">{i.note}</p> : null}
                  <InvitationEditorLinks id={i.id} />
                </div>
                <CitationList citations={i.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claims.length ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="text-lg font-semibold">Count claims</h2>
          <p className="text-sm text-slate-600">What sources say the organization counted, set against the record on the same date.</p>
          <ul className="mt-2 divide-y divide-slate-100">
            {claims.map((c) => (
              <li key={c.id} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
                <div className="text-sm">
                  Source says <strong>{c.count} {STATUS_LABELS[c.status].toLowerCase()}s</strong> on <PartialDateText date={c.date} />; the record holds <strong>{c.recorded}</strong>
                  {c.agrees ? ' — agrees.' : c.missing ? ` — ${c.missing} not yet recorded.` : ` — ${c.extra} more than the source.`}
                  {c.note ? <p className="text-slate-600">{c.note}</p> : null}
                  <CountClaimEditorLinks id={c.id} />
                </div>
                <CitationList citations={c.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">Status history ({history.length} changes)</h2>
        {history.length ? <StatusHistory lines={history.map((l) => ({ ...l, subject: { href: `/countries/${l.state.code}`, label: l.state.name } }))} day={now} /> : <p className="text-sm text-slate-700">No status change recorded yet.</p>}
      </section>
    </article>
  );
}
