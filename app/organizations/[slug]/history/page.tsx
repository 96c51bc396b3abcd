import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getOrganizationBySlug, listStatusHistory } from '@/db/queries/organizations';
import { HistoryFilters } from '@/components/change-history/history-filters';
import { Pagination, paramText, parsePage } from '@/components/pagination';
import { StatusHistory } from '@/components/status-history';
import { statusHistoryPage } from '@/lib/domain/status-history-page';
import { today } from '@/lib/domain/partial-date';
import { isStatus } from '@/lib/domain/statuses';

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  return { title: org ? `${org.acronym}: status history` : 'Not found' };
}

/** Every status change of an organization, paged, with its sources and quotes; filters in the URL. */
export default async function OrganizationHistoryPage({ params, searchParams }: Props) {
  await connection();
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  if (!org) notFound();
  const query = await searchParams;
  const all = listStatusHistory(getDb(), org.id);
  const states = [...new Map(all.map((l) => [l.state.code, l.state.name])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const state = states.some(([code]) => code === paramText(query.state)) ? paramText(query.state) : null;
  const wantedStatus = paramText(query.status);
  const status = isStatus(wantedStatus) ? wantedStatus : null;
  const result = statusHistoryPage(all, (l) => l.state.code, { subject: state, status }, parsePage(query.page));
  const basePath = `/organizations/${org.slug}/history`;
  const stateName = states.find(([code]) => code === state)?.[1];

  return (
    <article className="space-y-4">
      <p className="text-sm"><Link href={`/organizations/${org.slug}`} className="underline">{org.name} ({org.acronym})</Link></p>
      <h1 className="text-2xl font-semibold">Status history of {org.acronym}{stateName ? `: ${stateName}` : ''}</h1>
      <HistoryFilters basePath={basePath} status={status} subject={{ name: 'state', label: 'State', value: state, options: states.map(([value, label]) => ({ value, label })) }} />
      <p className="text-sm text-slate-700" role="status">
        {result.total === all.length ? `${all.length} changes, newest first.` : `${result.total} of ${all.length} changes, newest first.`}
        {result.pageCount > 1 ? ` Page ${result.page} of ${result.pageCount}.` : ''}
      </p>
      {result.lines.length ? (
        <StatusHistory day={today()} lines={result.lines.map((l) => ({ ...l, subject: { href: `/countries/${l.state.code}`, label: l.state.name } }))} />
      ) : <p className="text-sm">No change matches these filters.</p>}
      <Pagination basePath={basePath} params={{ state, status }} page={result.page} pageCount={result.pageCount} label="Pages of the history" />
    </article>
  );
}
