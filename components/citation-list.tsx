import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { partialDatesAgree } from '@/lib/domain/partial-date';
import { PartialDateText } from './partial-date';
import { SourceStandingLabel } from './source-standing';

/** How a source is named in a sentence: "Reuters", "COW IGO v3" (a dataset by its title). */
export function sourceShortName(source: Pick<CitationView['source'], 'title' | 'publisher' | 'kind'>): string {
  if (source.kind === 'dataset' || !source.publisher) return source.title;
  return source.publisher;
}

/** The sources behind one line, the quote on demand, and any source that gives another date. */
export function CitationList({ citations, acceptedDate }: { citations: CitationView[]; acceptedDate?: string }) {
  if (citations.length === 0) return <span className="text-xs text-amber-800">No source recorded</span>;
  return (
    <ul className="space-y-1 text-sm">
      {citations.map((c) => (
        <li key={c.id}>
          <Link href={`/sources/${c.source.id}`} className="text-slate-700 underline decoration-slate-300 hover:decoration-slate-700">
            {c.source.publisher ? `${c.source.publisher}: ` : ''}
            {c.source.title}
          </Link>
          <SourceStandingLabel source={c.source} />
          {c.givenDate && c.givenDate !== acceptedDate ? (
            // A source that names another day disagrees; one that is only more or less precise does not.
            !acceptedDate || !partialDatesAgree(c.givenDate, acceptedDate) ? (
              <span className="ml-1 inline-block rounded bg-amber-50 px-1 text-xs text-amber-900 ring-1 ring-amber-300">
                <span className="sr-only">Disagrees: </span>{sourceShortName(c.source)} gives <PartialDateText date={c.givenDate} />
              </span>
            ) : (
              <span className="ml-1 inline-block text-xs text-slate-600">(gives <PartialDateText date={c.givenDate} />)</span>
            )
          ) : null}
          {c.locator ? <span className="ml-1 text-xs text-slate-600">({c.locator})</span> : null}
          {c.quote ? (
            <details className="mt-0.5">
              <summary className="cursor-pointer text-xs text-slate-600">Quote</summary>
              <blockquote className="border-l-2 border-slate-300 pl-2 text-sm italic text-slate-800">“{c.quote}”</blockquote>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
