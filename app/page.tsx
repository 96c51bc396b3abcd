import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { getTotals, listAllPendingInvitations, listLatestChanges, searchSite } from '@/db/queries/home';
import { listRecentRevisions } from '@/db/revisions';
import { sourceShortName } from '@/components/citation-list';
import { DataLinks } from '@/components/data-links';
import { paramText } from '@/components/pagination';
import { PartialDateText } from '@/components/partial-date';
import { SearchForm } from '@/components/search-form';
import { StatusBadge } from '@/components/status-badge';
import { today } from '@/lib/domain/partial-date';
import { STATUS_LABELS } from '@/lib/domain/statuses';

export const metadata: Metadata = {
  alternates: {
    types: {
      'application/atom+xml': [{ url: '/feeds/changes', title: 'Memberline: recorded changes (Atom)' }],
      'text/csv': [{ url: '/api/v1/status-changes.csv', title: 'Every status change (CSV)' }],
    },
  },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = new Intl.NumberFormat('en');

function SearchResults({ q }: { q: string }) {
  const results = searchSite(getDb(), q, 10);
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-lg font-semibold">Results for “{q}”</h2>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <h3 className="font-medium">Organizations ({results.organizationTotal})</h3>
          {results.organizations.length ? (
            <ul className="mt-1 space-y-1 text-sm">
              {results.organizations.map((o) => (
                <li key={o.id}>
                  <Link href={`/organizations/${o.slug}`} className="font-semibold hover:underline">{o.acronym}</Link> <span className="text-slate-700">{o.name}</span>
                  {o.matchedName ? <span className="block text-xs text-slate-600">formerly {o.matchedName}</span> : null}
                </li>
              ))}
            </ul>
          ) : <p className="text-sm text-slate-600">No organization matches.</p>}
          {results.organizationTotal > results.organizations.length ? <Link href={`/organizations?q=${encodeURIComponent(q)}`} className="mt-1 inline-block text-sm underline">All {results.organizationTotal} organizations</Link> : null}
        </div>
        <div>
          <h3 className="font-medium">Countries and entities ({results.stateTotal})</h3>
          {results.states.length ? (
            <ul className="mt-1 space-y-1 text-sm">
              {results.states.map((s) => (
                <li key={s.id}>
                  <Link href={`/countries/${s.code}`} className="font-semibold hover:underline">{s.name}</Link>
                  {s.matchedName ? <span className="text-xs text-slate-600"> also {s.matchedName}</span> : null}
                </li>
              ))}
            </ul>
          ) : <p className="text-sm text-slate-600">No country matches.</p>}
          {results.stateTotal > results.states.length ? <Link href={`/countries?q=${encodeURIComponent(q)}`} className="mt-1 inline-block text-sm underline">All {results.stateTotal} matches</Link> : null}
        </div>
      </div>
    </section>
  );
}

export default async function HomePage({ searchParams }: Props) {
  const q = paramText((await searchParams).q);
  const db = getDb();
  const day = today();
  const totals = getTotals(db);
  const latest = listLatestChanges(db, day);
  const revisions = listRecentRevisions(db, { limit: 8 });
  const invitations = listAllPendingInvitations(db);

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="space-y-4">
        <h1 id="intro-heading" className="text-2xl font-semibold">Memberline</h1>
        <p className="max-w-prose text-lg text-slate-800">
          Who belongs to which international organization, in what capacity, since when, and according to which source: every line dated and cited.
        </p>
        <SearchForm action="/" defaultValue={q} label="Find an organization or a country" placeholder="ICESCO, ISESCO, Turkey, rus…" />
        <p className="text-sm text-slate-700">
          {number.format(totals.organizations)} organizations · {number.format(totals.states)} states and entities · {number.format(totals.statusChanges)} status changes ·{' '}
          {number.format(totals.sources)} sources · {number.format(totals.citations)} citations · {totals.pendingInvitations} pending invitations
        </p>
        <DataLinks links={[{ label: 'Atom feed of changes', href: '/feeds/changes', format: 'application/atom+xml' }, { label: 'CSV of every status change', href: '/api/v1/status-changes.csv', format: 'text/csv' }]} />
      </section>

      {q ? <SearchResults q={q} /> : null}

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-lg font-semibold">Latest changes</h2>
        <p className="text-sm text-slate-600">The most recent dated changes in the record, up to today.</p>
        <ul className="mt-2 divide-y divide-slate-100">
          {latest.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline gap-x-2 py-2 text-sm">
              <span className="w-32 shrink-0 text-slate-700"><PartialDateText date={c.date} asOf={c.dateKind === 'asOf'} /></span>
              <Link href={`/countries/${c.state.code}`} className="font-medium hover:underline">{c.state.name}</Link>
              <StatusBadge status={c.status} />
              <span>of <Link href={`/organizations/${c.organization.slug}`} className="font-medium hover:underline">{c.organization.acronym}</Link></span>
              {c.citations[0] ? (
                <span className="text-slate-600">
                  — <Link href={`/sources/${c.citations[0].source.id}`} className="underline decoration-slate-300">{sourceShortName(c.citations[0].source)}</Link>
                  {c.citations.length > 1 ? ` and ${c.citations.length - 1} more` : ''}
                </span>
              ) : <span className="text-amber-800">no source recorded</span>}
            </li>
          ))}
        </ul>
      </section>

      {invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-semibold">Pending invitations ({invitations.length})</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {invitations.map((i) => (
              <li key={i.id} className="py-2 text-sm">
                <Link href={`/organizations/${i.organization.slug}`} className="font-medium hover:underline">{i.organization.acronym}</Link> invited{' '}
                <Link href={`/countries/${i.state.code}`} className="font-medium hover:underline">{i.state.name}</Link> to become {STATUS_LABELS[i.invitedStatus].toLowerCase()}{' '}
                <PartialDateText date={i.date} by={i.dateKind === 'by'} />
                {i.citations[0] ? <span className="text-slate-600"> — <Link href={`/sources/${i.citations[0].source.id}`} className="underline decoration-slate-300">{sourceShortName(i.citations[0].source)}</Link></span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="recorded-heading">
        <h2 id="recorded-heading" className="text-lg font-semibold">Recently recorded</h2>
        <p className="text-sm text-slate-600">What editors and imports added or corrected last.</p>
        <ul className="mt-2 divide-y divide-slate-100">
          {revisions.map((r) => (
            <li key={r.id} className="py-2 text-sm">
              <span className="text-slate-700"><time dateTime={r.createdAt}>{r.createdAt.slice(0, 10)}</time></span> · {r.authorName}: {r.summary}
              {r.organization ? <> · <Link href={`/organizations/${r.organization.slug}`} className="underline decoration-slate-300">{r.organization.acronym}</Link></> : null}
              {r.state ? <> · <Link href={`/countries/${r.state.code}`} className="underline decoration-slate-300">{r.state.name}</Link></> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
