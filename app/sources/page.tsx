import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listSourcesPage } from '@/db/queries/sources';
import { Pagination, paramText, parsePage } from '@/components/pagination';
import { PartialDateText } from '@/components/partial-date';
import { SearchForm } from '@/components/search-form';
import { SOURCE_KIND_LABELS } from '@/components/source-kind';
import { SourceStandingLabel } from '@/components/source-standing';
import { isSourceStanding, SOURCE_KINDS, SOURCE_STANDING_LABELS, SOURCE_STANDINGS, type SourceKind } from '@/lib/domain/statuses';

export const metadata: Metadata = { title: 'Sources', description: 'Every source behind Memberline: articles, official documents and pages, datasets.' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function SourcesPage({ searchParams }: Props) {
  const sp = await searchParams;
  const q = paramText(sp.q);
  const kindParam = paramText(sp.kind);
  const kind = (SOURCE_KINDS as readonly string[]).includes(kindParam) ? (kindParam as SourceKind) : null;
  const standingParam = paramText(sp.standing);
  const standing = isSourceStanding(standingParam) ? standingParam : null;
  const result = listSourcesPage(getDb(), { q, kind, standing, page: parsePage(sp.page) });

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="max-w-prose text-slate-700">Every fact in Memberline cites at least one of these, with the words that back it.</p>
      <SearchForm action="/sources" defaultValue={q} label="Search by title, publisher or address" placeholder="Reuters, ICESCO, oic-oci.org…">
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Kind</span>
          <select name="kind" defaultValue={kind ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
            <option value="">All kinds</option>
            {SOURCE_KINDS.map((k) => <option key={k} value={k}>{SOURCE_KIND_LABELS[k]}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Standing</span>
          <select name="standing" defaultValue={standing ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1.5">
            <option value="">Any standing</option>
            {SOURCE_STANDINGS.map((s) => <option key={s} value={s}>{SOURCE_STANDING_LABELS[s]}</option>)}
          </select>
        </label>
      </SearchForm>
      <p className="text-sm text-slate-700" aria-live="polite">
        {result.total} source{result.total === 1 ? '' : 's'}{q || kind || standing ? <>; <Link href="/sources" className="underline">show all</Link></> : null}. Most cited first.
      </p>
      <ul className="divide-y divide-slate-100">
        {result.rows.map((s) => (
          <li key={s.id} className="py-2">
            <Link href={`/sources/${s.id}`} lang={s.language ?? undefined} className="font-medium hover:underline">{s.title}</Link>
            <SourceStandingLabel source={s} />
            <div className="text-sm text-slate-600">
              {SOURCE_KIND_LABELS[s.kind]}
              {s.publisher ? ` · ${s.publisher}` : ''}
              {s.author ? ` · ${s.author}` : ''}
              {s.published ? <> · <PartialDateText date={s.published} /></> : null}
              {' · '}backs {s.facts} fact{s.facts === 1 ? '' : 's'}
            </div>
          </li>
        ))}
      </ul>
      <Pagination basePath="/sources" params={{ q, kind, standing }} page={result.page} pageCount={result.pageCount} label="Source pages" />
    </div>
  );
}
