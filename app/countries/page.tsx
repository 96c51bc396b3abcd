import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listCountriesPage, STATE_KIND_FILTERS, type StateKindFilter } from '@/db/queries/countries';
import { Pagination, paramText, parsePage } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { formatPartialDate, today } from '@/lib/domain/partial-date';

export const metadata: Metadata = {
  title: 'Countries',
  description: 'Every state and entity in Memberline, searchable by any of its names or codes, with its memberships.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KIND_LABELS: Record<StateKindFilter, string> = { all: 'All', iso: 'States with ISO codes', historic: 'Former states', entity: 'Other entities' };

export default async function CountriesPage({ searchParams }: Props) {
  const sp = await searchParams;
  const q = paramText(sp.q);
  const kindParam = paramText(sp.kind);
  const kind = (STATE_KIND_FILTERS as readonly string[]).includes(kindParam) ? (kindParam as StateKindFilter) : 'all';
  const day = today();
  const result = listCountriesPage(getDb(), { q, kind, page: parsePage(sp.page), day });
  const filtered = !!q || kind !== 'all';

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Countries and entities</h1>
      <SearchForm action="/countries" defaultValue={q} label="Search by any name or code" placeholder="Turkey, rus, Côte d'Ivoire…">
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Kind</span>
          <select name="kind" defaultValue={kind} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
            {STATE_KIND_FILTERS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </label>
      </SearchForm>
      <p className="text-sm text-slate-700" aria-live="polite">
        {result.total} {filtered ? (result.total === 1 ? 'matches' : 'match') : 'states and entities'}{q ? <> “{q}”</> : null}; organizations counted on {formatPartialDate(day)}.
        {filtered ? <> <Link href="/countries" className="underline">Show all</Link></> : null}
      </p>
      {result.rows.length === 0 ? (
        <p className="text-slate-700">Nothing matches. Try another name (Turkey, Türkiye), an ISO code (TR, TUR) or part of a name.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">States and entities, page {result.page} of {result.pageCount}</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">Name</th>
                <th scope="col" className="py-2 pr-3">Code</th>
                <th scope="col" className="py-2 pr-3 text-right">Member of</th>
                <th scope="col" className="py-2 pr-3 text-right">Other ties</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((s) => (
                <tr key={s.id} className="align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/countries/${s.code}`} className="font-semibold hover:underline">{s.name}</Link>
                    {s.matchedName ? <span className="block text-xs text-slate-600">also {s.matchedName}</span> : null}
                    {s.kind !== 'iso' ? <span className="block text-xs text-slate-600">{s.kind === 'historic' ? 'former state' : 'entity'}{s.ended ? `, until ${formatPartialDate(s.ended)}` : ''}</span> : null}
                  </th>
                  <td className="py-2 pr-3 font-mono text-xs">{s.iso3 ?? s.code}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{s.ties.member}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{s.ties.other}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/countries" params={{ q, kind: kind === 'all' ? null : kind }} page={result.page} pageCount={result.pageCount} label="Country pages" />
    </div>
  );
}
