import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listOrganizationsPage, ORGANIZATION_SORTS, type OrganizationSort } from '@/db/queries/organizations';
import { Pagination, paramText, parsePage } from '@/components/pagination';
import { PartialDateText } from '@/components/partial-date';
import { SearchForm } from '@/components/search-form';
import { coverageSentence } from '@/lib/domain/coverage';
import { formatPartialDate, parseAsOf, today } from '@/lib/domain/partial-date';
import { HELD_STATUSES, STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';

export const metadata: Metadata = {
  title: 'Organizations',
  description: 'Every international organization in Memberline, with its members, observers and pending invitations.',
  alternates: { types: { 'application/json': [{ url: '/api/v1/organizations', title: 'Organizations (JSON)' }] } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORT_LABELS: Record<OrganizationSort, string> = { acronym: 'Acronym', name: 'Name', members: 'Most members', founded: 'Oldest first' };
const STATE_FILTERS = { all: 'Active and dissolved', active: 'Active', dissolved: 'Dissolved' } as const;

export default async function OrganizationsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const q = paramText(sp.q);
  const statusParam = paramText(sp.status);
  const status = (HELD_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as HeldStatus) : null;
  const stateParam = paramText(sp.state);
  const state = stateParam === 'active' || stateParam === 'dissolved' ? stateParam : 'all';
  const sortParam = paramText(sp.sort);
  const sort = (ORGANIZATION_SORTS as readonly string[]).includes(sortParam) ? (sortParam as OrganizationSort) : 'acronym';
  const asOf = parseAsOf(sp.asOf);
  const day = (asOf.ok && asOf.day) || today();
  const result = listOrganizationsPage(getDb(), { q, status, state, sort, page: parsePage(sp.page), day });
  const params = { q, status, state: state === 'all' ? null : state, sort: sort === 'acronym' ? null : sort, asOf: asOf.ok ? asOf.day : null };
  const filtered = q || status || state !== 'all';

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Organizations</h1>
      <SearchForm action="/organizations" defaultValue={q} label="Search by acronym, name or former name" placeholder="ICESCO, Islamic, ISESCO…">
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Has at least one</span>
          <select name="status" defaultValue={status ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
            <option value="">any status</option>
            {HELD_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s].toLowerCase()}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Show</span>
          <select name="state" defaultValue={state} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
            {Object.entries(STATE_FILTERS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Order</span>
          <select name="sort" defaultValue={sort} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
            {ORGANIZATION_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Counts on</span>
          <input type="date" name="asOf" defaultValue={day} className="mt-1 rounded border border-slate-400 px-2 py-1" />
        </label>
      </SearchForm>
      {!asOf.ok ? <p role="alert" className="text-sm text-red-800">{asOf.error} Counting today instead.</p> : null}

      <p className="text-sm text-slate-700" aria-live="polite">
        {result.total} organization{result.total === 1 ? '' : 's'}{filtered ? (result.total === 1 ? ' matches' : ' match') : ''}{q ? <> “{q}”</> : null}; counts on {formatPartialDate(day)}.
        {filtered ? <> <Link href="/organizations" className="underline">Show all</Link></> : null}
      </p>

      {result.rows.length === 0 ? (
        <p className="text-slate-700">No organization matches. Try an acronym (UN, OIC), part of a name, or a former name.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Organizations, page {result.page} of {result.pageCount}</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">Organization</th>
                <th scope="col" className="py-2 pr-3 text-right">Members</th>
                <th scope="col" className="py-2 pr-3 text-right">Observers</th>
                <th scope="col" className="hidden py-2 pr-3 text-right sm:table-cell">Other</th>
                <th scope="col" className="py-2 pr-3 text-right">Invitations</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((o) => {
                const other = o.counts.associate + o.counts.partner + o.counts.applicant;
                return (
                  <tr key={o.id} className="align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link href={`/organizations/${o.slug}`} className="font-semibold hover:underline">{o.acronym}</Link>
                      <span className="block text-slate-700">{o.name}</span>
                      {o.matchedName ? <span className="block text-xs text-slate-600">formerly {o.matchedName}</span> : null}
                      {o.coverageGap ? <span className="block text-xs font-medium text-amber-900">{coverageSentence(o.coverageGap)}</span> : null}
                      <span className="block text-xs text-slate-600">
                        {o.founded ? <>founded <PartialDateText date={o.founded} /></> : null}
                        {o.dissolved ? <>{o.founded ? '; ' : ''}dissolved <PartialDateText date={o.dissolved} /></> : null}
                      </span>
                    </th>
                    <td className="py-2 pr-3 text-right tabular-nums">{o.counts.member}{o.counts.suspended ? <span className="block text-xs text-slate-600">{o.counts.suspended} suspended</span> : null}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{o.counts.observer}</td>
                    <td className="hidden py-2 pr-3 text-right tabular-nums sm:table-cell">{other}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{o.pendingInvitations}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/organizations" params={params} page={result.page} pageCount={result.pageCount} label="Organization pages" />
    </div>
  );
}
